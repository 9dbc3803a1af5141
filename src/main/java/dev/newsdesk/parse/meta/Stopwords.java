package dev.newsdesk.parse.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Function words per language, read from resources on first use: a Lambda that never parses German pays
 * nothing for the German list at cold start.
 */
public final class Stopwords {

    /**
     * The languages whose function words are listed, ISO 639-1: body extraction and entities use them. Language
     * detection knows many more ({@link LanguageDetector}).
     */
    public static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "ru", "uk", "pl", "cs",
            "el", "nl");

    /**
     * The languages whose function words are never a name's word in another language: {@link #isAnyStopword} reads
     * them in any text. Dutch, Polish and Czech ones are given names and name particles elsewhere ("Ben", "Kim", "Jak",
     * "Van"), so an English "Kim Jong Un" or "Van Morrison" would lose its first word.
     */
    private static final List<String> UNION_LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "ru", "uk", "el");

    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

    private Stopwords() {
    }

    /** The stopwords of {@code language}; empty for a language the parser does not know. */
    public static Set<String> of(String language) {
        if (language == null || !LANGUAGES.contains(language)) return Set.of();
        return CACHE.computeIfAbsent(language, Stopwords::load);
    }

    /** True when {@code word} (lower case) is a stopword in any of {@link #UNION_LANGUAGES}. */
    public static boolean isAnyStopword(String word) {
        return Union.WORDS.contains(word);
    }

    /**
     * True when {@code text[from, to)}, lower-cased, is a stopword in any of {@link #UNION_LANGUAGES}: a word looked
     * up where it stands, or a capitalised one ("The"), without building its lower-case copy.
     */
    public static boolean isAnyStopword(String text, int from, int to) {
        return Union.SPANS.contains(text, from, to);
    }

    /** {@link #isAnyStopword(String, int, int)} of a span whose {@link LowerCaseWords#keyOf key} is already made. */
    public static boolean isAnyStopword(String text, int from, int to, long key) {
        return Union.SPANS.contains(text, from, to, key);
    }

    /** Every language's stopwords in one set, built on first use (keywords and entities need it). */
    private static final class Union {
        static final Set<String> WORDS;
        static final LowerCaseWords SPANS;

        static {
            Set<String> all = new HashSet<>();
            for (String lang : UNION_LANGUAGES) all.addAll(of(lang));
            WORDS = Vocabulary.copyOf(all);
            SPANS = LowerCaseWords.of(WORDS);
        }
    }

    private static Set<String> load(String language) {
        String path = "/dev/newsdesk/parse/lang/" + language + ".txt";
        try (InputStream in = Stopwords.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> words = new HashSet<>();
            for (String w : all.split("\\s+")) {
                if (!w.isBlank()) words.add(w.strip());
            }
            return Vocabulary.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
