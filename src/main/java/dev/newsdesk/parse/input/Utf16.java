package dev.newsdesk.parse.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Tells UTF-16 text by its byte-order mark or, without one (some exports and scripts write none), by where its zero
 * bytes fall: spaces, line ends, digits and Latin or Cyrillic letters are code units with a zero high byte, so one
 * byte in two (the odd ones in little-endian order, the even ones in big-endian) holds the zeros and the other
 * almost none. Binary data has zeros on both sides, or reads as control codes or a scatter of scripts.
 */
final class Utf16 {

    /** The head judged: a few thousand characters. */
    private static final int SAMPLE_BYTES = 8_192;

    /**
     * Fewer Han characters or kana than this are not told as UTF-16 text: ASCII with a few stray NULs is too, read
     * as UTF-16, a short run of ideographs that may hold a common one by chance.
     */
    private static final int MIN_EAST_ASIAN_CHARACTERS = 40;

    private Utf16() {
    }

    /** True when {@code charset} is UTF-16 in either byte order. */
    static boolean is(Charset charset) {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    }

    /** UTF-16BE or UTF-16LE when {@code bytes} are UTF-16 text, with or without a byte-order mark; else null. */
    static Charset of(byte[] bytes) {
        if (TextDecoder.bomLength(bytes) == 2) {
            return bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        }
        if (bytes.length < 4) return null;
        int n = Math.min(bytes.length & ~1, SAMPLE_BYTES); // whole code units: a file cut short is still told
        int zerosEven = 0;
        int zerosOdd = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) zerosEven++;
                else zerosOdd++;
            }
        }
        // Chinese text has few ASCII units (line ends, digits), and "一" (U+4E00) puts its zero on the other side; a
        // text in ASCII with stray NULs has a handful, not one unit in a hundred.
        if (zerosEven + zerosOdd < Math.max(2, n / 200)) return null;
        Charset likelier = zerosOdd >= zerosEven ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        Charset other = likelier == StandardCharsets.UTF_16LE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        for (Charset order : new Charset[] {likelier, other}) {
            if (readsAsText(new String(bytes, 0, n, order))) return order;
        }
        return null;
    }

    /**
     * Few control codes and most letters of one script. Han needs more: ASCII read as UTF-16 is ideographs
     * ("ab" is U+6261), so only a reading with Chinese's common characters or Japanese kana counts.
     */
    private static boolean readsAsText(String text) {
        int controls = 0;
        int letters = 0;
        Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\uFFFD') controls++;
            if (Character.isLetter(c)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        Map.Entry<Character.UnicodeScript, Integer> dominant = scripts.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElse(null);
        if (controls * 20 > text.length() || dominant == null || dominant.getValue() * 10 < letters * 7) return false;
        return dominant.getKey() != Character.UnicodeScript.HAN
                || EastAsianCharset.readsAsChineseOrJapanese(text, MIN_EAST_ASIAN_CHARACTERS);
    }
}
