package dev.newsdesk.parse.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /** Counts the words of {@code text}; the stopwords of every language are out, so the text's own are too. */
    private static void add(Map<String, Count> counts, String text, int weight) {
        for (String w : Words.lowerCaseAtLeast(text, MIN_LENGTH)) {
            if (Character.isDigit(w.charAt(0)) || Stopwords.isAnyStopword(w)) continue;
            Count c = counts.get(w);
            if (c == null) {
                c = new Count(w, counts.size());
                counts.put(w, c);
            }
            c.score += weight;
        }
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
