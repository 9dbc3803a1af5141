package dev.newsdesk.bench;

import dev.newsdesk.bench.SnippetCorpus.Page;
import dev.newsdesk.bench.SnippetMetric.Counts;
import dev.newsdesk.parse.meta.LanguageDetector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Our parser and Readability4J on a corpus nobody tuned on: trafilatura's multilingual evaluation pages (mostly
 * German, with English, Spanish, French, Polish, Portuguese and Italian ones), scored with trafilatura's own
 * snippet metric ({@link SnippetMetric}), overall and per language. Our parser reads each page twice: as HTML, and
 * as the text dump {@link HeldOutBench} would make of it (editors upload such dumps; the corpus has none).
 *
 * <pre>git clone https://github.com/adbar/trafilatura /tmp/trafilatura
 * ./newsdesk bench trafilaturaEval /tmp/trafilatura [--worst N] [--lang fr] [--dumps] [--out FILE]</pre>
 *
 * {@code --worst N} lists our N worst pages (of language {@code --lang} if given) with the snippets they missed
 * or kept, as HTML or with {@code --dumps} as text dumps; {@code --out FILE} writes the three texts as {@link ExtractionBench} does ({@code .text},
 * {@code .readability4j} before the extension for the dump's and Readability4J's). Nothing of the corpus
 * is committed: the pages are other sites'.
 */
public final class TrafilaturaEvalBench {

    /**
     * One page's extractions, kept for the worst-page listing and {@code --out}; {@code declared} is the language
     * its {@code <html lang>} alone would give, to show where the two differ.
     */
    record Result(Page page, String language, String declared, String ours, String oursFromDump, String readability) {
        Counts counts(Extractor extractor) {
            return SnippetMetric.count(page.snippets(), extractor.text.apply(this));
        }
    }

    /** What is scored: our parser on the page and on its text dump (as editors upload), and Readability4J. */
    enum Extractor {
        NEWSDESK("newsdesk HTML", Result::ours),
        NEWSDESK_DUMP("newsdesk text dump", Result::oursFromDump),
        READABILITY4J("Readability4J HTML", Result::readability);

        final String label;
        final Function<Result, String> text;

