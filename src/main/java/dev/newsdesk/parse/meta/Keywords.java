package dev.newsdesk.parse.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The article's most telling words: frequent in the body and title, stopwords of every known language excluded. */
public final class Keywords {

    private static final int MAX = 8;

    private Keywords() {
    }

    /** Up to eight keywords of {@code body} (title words count double). */
    public static List<String> of(String title, String body, String language) {
        Map<String, Integer> score = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        add(score, firstSeen, body, 1, language);
        if (title != null) add(score, firstSeen, title, 2, language);
        List<String> words = new ArrayList<>(score.keySet());
        words.sort((a, b) -> score.get(b).equals(score.get(a))
                ? Integer.compare(firstSeen.get(a), firstSeen.get(b)) : score.get(b) - score.get(a));
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (score.get(w) < 2 && !out.isEmpty()) break;
            out.add(w);
            if (out.size() == MAX) break;
        }
        return out;
    }

    private static void add(Map<String, Integer> score, Map<String, Integer> firstSeen, String text, int weight,
                            String language) {
        var own = Stopwords.of(language);
        for (String w : Words.lowerCase(text)) {
            if (w.length() < 4 || own.contains(w) || Stopwords.isAnyStopword(w) || Character.isDigit(w.charAt(0))) {
                continue;
            }
            score.merge(w, weight, Integer::sum);
            firstSeen.putIfAbsent(w, firstSeen.size());
        }
    }
}
