package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.Sha256;
import dev.newsdesk.parse.meta.LanguageDetector;
import dev.newsdesk.parse.meta.Stopwords;
import dev.newsdesk.parse.meta.Words;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * trafilatura's annotated pages, read from a clone of github.com/adbar/trafilatura: {@code tests/evaldata.json}
 * maps each page's URL to its file and snippets; the file is in {@code tests/cache} or {@code tests/eval}, looked
 * up in that order as trafilatura's own evaluation does. Only the development half is read: the pages whose URL's
 * SHA-256 starts with 8 to f are held out for checking that the rules generalize (../shared/metadata-bench/README.md),
 * and are neither read nor scored.
 */
public record SnippetCorpus(List<Page> pages) {

    private static final double MIN_FUNCTION_SHARE = 0.15;

    /** One annotated page. */
    public record Page(String url, String file, Path path, SnippetMetric.Snippets snippets) {
    }

    /** Loads the corpus of the clone at {@code clone}; a page whose file is missing is an error, not a skip. */
    public static SnippetCorpus load(Path clone) throws IOException {
        Path tests = clone.resolve("tests");
        JsonNode root = new ObjectMapper().readTree(tests.resolve("evaldata.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (var it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!isDevelopmentHalf(e.getKey())) continue;
            String file = e.getValue().path("file").asText();
            Path path = resolve(tests, file);
            if (path == null) throw new IOException(e.getKey() + ": file not found in tests/cache or tests/eval: " + file);
            pages.add(new Page(e.getKey(), file, path,
                    new SnippetMetric.Snippets(strings(e.getValue().path("with")), strings(e.getValue().path("without")))));
        }
        pages.sort(Comparator.comparing(Page::url));
        return new SnippetCorpus(List.copyOf(pages));
    }

    /** Whether the page at {@code url} is of the development half: its URL's SHA-256 starts with 0 to 7. */
    static boolean isDevelopmentHalf(String url) {
        return Sha256.hex(url).charAt(0) < '8';
    }

    /**
     * The page's language, told apart from what any extractor keeps: the language of its longest paragraphs by our
     * function-word count (a page's longest paragraphs are nearly always its text, while many sites leave a
     * template's {@code lang="en"} on German or Spanish pages); when they decide nothing, its {@code <html lang>}
     * (first two letters); else its "with" snippets (the annotators' choice of its text); else {@code "?"}.
     */
    public static String language(String longestParagraphs, String htmlLang, SnippetMetric.Snippets snippets) {
        String fromProse = proseLanguage(longestParagraphs);
        if (fromProse != null) return fromProse;
        String lang = htmlLang == null ? "" : htmlLang.strip().toLowerCase(Locale.ROOT);
        if (lang.length() >= 2 && Character.isLetter(lang.charAt(0)) && Character.isLetter(lang.charAt(1))
                && (lang.length() == 2 || !Character.isLetter(lang.charAt(2)))) {
            return lang.substring(0, 2);
        }
        return LanguageDetector.detect(String.join(" ", snippets.with()), "?");
    }

    /**
     * The detector's language for {@code prose} when its function words are at least {@value #MIN_FUNCTION_SHARE}
     * of the words, else null. The detector knows six languages and names the nearest for any other: Polish,
     * Finnish or Hungarian prose read as Portuguese or English with 5–11% of "function words" on this corpus,
     * against 15–50% for prose of a language it knows.
     */
    static String proseLanguage(String prose) {
        String language = LanguageDetector.detect(prose, null);
        if (language == null) return null;
        List<String> words = Words.lowerCase(prose, 300);
        long function = words.stream().filter(Stopwords.of(language)::contains).count();
        return function >= MIN_FUNCTION_SHARE * words.size() ? language : null;
    }

    private static Path resolve(Path tests, String file) {
        for (String dir : List.of("cache", "eval")) {
            Path p = tests.resolve(dir).resolve(file);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