        Extractor(String label, Function<Result, String> text) {
            this.label = label;
            this.text = text;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: TrafilaturaEvalBench TRAFILATURA_CLONE [--worst N] [--lang L] [--dumps] [--out FILE]");
            System.exit(2);
        }
        Path clone = Path.of(args[0]);
        int worst = 0;
        String worstLanguage = null;
        Path out = null;
        Extractor ranked = Extractor.NEWSDESK;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--worst") && i + 1 < args.length) worst = Integer.parseInt(args[++i]);
            else if (args[i].equals("--lang") && i + 1 < args.length) worstLanguage = args[++i];
            else if (args[i].equals("--out") && i + 1 < args.length) out = Path.of(args[++i]);
            else if (args[i].equals("--dumps")) ranked = Extractor.NEWSDESK_DUMP;
        }
        List<Result> results = new ArrayList<>();
        for (Page page : SnippetCorpus.load(clone).pages()) results.add(extract(page));
        System.out.printf(Locale.ROOT, "%d pages, %d \"with\" and %d \"without\" snippets%n", results.size(),
                count(results, r -> r.page().snippets().with().size()),
                count(results, r -> r.page().snippets().without().size()));
        List<String> differing = results.stream().filter(r -> !r.declared().equals(r.language()))
                .map(r -> r.page().file() + " (" + r.declared() + ", reads " + r.language() + ")").toList();
        System.out.printf(Locale.ROOT, "language of the longest paragraphs differs from <html lang> on %d pages: %s%n",
                differing.size(), String.join(", ", differing));
        for (Extractor x : Extractor.values()) {
            System.out.printf(Locale.ROOT, "empty extractions (refused, or nothing found), %s: %d%n", x.label,
                    count(results, r -> x.text.apply(r).isBlank() ? 1 : 0));
        }
        printTable(results);
        if (worst > 0) printWorst(results, worst, worstLanguage, ranked);
        if (out != null) {
            write(results, Extractor.NEWSDESK, out);
            write(results, Extractor.NEWSDESK_DUMP, ExtractionBench.withSuffix(out, ".text"));
            write(results, Extractor.READABILITY4J, ExtractionBench.withSuffix(out, ".readability4j"));
        }
    }

    /** The page's language and the three extractions of it. */
    static Result extract(Page page) throws IOException {
        byte[] bytes = Files.readAllBytes(page.path());
        // jsoup finds the charset as a browser would (BOM, <meta charset>, else UTF-8); many pages are Latin-1.
        Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri(page.url()));
        String htmlLang = doc.child(0).attr("lang");
        String language = SnippetCorpus.language(longestParagraphs(doc), htmlLang, page.snippets());
        String declared = SnippetCorpus.language("", htmlLang, page.snippets());
        // The dump as HeldOutBench makes it (block elements on their own lines), before Readability4J edits doc.
        String dump = HeldOutBench.dump(doc.outerHtml());
        return new Result(page, language, declared, ExtractionBench.ours(bytes, page.file()),
                ExtractionBench.ours(dump.getBytes(StandardCharsets.UTF_8), "page.txt"),
                readability(baseUri(page.url()), doc));
    }

    /** Readability4J's text of the page as jsoup decoded it, rather than of a UTF-8 guess that garbles Latin-1. */
    static String readability(String url, Document doc) {
        try {
            String text = new Readability4J(url, doc).parse().getTextContent();
            return text == null ? "" : text;
        } catch (RuntimeException | StackOverflowError e) {
            return "";
        }
    }

    /** The page's longest paragraphs, up to what the language detector reads: its text, on nearly every page. */
    static String longestParagraphs(Document doc) {
        List<String> paragraphs = new ArrayList<>(doc.select("p").eachText());
        paragraphs.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sample = new StringBuilder();
        for (String p : paragraphs) {
            if (sample.length() >= LanguageDetector.SAMPLE_CHARS) break;
            sample.append(p).append('\n');
        }
        return sample.toString();
    }

    /** The page's URL when its key is one; some keys are labels ({@code hard::site.html}) Readability4J cannot resolve. */
    static String baseUri(String key) {
        try {
            String url = key.strip();
            return new URI(url).getPath() != null && url.startsWith("http") ? url : "https://example.org/";
        } catch (URISyntaxException e) {
            return "https://example.org/"; // a space inside: Readability4J logs a page of HTML for each
        }
    }

    /** Rows: all pages, French, the rest, then each language by page count. */
    private static void printTable(List<Result> results) {
        Map<String, Predicate<Result>> groups = new LinkedHashMap<>();
        groups.put("all", r -> true);
        groups.put("fr", r -> r.language().equals("fr"));
        groups.put("not fr", r -> !r.language().equals("fr"));
        Map<String, Long> byLanguage = new TreeMap<>();
        results.forEach(r -> byLanguage.merge(r.language(), 1L, Long::sum));
        byLanguage.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> groups.putIfAbsent(e.getKey(), r -> r.language().equals(e.getKey())));
        System.out.printf(Locale.ROOT, "%-8s %5s %6s", "language", "pages", "snips");
        for (Extractor x : Extractor.values()) System.out.printf(Locale.ROOT, "   %-22s", x.label + ": P R F1");
        System.out.println();
        groups.forEach((name, member) -> {
            List<Result> in = results.stream().filter(member).toList();
            System.out.printf(Locale.ROOT, "%-8s %5d %6d", name, in.size(),
                    count(in, r -> r.page().snippets().with().size() + r.page().snippets().without().size()));
            for (Extractor x : Extractor.values()) {
                Counts c = sum(in, r -> r.counts(x));
                System.out.printf(Locale.ROOT, "   %.4f %.4f %.4f  ", c.precision(), c.recall(), c.f1());
            }
            System.out.println();
        });
    }

    /** Our worst pages by {@code x}'s F1 (ties: the one with more errors first), with what each missed or kept. */
    private static void printWorst(List<Result> results, int n, String language, Extractor x) {
        Comparator<Result> worstFirst = Comparator.<Result>comparingDouble(r -> r.counts(x).f1())
                .thenComparing(r -> -(r.counts(x).fn() + r.counts(x).fp()))
                .thenComparing(r -> r.page().file());
        List<Result> pages = results.stream()
                .filter(r -> language == null || r.language().equals(language))
                .sorted(worstFirst).limit(n).toList();
        Extractor other = x == Extractor.NEWSDESK ? Extractor.NEWSDESK_DUMP : Extractor.NEWSDESK;
        System.out.printf(Locale.ROOT, "worst %d pages%s of %s (%s's and Readability4J's F1 beside):%n", pages.size(),
                language == null ? "" : " in " + language, x.label, other.label);
        for (Result r : pages) {
            Counts c = r.counts(x);
            String text = x.text.apply(r);
            System.out.printf(Locale.ROOT, "  %s [%s] F1 %.2f (with %d/%d, without kept %d/%d, %d chars)  %s %.2f  r4j %.2f%n",
                    r.page().file(), r.language(), c.f1(), c.tp(), c.tp() + c.fn(), c.fp(), c.fp() + c.tn(),
                    text.length(), other == Extractor.NEWSDESK ? "html" : "dump", r.counts(other).f1(),
                    r.counts(Extractor.READABILITY4J).f1());
            List<String> found = SnippetMetric.found(r.page().snippets().with(), text);
            r.page().snippets().with().stream().filter(s -> !found.contains(s))
                    .forEach(s -> System.out.println("      missed: " + clip(s)));
            SnippetMetric.found(r.page().snippets().without(), text)
                    .forEach(s -> System.out.println("      kept:   " + clip(s)));
        }
    }

    private static void write(List<Result> results, Extractor extractor, Path file) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        results.forEach(r -> texts.put(r.page().file(), extractor.text.apply(r)));
        ExtractionBench.write(file, texts);
        System.out.println(extractor.label + ": " + file);
    }

    private static Counts sum(List<Result> results, Function<Result, Counts> counts) {
        return results.stream().map(counts).reduce(Counts.NONE, Counts::plus);
    }

    private static int count(List<Result> results, ToIntFunction<Result> n) {
        return results.stream().mapToInt(n).sum();
    }

    private static String clip(String s) {
        String one = SnippetMetric.normalize(s);
        return one.length() <= 90 ? one : one.substring(0, 87) + "...";
    }
}
