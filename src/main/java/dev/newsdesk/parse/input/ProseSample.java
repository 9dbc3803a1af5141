package dev.newsdesk.parse.input;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The bytes a file's charset is told by: its head, without a page's scripts, styles and tags, whose words are not
 * prose. Markup is ASCII and no charset guessed here uses '<' or '>' inside a character, so it is cut from the
 * bytes once, before any reading.
 */
final class ProseSample {

    /** Thousands of words, and a bounded cost on a large file. */
    private static final int SAMPLE_BYTES = 64 * 1024;
    /** An element left open runs to the end, as in a browser, so that no start is scanned from twice. */
    private static final Pattern MARKUP = Pattern.compile(
            "(?is)<script\\b.*?(?:</script>|\\z)|<style\\b.*?(?:</style>|\\z)|<!--.*?(?:-->|\\z)|<[a-z/!][^<>]*>");

    private ProseSample() {
    }

    static byte[] of(byte[] bytes) {
        int length = Math.min(bytes.length, SAMPLE_BYTES);
        String latin1 = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        if (latin1.indexOf('<') < 0) return Arrays.copyOf(bytes, length);
        return MARKUP.matcher(latin1).replaceAll(" ").getBytes(StandardCharsets.ISO_8859_1);
    }
}
