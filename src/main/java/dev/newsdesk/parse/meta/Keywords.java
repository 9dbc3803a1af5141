package dev.newsdesk.parse.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The article's most telling words: frequent in the body and title, stopwords of every known language excluded. */
public final class Keywords {

    private static final int MAX = 8;
    /** Shorter words are function words or abbreviations in every language we know. */
    private static final int MIN_LENGTH = 4;

    private Keywords() {
    }

    /** Up to eight keywords of {@code body} (title words count double). */
    public static List<String> of(String title, String body) {
        return read(title, body).keywords();
    }

    /** The keywords of a body and its number of words ({@link Words#count}), both from one reading of its words. */
    public record Reading(List<String> keywords, int words) {
    }

    /** {@link #of}, with the body's {@link Words#count} counted as its words are read for the keywords. */
    public static Reading read(String title, String body) {
        Counts counts = new Counts(body.length() / 16); // sized for the text's distinct words
        add(counts, body, 1);
        int words = counts.words;
        if (title != null) add(counts, title, 2);
        // Only the best few are wanted: keep them as the counts go by instead of sorting every word of the text.
        List<Count> best = new ArrayList<>(MAX + 1);
        for (Count c : counts.table) {
            if (c == null) continue;
            int at = best.size();
            while (at > 0 && c.ranksBefore(best.get(at - 1))) at--;
            if (at < MAX) {
                best.add(at, c);
                if (best.size() > MAX) best.remove(MAX);
            }
        }
        List<String> out = new ArrayList<>();
        for (Count c : best) {
            if (c.score < 2 && !out.isEmpty()) break;
            out.add(c.word);
        }
        return new Reading(out, words);
    }

    /**
     * Counts the words of {@code text}; the stopwords of every language are out, so the text's own are too. A word is
     * judged where it stands by its {@link LowerCaseWords key} (its length, a digit, a stopword), found among the
     * counts by that key, and built only the first time it counts. A word whose key says it must be built (a
     * capital sigma, a dotted I, which may change its length) is built and lower-cased first.
     */
    private static void add(Counts counts, String text, int weight) {
        Words.eachKeyedWord(text, text.length(), (from, to, key) -> {
            // as Words.count counts (a run of Thai letters is several words), so the tally agrees with it
            counts.words += Words.count(text, from, to);
            if (!LowerCaseWords.isBuilt(key)) {
                if (to - from >= MIN_LENGTH && !Character.isDigit(text.charAt(from))
                        && !Stopwords.isAnyStopword(text, from, to, key)) {
                    counts.add(text, from, to, (int) key, weight);
                }
            } else {
                String w = text.substring(from, to).toLowerCase(Locale.ROOT);
                if (w.length() >= MIN_LENGTH && !Character.isDigit(w.charAt(0)) && !Stopwords.isAnyStopword(w)) {
                    counts.add(w, 0, w.length(), w.hashCode(), weight);
                }
            }
            return true;
        });
    }

    /**
     * The counts by word, in an open-addressing table keyed by the hash of the word's lower case: a word of the text
     * is compared where it stands, so only a word's first mention builds its String.
     */
    private static final class Counts {
        Count[] table;
        /** Every word read, counted or not: {@link Words#count} of the text read. */
        int words;
        private int mask;
        private int size;

        Counts(int expected) {
            int capacity = Integer.highestOneBit(Math.max(8, expected) * 2);
            table = new Count[capacity];
            mask = capacity - 1;
        }

        /** Adds {@code weight} to the word {@code text[from, to)} lower-cased, whose lower case hashes to {@code hash}. */
        void add(String text, int from, int to, int hash, int weight) {
            int slot = spread(hash) & mask;
            for (Count c = table[slot]; c != null; c = table[slot = (slot + 1) & mask]) {
                if (c.hash == hash && LowerCaseWords.isLowerCaseOf(c.word, text, from, to)) {
                    c.score += weight;
                    return;
                }
            }
            Count c = new Count(text.substring(from, to).toLowerCase(Locale.ROOT), hash, size++);
            c.score = weight;
            table[slot] = c;
            if (size * 2 > table.length) grow();
        }

        private void grow() {
            Count[] old = table;
            table = new Count[old.length * 2];
            mask = table.length - 1;
            for (Count c : old) {
                if (c == null) continue;
                int slot = spread(c.hash) & mask;
                while (table[slot] != null) slot = (slot + 1) & mask;
                table[slot] = c;
            }
        }

        private static int spread(int hash) {
            return hash ^ hash >>> 16;
        }
    }

    /** A word's score so far, and when it was first seen (the tie-break: earlier words first). */
    private static final class Count {
        final String word;
        final int hash;
        final int firstSeen;
        int score;

        Count(String word, int hash, int firstSeen) {
            this.word = word;
            this.hash = hash;
            this.firstSeen = firstSeen;
        }

        boolean ranksBefore(Count other) {
            return score != other.score ? score > other.score : firstSeen < other.firstSeen;
        }
    }
}
