package dev.newsdesk.parse.meta;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A set of lower-case words that a word of a text is looked up in where it stands, as a span: the scorer asks of
 * every word of every block whether it is a function word, and building each word lower-cased only to look it up
 * cost more than the look-up. A word is keyed ({@link #keyOf}) by the hash of its lower case, made one character at
 * a time as the word is read, so that one reading serves a look-up in any number of sets. The few characters that
 * {@link String#toLowerCase} does not lower one at a time (a capital sigma, which depends on where it stands, the
 * dotted capital I, which grows, a surrogate pair) mark the key as {@link #isBuilt built}: such a word is built and
 * lower-cased as a String. A word may carry flags of the caller's meaning ({@link #withFlags}), so that one look-up
 * answers for several lists.
 */
public final class LowerCaseWords {

    /** The key of the empty word, which {@link #nextKey} extends. */
    public static final long EMPTY_KEY = 0;
    /** The key's bit that says the word must be built: its low 32 bits are then no hash. */
    private static final long BUILT = 1L << 32;
    private static final long HASH_BITS = 0xffff_ffffL;

    /** The words in an open-addressing table by their {@link String#hashCode}, each with its flags at its slot. */
    private final String[] table;
    private final int[] flagsAt;
    private final int mask;
    /** A span longer than every word is none of them: most words of a text are never compared. */
    private final int longest;

    private LowerCaseWords(Map<String, Integer> flags) {
        int size = Integer.highestOneBit(Math.max(2, flags.size()) * 4);
        table = new String[size];
        flagsAt = new int[size];
        mask = size - 1;
        int longest = 0;
        for (Map.Entry<String, Integer> e : flags.entrySet()) {
            if (e.getValue() == 0) throw new IllegalArgumentException("a word without flags: " + e.getKey());
            int slot = spread(e.getKey().hashCode()) & mask;
            while (table[slot] != null) slot = (slot + 1) & mask;
            table[slot] = e.getKey();
            flagsAt[slot] = e.getValue();
            longest = Math.max(longest, e.getKey().length());
        }
        this.longest = longest;
    }

    /** The words of {@code words}, each expected in lower case. */
    public static LowerCaseWords of(Set<String> words) {
        Map<String, Integer> flags = new HashMap<>();
        for (String w : words) flags.put(w, 1);
        return new LowerCaseWords(flags);
    }

    /** The words of {@code flags}, each expected in lower case, each with its flags (not 0) for {@link #flags}. */
    public static LowerCaseWords withFlags(Map<String, Integer> flags) {
        return new LowerCaseWords(flags);
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
        return flags(text, from, to, key) != 0;
    }

    /** True when {@code lowerCaseWord}, a word already built and lower-cased, is one of the words. */
    public boolean contains(String lowerCaseWord) {
        return flags(lowerCaseWord) != 0;
    }

    /** The flags of {@code text[from, to)} lower-cased, keyed {@code key} ({@link #keyOf}); 0 when it is no word. */
    public int flags(String text, int from, int to, long key) {
        if (isBuilt(key)) return flags(text.substring(from, to).toLowerCase(Locale.ROOT));
        if (to - from > longest) return 0;
        for (int slot = spread((int) key) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            if (isLowerCaseOf(table[slot], text, from, to)) return flagsAt[slot];
        }
        return 0;
    }

    /** The flags of {@code lowerCaseWord}, a word already built and lower-cased; 0 when it is no word. */
    public int flags(String lowerCaseWord) {
        for (int slot = spread(lowerCaseWord.hashCode()) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            if (table[slot].equals(lowerCaseWord)) return flagsAt[slot];
        }
        return 0;
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
