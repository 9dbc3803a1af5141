package dev.newsdesk.bench;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Publication dates and authors against a metadata benchmark folder ({@code ../shared/metadata-bench}: the
 * development halves; the other halves are never read), scored as its {@code score.py} does ({@link MetadataMetric}):
 *
 * <pre>./newsdesk bench metadata ../shared/metadata-bench [--worst N | --verbose] [--out FILE]</pre>
 *
 * Reads {@code dates/expected.json}, {@code authors/expected.json} and each page's {@code pages/<file>.gz} as
 * uploaded, parses it as an upload named {@code <file>}, and prints dates accuracy and precision and authors
 * precision, recall and F1. {@code --worst N} lists N misses of each field, {@code --verbose} every miss;
 * {@code --out FILE} writes the predictions as {@code ./newsdesk parse --jsonl} does, for score.py, one file per
 * set ({@code .dates} and {@code .authors} before FILE's extension): the two sets share file names, 31 of them for
 * different pages, so score.py must read each set's file against a folder holding that set alone.
 */
public final class MetadataBench {

    private static final ArticleParser PARSER = new ArticleParser();
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final TypeReference<List<String>> LIST_OF_STRINGS = new TypeReference<>() {
    };

    /** One page's prediction: the date and names the parser gave, or none when it refused the page. */
    record Prediction(String file, String publishedAt, List<String> authors) {
    }

    /** A page the parser got wrong, with what was expected and what came out, and how many names it missed. */
    record Miss(String file, String expected, String got, int errors) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: MetadataBench DIR [--worst N | --verbose] [--out FILE]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int worst = 0;
        Path out = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--worst") && i + 1 < args.length) worst = Integer.parseInt(args[++i]);
            else if (args[i].equals("--verbose")) worst = Integer.MAX_VALUE;
            else if (args[i].equals("--out") && i + 1 < args.length) out = Path.of(args[++i]);
            else throw new IllegalArgumentException("unknown argument " + args[i]);
        }
        List<Prediction> datePredictions = new ArrayList<>();
        List<Prediction> authorPredictions = new ArrayList<>();
        Path dates = dir.resolve("dates");
        if (Files.isDirectory(dates)) {
            List<Miss> misses = new ArrayList<>();
            MetadataMetric.DateScore score = new MetadataMetric.DateScore(0, 0, 0);
            for (var e : expected(dates)) {
                Prediction p = predict(dates, e.getKey());
                datePredictions.add(p);
                // A few pages of the set have no day (NaN, hence the lenient reader): counted, never right, as score.py counts them.
                JsonNode date = e.getValue().path("date");
                String day = date.isTextual() ? date.asText() : null;
                MetadataMetric.DateScore next = score.plus(p.publishedAt(), day);
                if (next.right() == score.right()) misses.add(new Miss(p.file(), day, p.publishedAt(), 1));
                score = next;
            }
            System.out.printf(Locale.ROOT, "dates: pages=%d accuracy=%.3f precision=%.3f (%d right, %d given)%n",
                    score.pages(), score.accuracy(), score.precision(), score.right(), score.given());
            // Wrong dates first: a wrong date costs more than a missing one.
            misses.sort(Comparator.comparing((Miss m) -> m.got() == null).thenComparing(Miss::file));
            print(System.out, "dates", misses, worst);
        }
        Path authors = dir.resolve("authors");
        if (Files.isDirectory(authors)) {
            List<Miss> misses = new ArrayList<>();
            MetadataMetric.AuthorScore score = new MetadataMetric.AuthorScore(0, 0, 0, 0, 0);
            for (var e : expected(authors)) {
                Prediction p = predict(authors, e.getKey());
                authorPredictions.add(p);
                JsonNode expected = e.getValue().path("authors");
                List<String> gold = expected.isArray()
                        ? MetadataMetric.expectedNames(JSON.convertValue(expected, LIST_OF_STRINGS))
                        : MetadataMetric.expectedNames(expected.asText(""));
                String names = expected.isArray() ? String.join("; ", gold) : expected.asText("");
                MetadataMetric.AuthorScore next = score.plus(p.authors(), gold);
                int errors = next.falsePositives() - score.falsePositives() + next.falseNegatives()
                        - score.falseNegatives();
                if (errors > 0) misses.add(new Miss(p.file(), names, String.join("; ", p.authors()), errors));
                score = next;
            }
            System.out.printf(Locale.ROOT, "authors: pages=%d precision=%.3f recall=%.3f f1=%.3f pages_exact=%.3f%n",
                    score.pages(), score.precision(), score.recall(), score.f1(), score.pagesExact());
            misses.sort(Comparator.comparingInt(Miss::errors).reversed().thenComparing(Miss::file));
            print(System.out, "authors", misses, worst);
        }
        // One file per set: 31 file names stand for different pages in the two sets, and score.py keys by name.
        if (out != null) {
            write(ExtractionBench.withSuffix(out, ".dates"), datePredictions);
            write(ExtractionBench.withSuffix(out, ".authors"), authorPredictions);
        }
    }

    /** {@code set/expected.json}'s pages in file order. */
    private static List<Map.Entry<String, JsonNode>> expected(Path set) throws IOException {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = JSON.readTree(set.resolve("expected.json").toFile()).fields();
        it.forEachRemaining(out::add);
        out.sort(Map.Entry.comparingByKey());
        return out;
    }

    /** What the parser makes of {@code set/pages/<file>.gz}, uploaded as {@code <file>}; nothing if it refuses it. */
    static Prediction predict(Path set, String file) throws IOException {
        byte[] bytes = BenchPages.bytes(set.resolve("pages").resolve(file + ".gz"));
        try {
            ArticleContent a = PARSER.parse(bytes, file);
            return new Prediction(file, a.publishedAt(), a.authors() == null ? List.of() : a.authors());
        } catch (RejectedFileException e) {
            return new Prediction(file, null, List.of());
        }
    }

    private static void print(PrintStream out, String field, List<Miss> misses, int limit) {
        if (limit <= 0 || misses.isEmpty()) return;
        out.printf(Locale.ROOT, "%s: %d pages missed%s%n", field, misses.size(),
                limit < misses.size() ? ", the first " + limit : "");
        for (Miss m : misses.subList(0, Math.min(limit, misses.size()))) {
            out.printf(Locale.ROOT, "  %s  expected %s  got %s%n", m.file(), m.expected(), m.got());
        }
    }

    /** The predictions as {@code ./newsdesk parse --jsonl} prints them (the fields score.py reads). */
    private static void write(Path file, List<Prediction> predictions) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Prediction p : predictions) {
                ObjectNode line = JSON.createObjectNode().put("file", p.file()).put("publishedAt", p.publishedAt());
                line.putPOJO("authors", p.authors());
                w.write(JSON.writeValueAsString(line));
                w.write('\n');
            }
        }
        System.out.println("predictions: " + file);
    }
}
