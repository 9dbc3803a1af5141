package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;
import dev.newsdesk.parse.input.TextDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;

/**
 * The extraction-quality harness: {@code ExtractionBench DIR [--out FILE] [--worst N]}. Runs our parser over the
 * HTML pages and the text dumps of DIR and Readability4J over the HTML pages, scores each with the benchmark's
 * metric against DIR/ground-truth.json, prints precision, recall and F1 per set, and writes our predictions
 * ({@code {"<id>": {"articleBody": ...}}}) to FILE (HTML) and FILE with {@code .text} before its extension (dumps).
 */
public final class ExtractionBench {

    private static final ArticleParser PARSER = new ArticleParser();

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractionBench DIR [--out FILE] [--worst N]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path out = null;
        int worst = 0;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) out = Path.of(args[++i]);
            else if (args[i].equals("--worst") && i + 1 < args.length) worst = Integer.parseInt(args[++i]);
        }
        BenchPages pages = BenchPages.load(dir);
        System.out.printf(Locale.ROOT, "pages: %d HTML, %d text dumps, %d ground truths%n",
                pages.html().size(), pages.text().size(), pages.truth().size());
        Result html = run("newsdesk  html", pages.html(), pages.truth(), b -> ours(b, "page.html"), worst);
        Result text = run("newsdesk  text", pages.text(), pages.truth(), b -> ours(b, "page.txt"), worst);
        Result r4j = run("readability4j html", pages.html(), pages.truth(), ExtractionBench::readability, 0);
        if (out != null) {
            write(out, html.predictions());
            write(withSuffix(out, ".text"), text.predictions());
            write(withSuffix(out, ".readability4j"), r4j.predictions());
            System.out.println("predictions: " + out + ", " + withSuffix(out, ".text") + ", "
                    + withSuffix(out, ".readability4j"));
        }
    }

    record Result(ShingleMetric.Summary summary, Map<String, String> predictions) {
    }

    static String ours(byte[] bytes, String name) {
        try {
            return PARSER.parse(bytes, name).body();
        } catch (RejectedFileException e) {
            return "";
        }
    }

    /**
     * The page as text, in the charset newsdesk reads it in (declared, sniffed, or a Chinese page's GB/Big5), so a
     * peer that takes text is not scored on mojibake; UTF-8 when the page is refused.
     */
    static String decoded(byte[] bytes) {
        try {
            return TextDecoder.decode(bytes, TextDecoder.detect(bytes));
        } catch (RejectedFileException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static String readability(byte[] bytes) {
        try {
            var article = new Readability4J("https://example.org/", decoded(bytes)).parse();
            String t = article.getTextContent();
            return t == null ? "" : t;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static Result run(String label, Map<String, byte[]> pages, Map<String, String> truth,
                              Function<byte[], String> extractor, int worst) {
        Map<String, String> predictions = new java.util.TreeMap<>();
        List<ShingleMetric.PageScore> scores = new ArrayList<>();
        List<Map.Entry<String, ShingleMetric.PageScore>> perPage = new ArrayList<>();
        long start = System.nanoTime();
        for (var e : pages.entrySet()) {
            String gold = truth.get(e.getKey());
            if (gold == null) continue;
            String pred = extractor.apply(e.getValue());
            predictions.put(e.getKey(), pred);
            ShingleMetric.PageScore s = ShingleMetric.score(pred, gold);
            scores.add(s);
            perPage.add(Map.entry(e.getKey(), s));
        }
        if (System.getenv("BENCH_PAGES") != null) {
            try (var w = java.nio.file.Files.newBufferedWriter(Path.of(System.getenv("BENCH_PAGES") + "." + label.strip().replace(' ', '_')))) {
                for (var x : perPage) w.write(String.format(Locale.ROOT, "%s %.3f %.3f%n", x.getKey(), x.getValue().precision(), x.getValue().recall()));
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }
        double ms = (System.nanoTime() - start) / 1e6 / Math.max(1, scores.size());
        ShingleMetric.Summary sum = ShingleMetric.summarize(scores);
        System.out.printf(Locale.ROOT, "%-20s pages %3d  precision %.4f  recall %.4f  F1 %.4f  (%.1f ms/page, one pass)%n",
                label, sum.pages(), sum.precision(), sum.recall(), sum.f1(), ms);
        if (worst > 0) {
            perPage.sort(Comparator.comparingDouble(x -> f1(x.getValue())));
            for (var x : perPage.subList(0, Math.min(worst, perPage.size()))) {
                System.out.printf(Locale.ROOT, "    %s  P %.2f R %.2f%n", x.getKey(), x.getValue().precision(),
                        x.getValue().recall());
            }
        }
        return new Result(sum, predictions);
    }

    private static double f1(ShingleMetric.PageScore s) {
        return s.precision() + s.recall() == 0 ? 0 : 2 * s.precision() * s.recall() / (s.precision() + s.recall());
    }

    static void write(Path file, Map<String, String> predictions) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        predictions.forEach((id, body) -> root.putObject(id).put("articleBody", body));
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    static Path withSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
        return file.resolveSibling(renamed);
    }
}
