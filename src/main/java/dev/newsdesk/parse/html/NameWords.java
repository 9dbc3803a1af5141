package dev.newsdesk.parse.html;

import java.util.Map;

/**
 * A fixed table of lower-case words with their flags, looked up by a run of characters of a longer string (a part of
 * a class name, or two neighbouring parts joined) without building the run: every class name of a page is split
 * and looked up, and a substring per part, or a concatenation per pair, was most of that work.
 * <p>
 * Hashes are {@link String#hashCode}'s, so a run's hash is read in the same pass that checks its characters, and two
 * runs' joined hash follows from the first's ({@link #extend}).
 */
final class NameWords {

    private final String[] words;
    private final int[] flags;
    private final int mask;
    private final int maxLength;

    /** The table of {@code flagsByWord}. */
    NameWords(Map<String, Integer> flagsByWord) {
        int size = Integer.highestOneBit(Math.max(4, flagsByWord.size() * 4) - 1) << 1;
        words = new String[size];
        flags = new int[size];
        mask = size - 1;
        maxLength = flagsByWord.keySet().stream().mapToInt(String::length).max().orElse(0);
        flagsByWord.forEach((word, f) -> {
            int slot = spread(word.hashCode()) & mask;
            while (words[slot] != null) slot = (slot + 1) & mask;
            words[slot] = word;
            flags[slot] = f;
        });
    }

    /** The length of the longest word: a longer run is none. */
    int maxLength() {
        return maxLength;
    }

    /** {@code hash} (a run's {@link String#hashCode}) continued by the character {@code c}. */
    static int extend(int hash, char c) {
        return 31 * hash + c;
    }

    /** The flags of the word {@code s[from, to)} whose hash is {@code hash}, or 0 when it is not in the table. */
    int flags(String s, int from, int to, int hash) {
        int len = to - from;
        for (int slot = spread(hash) & mask; words[slot] != null; slot = (slot + 1) & mask) {
            String w = words[slot];
            if (w.length() == len && w.hashCode() == hash && w.regionMatches(0, s, from, len)) return flags[slot];
        }
        return 0;
    }

    /**
     * The flags of the word {@code s[from1, to1)} followed by {@code s[from2, to2)}, whose hash is {@code hash}, or 0
     * when it is not in the table.
     */
    int flags(String s, int from1, int to1, int from2, int to2, int hash) {
        int len1 = to1 - from1;
        int len = len1 + to2 - from2;
        for (int slot = spread(hash) & mask; words[slot] != null; slot = (slot + 1) & mask) {
            String w = words[slot];
            if (w.length() == len && w.hashCode() == hash && w.regionMatches(0, s, from1, len1)
                    && w.regionMatches(len1, s, from2, len - len1)) {
                return flags[slot];
            }
        }
        return 0;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
