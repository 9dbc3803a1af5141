package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The pages of a benchmark folder: {@code html/*.html(.gz)}, {@code text/*.txt} and {@code ground-truth.json}. */
public record BenchPages(Map<String, byte[]> html, Map<String, byte[]> text, Map<String, String> truth) {

    /** Loads {@code dir}. */
    public static BenchPages load(Path dir) throws IOException {
        Map<String, String> truth = new TreeMap<>();
        JsonNode gt = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        gt.fields().forEachRemaining(e -> truth.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        return new BenchPages(read(dir.resolve("html"), ".html"), read(dir.resolve("text"), ".txt"), truth);
    }

    /** All page bytes in one list (HTML first), for speed runs. */
    public List<byte[]> allHtml() {
        return new ArrayList<>(html.values());
    }

    /** The bytes of {@code file}, gunzipped when its name ends in {@code .gz}. */
    public static byte[] bytes(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) return Files.readAllBytes(file);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static Map<String, byte[]> read(Path dir, String ext) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(ext + ".gz")) {
                    out.put(name.substring(0, name.length() - ext.length() - 3), bytes(p));
                } else if (name.endsWith(ext)) {
                    out.put(name.substring(0, name.length() - ext.length()), bytes(p));
                }
            }
        }
        return out;
    }
}
