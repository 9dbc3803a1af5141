package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A set being written in the development split's layout, for {@link ExtractionBench}: each page gzipped under
 * {@code html/}, its text dump under {@code text/}, its truth in {@code ground-truth.json}.
 */
final class LaidOutSet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final ObjectNode truth = JSON.createObjectNode();

    private LaidOutSet(Path dir) {
        this.dir = dir;
    }

    static LaidOutSet at(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("text"));
        return new LaidOutSet(dir);
    }

    /** Writes one page, its dump ({@link HeldOutBench#dump}) and its truth ({@code {"articleBody": ...}}). */
    void add(String id, byte[] page, String dump, JsonNode pageTruth) throws IOException {
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
            gz.write(page);
        }
        Files.writeString(dir.resolve("text/" + id + ".txt"), dump);
        truth.set(id, pageTruth);
    }

    int size() {
        return truth.size();
    }

    /** Writes {@code ground-truth.json}; the set is whole after this. */
    void finish() throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("ground-truth.json").toFile(), truth);
    }
}
