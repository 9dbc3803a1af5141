package dev.newsdesk.parse.html;

import org.jsoup.nodes.Entities;

/**
 * Replaces character references ({@code &amp;}, {@code &eacute;}, {@code &#233;}, {@code &#xE9;}) in text and
 * attribute values as the HTML standard and jsoup do: the named ones from jsoup's table, the few legacy names
 * also without a semicolon ({@code &copy 2024}, {@code &notit;} is {@code ¬it;}, but not in an attribute value,
 * where {@code ?a=1&copy=2} stays as written), numbers in 128-159 read as Windows-1252 (what such pages meant).
 * jsoup's own routine starts a whole tokenizer per call: for a page's many short texts that cost more than the
 * references.
 */
final class CharacterReferences {

    /** Windows-1252 for the numbers 128 to 159, as the standard maps them. */
    private static final String WINDOWS_1252 = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160"
            + "\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161"
            + "\u203A\u0153\u009D\u017E\u0178";

    private CharacterReferences() {
    }

    /** {@code s} with its references replaced ({@code s} itself when it has none). */
    static String decode(String s, boolean inAttribute) {
        int amp = s.indexOf('&');
        if (amp < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        int[] codePoints = new int[2];
        while (amp >= 0) {
            out.append(s, from, amp);
            int end = amp + 1 < s.length() && s.charAt(amp + 1) == '#'
                    ? numeric(s, amp, out) : named(s, amp, inAttribute, out, codePoints);
            if (end < 0) { // not a reference: the '&' is text
                out.append('&');
                end = amp + 1;
            }
            from = end;
            amp = s.indexOf('&', from);
        }
        return out.append(s, from, s.length()).toString();
    }

    /** {@code &#233;} or {@code &#xE9;} (the semicolon may be missing); returns where it ends, or -1. */
    private static int numeric(String s, int amp, StringBuilder out) {
        int i = amp + 2;
        boolean hex = i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
        if (hex) i++;
        int start = i;
        while (i < s.length() && digit(s.charAt(i), hex)) i++;
        if (i == start) return -1;
        int value;
        try {
            value = Integer.parseInt(s, start, i, hex ? 16 : 10);
        } catch (NumberFormatException tooLong) {
            value = -1;
        }
        if (i < s.length() && s.charAt(i) == ';') i++;
        if (value <= 0 || value > Character.MAX_CODE_POINT) out.append('\uFFFD');
        else if (value >= 0x80 && value < 0x80 + WINDOWS_1252.length()) out.append(WINDOWS_1252.charAt(value - 0x80));
        else out.appendCodePoint(value);
        return i;
    }

    /** {@code &eacute;} and its kin; returns where the reference ends, or -1. */
    private static int named(String s, int amp, boolean inAttribute, StringBuilder out, int[] codePoints) {
        int i = amp + 1;
        while (i < s.length() && (isAsciiLetter(s.charAt(i)) || Character.isLetter(s.charAt(i)))) i++;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        if (i == amp + 1) return -1;
        String name = s.substring(amp + 1, i);
        boolean semicolon = i < s.length() && s.charAt(i) == ';';
        if (!Entities.isBaseNamedEntity(name) && !(semicolon && Entities.isNamedEntity(name))) {
            if (inAttribute) return -1;
            name = Entities.findPrefix(name); // a legacy name at the start: "&notit;" is "¬it;"
            if (name.isEmpty()) return -1;
            i = amp + 1 + name.length();
        }
        if (inAttribute && i < s.length()) {
            char next = s.charAt(i);
            if (isAsciiLetter(next) || next >= '0' && next <= '9' || next == '=') return -1;
        }
        if (i < s.length() && s.charAt(i) == ';') i++;
        int n = Entities.codepointsForName(name, codePoints);
        for (int k = 0; k < n; k++) out.appendCodePoint(codePoints[k]);
        return i;
    }

    private static boolean digit(char c, boolean hex) {
        return c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
