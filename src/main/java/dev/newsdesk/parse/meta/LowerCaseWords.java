package dev.newsdesk.parse.meta;

import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case words that a word of a text is looked up in where it stands, as a span: the scorer asks of
 * every word of every block whether it is a function word, and building each word lower-cased only to look it up
 * cost more than the look-up. A word of ASCII letters is lower-cased and hashed as it is read; any other is built
 * and lower-cased as {@link String#toLowerCase} does it (a final sigma, a dotted capital I).
 */
public final class LowerCaseWords {

    private final Set<String> words;
    /** The words of ASCII characters, in an open-addressing table by their {@link String#hashCode}. */
    private final String[] table;
    private final int mask;

    private LowerCaseWords(Set<String> words) {
        this.words = words;
        int size = Integer.highestOneBit(Math.max(2, words.size()) * 4);
        table = new String[size];
        mask = size - 1;
        for (String w : words) {
            // no ASCII span matches a word of other characters: it is found by the look-up of the built word
            if (!Words.isAscii(w, 0, w.length())) continue;
            int slot = spread(w.hashCode()) & mask;
            while (table[slot] != null) slot = (slot + 1) & mask;
            table[slot] = w;
        }
    }

    /** The words of {@code words}, each expected in lower case. */
    public static LowerCaseWords of(Set<String> words) {
        return new LowerCaseWords(words);
    }

    /** True when {@code text[from, to)}, lower-cased, is one of the words. */
    public boolean contains(String text, int from, int to) {
        return Words.isAscii(text, from, to) ? containsAscii(text, from, to)
                : contains(text.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /** {@link #contains(String, int, int)} of a span of ASCII characters only: nothing is built. */
    public boolean containsAscii(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) hash = 31 * hash + lower(text.charAt(i));
        for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            if (isLowerCaseOf(table[slot], text, from, to)) return true;
        }
        return false;
    }

    /** True when {@code lowerCaseWord}, a word already built and lower-cased, is one of the words. */
    public boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }

    private static boolean isLowerCaseOf(String word, String text, int from, int to) {
        if (word.length() != to - from) return false;
        for (int i = from; i < to; i++) {
            if (word.charAt(i - from) != lower(text.charAt(i))) return false;
        }
        return true;
    }

    private static char lower(char asciiChar) {
        return asciiChar >= 'A' && asciiChar <= 'Z' ? (char) (asciiChar + ('a' - 'A')) : asciiChar;
    }

    /** The hash's high bits folded into the low ones that pick the slot (a word's hash varies most at the end). */
    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }
}
