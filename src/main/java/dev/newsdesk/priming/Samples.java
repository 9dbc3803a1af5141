package dev.newsdesk.priming;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The articles bundled for priming (a text dump and an HTML page), by the file name S3 serves them under. */
public final class Samples {

    public static final List<String> NAMES = List.of("sample.txt", "sample.html");

    private Samples() {
    }

    /** Every sample's bytes, by name. */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        for (String name : NAMES) all.put(name, bytes(name));
        return all;
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing priming sample " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
