package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.meta.LowerCaseWords;
import dev.newsdesk.parse.meta.Stopwords;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words a block's sample is tallied by, a language's function words and small print's words, in one table: each
 * word of every judged block is looked up once for both, where it stands ({@link LowerCaseWords}'s keys), and a word
 * longer than any listed one not at all.
 */
final class SampleWords {

    /** What {@link #kinds} says of a function word of the language. */
    static final int FUNCTION_WORD = 1;
    /** What {@link #kinds} says of a word of {@link Boilerplate#SMALL_PRINT}. */
    static final int SMALL_PRINT = 2;

    private static final Map<String, SampleWords> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final SampleWords NO_LANGUAGE = new SampleWords(Set.of(), Boilerplate.SMALL_PRINT);

    /** The words in an open-addressing table by their {@link String#hashCode}, each with its kinds at its slot. */
    private final String[] table;
    private final byte[] kindsAt;
    private final int mask;
    private final int longest;

    private SampleWords(Set<String> functionWords, Set<String> smallPrint) {
        int size = Integer.highestOneBit(Math.max(2, functionWords.size() + smallPrint.size()) * 4);
        table = new String[size];
        kindsAt = new byte[size];
        mask = size - 1;
        int longest = 0;
        for (String w : functionWords) longest = Math.max(longest, put(w, FUNCTION_WORD));
        for (String w : smallPrint) longest = Math.max(longest, put(w, SMALL_PRINT));
        this.longest = longest;
    }

    /** The table for {@code language}'s function words ({@link Stopwords#of}; none for null), built once a language. */
    static SampleWords of(String language) {
        if (language == null) return NO_LANGUAGE;
        return BY_LANGUAGE.computeIfAbsent(language, l -> new SampleWords(Stopwords.of(l), Boilerplate.SMALL_PRINT));
    }

    private int put(String word, int kind) {
        int slot = slotOf(word.hashCode());
        while (table[slot] != null && !table[slot].equals(word)) slot = (slot + 1) & mask;
        table[slot] = word;
        kindsAt[slot] |= (byte) kind;
        return word.length();
    }

    /**
     * The kinds ({@link #FUNCTION_WORD}, {@link #SMALL_PRINT}, 0 for none) of {@code text[from, to)} lower-cased, a
     * word keyed {@code key} ({@link LowerCaseWords#keyOf}) that is not {@link LowerCaseWords#isBuilt built}.
     */
    int kinds(String text, int from, int to, long key) {
        if (to - from > longest) return 0;
        for (int slot = slotOf((int) key); table[slot] != null; slot = (slot + 1) & mask) {
            if (LowerCaseWords.isLowerCaseOf(table[slot], text, from, to)) return kindsAt[slot];
        }
        return 0;
    }

    /** The kinds of {@code lowerCaseWord}, a word already built and lower-cased. */
    int kinds(String lowerCaseWord) {
        for (int slot = slotOf(lowerCaseWord.hashCode()); table[slot] != null; slot = (slot + 1) & mask) {
            if (table[slot].equals(lowerCaseWord)) return kindsAt[slot];
        }
        return 0;
    }

    /** The hash's high bits folded into the low ones that pick the slot (a word's hash varies most at the end). */
    private int slotOf(int hash) {
        return (hash ^ hash >>> 16) & mask;
    }
}
