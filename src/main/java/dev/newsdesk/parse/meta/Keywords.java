package dev.newsdesk.parse.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The article's most telling words: frequent in the body and title, stopwords of every known language excluded. */
public final class Keywords {

    private static final int MAX = 8;
    /** Shorter words are function words or abbreviations in every language we know. */
    private static final int MIN_LENGTH = 4;

    private Keywords() {
    }

    /** Up to eight keywords of {@code body} (title words count double). */
    public static List<String> of(String title, String body) {
        Map<String, Count> counts = new HashMap<>(body.length() / 16); // sized for the text's distinct words
        add(counts, body, 1);
        if (title != null) add(counts, title, 2);
        // Only the best few are wanted: keep them as the counts go by instead of sorting every word of the text.
        List<Count> best = new ArrayList<>(MAX + 1);
        for (Count c : counts.values()) {
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
        return out;
    }

    /**
     * Counts the words of {@code text}; the stopwords of every language are out, so the text's own are too. An ASCII
     * word is judged where it stands (its length, a digit, a stopword) and built only when it counts.
     */
    private static void add(Map<String, Count> counts, String text, int weight) {
        Words.eachWord(text, text.length(), (from, to) -> {
            if (Words.isAscii(text, from, to)) {
                if (to - from >= MIN_LENGTH && !Character.isDigit(text.charAt(from))
                        && !Stopwords.isAnyStopword(text, from, to)) {
                    count(counts, text.substring(from, to).toLowerCase(Locale.ROOT), weight);
                }
            } else {
                // lower-casing may change the length of a word of other letters ("İ")
                String w = text.substring(from, to).toLowerCase(Locale.ROOT);
                if (w.length() >= MIN_LENGTH && !Character.isDigit(w.charAt(0)) && !Stopwords.isAnyStopword(w)) {
                    count(counts, w, weight);
                }
            }
            return true;
        });
    }

    private static void count(Map<String, Count> counts, String word, int weight) {
        Count c = counts.get(word);
        if (c == null) {
            c = new Count(word, counts.size());
            counts.put(word, c);
        }
        c.score += weight;
    }

    /** A word's score so far, and when it was first seen (the tie-break: earlier words first). */
    private static final class Count {
        final String word;
        final int firstSeen;
        int score;

        Count(String word, int firstSeen) {
            this.word = word;
            this.firstSeen = firstSeen;
        }

        boolean ranksBefore(Count other) {
            return score != other.score ? score > other.score : firstSeen < other.firstSeen;
        }
    }
}
