package dev.newsdesk.priming;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /**
     * {@code sample} with a mark of {@code revision} written into its longest line (a paragraph of the article in
     * a text dump and in an HTML page alike), before that line's last full stop: a re-upload that parses to another
     * article, so that publishing it writes over the one standing.
     */
    public static byte[] revision(byte[] sample, int revision) {
        String text = new String(sample, StandardCharsets.UTF_8);
        int start = 0;
        int end = 0;
        for (int from = 0; from < text.length(); ) {
            int next = text.indexOf('\n', from);
            if (next < 0) next = text.length();
            if (next - from > end - start) {
                start = from;
                end = next;
            }
            from = next + 1;
        }
        int stop = text.lastIndexOf('.', end);
        int at = stop > start ? stop : end;
        return (text.substring(0, at) + " (revision " + revision + ")" + text.substring(at))
                .getBytes(StandardCharsets.UTF_8);
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
