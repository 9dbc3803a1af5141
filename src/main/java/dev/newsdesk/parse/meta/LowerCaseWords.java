package dev.newsdesk.parse.meta;

import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case words that a word of a text is looked up in where it stands, as a span: the scorer asks of
 * every word of every block whether it is a function word, and building each word lower-cased only to look it up
 * cost more than the look-up. A word is keyed ({@link #keyOf}) by the hash of its lower case, made one character at
 * a time as the word is read, so that one reading serves a look-up in any number of sets. The few characters that
 * {@link String#toLowerCase} does not lower one at a time (a capital sigma, which depends on where it stands, the
 * dotted capital I, which grows, a surrogate pair) mark the key as {@link #isBuilt built}: such a word is built and
 * lower-cased as a String.
 */
public final class LowerCaseWords {

    /** The key of the empty word, which {@link #nextKey} extends. */
    public static final long EMPTY_KEY = 0;
    /** The key's bit that says the word must be built: its low 32 bits are then no hash. */
    private static final long BUILT = 1L << 32;
    private static final long HASH_BITS = 0xffff_ffffL;

    private final Set<String> words;
    /** The words in an open-addressing table by their {@link String#hashCode}. */
    private final String[] table;
    private final int mask;

    private LowerCaseWords(Set<String> words) {
        this.words = words;
        int size = Integer.highestOneBit(Math.max(2, words.size()) * 4);
        table = new String[size];
        mask = size - 1;
        for (String w : words) {
            int slot = spread(w.hashCode()) & mask;
            while (table[slot] != null) slot = (slot + 1) & mask;
            table[slot] = w;
        }
    }

    /** The words of {@code words}, each expected in lower case. */
    public static LowerCaseWords of(Set<String> words) {
        return new LowerCaseWords(words);
    }

    /** The key of a word that is {@code key}'s word followed by {@code c}. */
    public static long nextKey(long key, char c) {
        if (c >= 0x80 && !lowersAlone(c)) return key | BUILT;
        return key & BUILT | (31 * (int) key + lower(c)) & HASH_BITS;
    }

    /** The key of {@code text[from, to)}, as {@link Words#eachKeyedWord} makes it. */
    public static long keyOf(String text, int from, int to) {
        long key = EMPTY_KEY;
        for (int i = from; i < to; i++) key = nextKey(key, text.charAt(i));
        return key;
    }

    /** True when the word keyed {@code key} must be built to be lower-cased (see the class comment). */
    public static boolean isBuilt(long key) {
        return (key & BUILT) != 0;
    }

    /** True when {@code text[from, to)}, lower-cased, is one of the words. */
    public boolean contains(String text, int from, int to) {
        return contains(text, from, to, keyOf(text, from, to));
    }

    /** {@link #contains(String, int, int)} of a span whose {@link #keyOf key} is already made. */
    public boolean contains(String text, int from, int to, long key) {
        if (isBuilt(key)) return contains(text.substring(from, to).toLowerCase(Locale.ROOT));
        for (int slot = spread((int) key) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            if (isLowerCaseOf(table[slot], text, from, to)) return true;
        }
        return false;
    }

    /** True when {@code lowerCaseWord}, a word already built and lower-cased, is one of the words. */
    public boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }

    /** True when {@code text[from, to)}, lower-cased a character at a time, is {@code word}. */
    public static boolean isLowerCaseOf(String word, String text, int from, int to) {
        if (word.length() != to - from) return false;
        for (int i = from; i < to; i++) {
            if (word.charAt(i - from) != lower(text.charAt(i))) return false;
        }
        return true;
    }

    /** {@code c} in lower case, ASCII (most of any text) without a table look-up. */
    private static char lower(char c) {
        if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return Character.toLowerCase(c);
    }

    /**
     * True when {@link String#toLowerCase} lowers {@code c} as {@link Character#toLowerCase(char)} does, whatever
     * stands around it: all but the capital sigma (final or not by its neighbours), the dotted capital I (two
     * characters in lower case) and a half of a surrogate pair.
     */
    private static boolean lowersAlone(char c) {
        return c != '\u03a3' && c != '\u0130' && !Character.isSurrogate(c);
    }

    /** The hash's high bits folded into the low ones that pick the slot (a word's hash varies most at the end). */
    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }
}
