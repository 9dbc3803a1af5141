package dev.newsdesk.parse.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into words: runs of letters or digits; apostrophes and hyphens end a word. */
public final class Words {

    private Words() {
    }

    /** The words of {@code text}, lower-cased, in order. */
    public static List<String> lowerCase(String text) {
        return lowerCase(text, Integer.MAX_VALUE);
    }

    /** The first {@code max} words of {@code text}, lower-cased, in order. */
    public static List<String> lowerCase(String text, int max) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = -1;
        for (int i = 0; i < n && out.size() < max; i++) {
            if (isLetterOrDigit(text.charAt(i))) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        if (start >= 0 && out.size() < max) out.add(text.substring(start).toLowerCase(Locale.ROOT));
        return out;
    }

    /**
     * The words of {@code text} of at least {@code minLength} characters once lower-cased, in order. Shorter ones
     * are never built (a lower-cased word only grows when it holds a non-ASCII capital such as "İ").
     */
    public static List<String> lowerCaseAtLeast(String text, int minLength) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            if (i < n && isLetterOrDigit(text.charAt(i))) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                if (i - start >= minLength || !isAscii(text, start, i)) {
                    String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                    if (w.length() >= minLength) out.add(w);
                }
                start = -1;
            }
        }
        return out;
    }

    private static boolean isAscii(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** How many words {@code text} has, without building them. */
    public static int count(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            boolean letter = isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }

    /** {@link Character#isLetterOrDigit}, with ASCII (most of any text) decided without the table look-up. */
    private static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
    }

    /** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
    public static String squash(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** What {@link #squash} collapses: whitespace, control characters, no-break and zero-width spaces. */
    public static boolean isBlank(char c) {
        // Above ASCII every whitespace character is also a space character: one look-up decides.
        return c < 0x80 ? c <= ' ' || c == 0x7f : Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }
}
