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
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        if (start >= 0 && out.size() < max) out.add(text.substring(start).toLowerCase(Locale.ROOT));
        return out;
    }

    /** How many words {@code text} has, without building them. */
    public static int count(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean letter = c < 0x80 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
                    : Character.isLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }

    /** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
    public static String squash(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean blank = c < 0x80 ? c <= ' ' || c == 0x7f
                    : Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
            if (blank) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
