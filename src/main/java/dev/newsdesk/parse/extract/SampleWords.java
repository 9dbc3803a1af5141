package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.meta.LowerCaseWords;
import dev.newsdesk.parse.meta.Stopwords;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words a block's sample is tallied by, a language's function words and small print's words, in one set with a
 * flag for each kind: each word of every judged block is looked up once for both, where it stands
 * ({@link LowerCaseWords}'s keys).
 */
final class SampleWords {

    /** What {@link #kinds} says of a function word of the language. */
    static final int FUNCTION_WORD = 1;
    /** What {@link #kinds} says of a word of {@link Boilerplate#SMALL_PRINT}. */
    static final int SMALL_PRINT = 2;

    private static final Map<String, SampleWords> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final SampleWords NO_LANGUAGE = new SampleWords(Set.of(), Boilerplate.SMALL_PRINT);

    private final LowerCaseWords words;

    private SampleWords(Set<String> functionWords, Set<String> smallPrint) {
        Map<String, Integer> kinds = new HashMap<>();
        for (String w : functionWords) kinds.merge(w, FUNCTION_WORD, (a, b) -> a | b);
        for (String w : smallPrint) kinds.merge(w, SMALL_PRINT, (a, b) -> a | b);
        words = LowerCaseWords.withFlags(kinds);
    }

    /** The table for {@code language}'s function words ({@link Stopwords#of}; none for null), built once a language. */
    static SampleWords of(String language) {
        if (language == null) return NO_LANGUAGE;
        return BY_LANGUAGE.computeIfAbsent(language, l -> new SampleWords(Stopwords.of(l), Boilerplate.SMALL_PRINT));
    }

    /**
     * The kinds ({@link #FUNCTION_WORD}, {@link #SMALL_PRINT}, 0 for none) of {@code text[from, to)} lower-cased, a
     * word keyed {@code key} ({@link LowerCaseWords#keyOf}) that is not {@link LowerCaseWords#isBuilt built}.
     */
    int kinds(String text, int from, int to, long key) {
        return words.flags(text, from, to, key);
    }

    /** The kinds of {@code lowerCaseWord}, a word already built and lower-cased. */
    int kinds(String lowerCaseWord) {
        return words.flags(lowerCaseWord);
    }
}
