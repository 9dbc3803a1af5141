package dev.newsdesk.bench;

import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * A quick speed comparison without JMH: {@code SpeedCheck DIR [ROUNDS]}. Each round times every page once with
 * each extractor, interleaved so that machine load hits all alike; a page's time is its median over the rounds
 * after warm-up, and the figure reported is the median page. JMH ({@link ParserBenchmark}) is the reference.
 */
public final class SpeedCheck {

    public static void main(String[] args) throws IOException {
        List<byte[]> pages = BenchPages.load(Path.of(args[0])).allHtml();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmup = Math.max(3, rounds / 4);
        ArticleParser parser = new ArticleParser();
        List<Consumer<byte[]>> extractors = List.of(
                b -> {
                    try {
                        parser.parse(b, "page.html");
                    } catch (RejectedFileException e) {
                        // timed all the same
                    }
                },
                b -> new Readability4J("https://example.org/", new String(b, StandardCharsets.UTF_8)).parse(),
                b -> Jsoup.parse(new String(b, StandardCharsets.UTF_8)),
                b -> {
                    try {
                        Jsoup.parse(new ByteArrayInputStream(b), null, "");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        String[] names = {"newsdesk (bytes to article)", "readability4j (string)", "jsoup parse (string)",
                "jsoup parse (bytes)"};
        double[][][] times = new double[extractors.size()][pages.size()][rounds];
        for (int r = 0; r < warmup + rounds; r++) {
            for (int p = 0; p < pages.size(); p++) {
                for (int x = 0; x < extractors.size(); x++) {
                    long t = System.nanoTime();
                    extractors.get(x).accept(pages.get(p));
                    if (r >= warmup) times[x][p][r - warmup] = (System.nanoTime() - t) / 1e6;
                }
            }
        }
        double[] medians = new double[extractors.size()];
        for (int x = 0; x < extractors.size(); x++) {
            double[] perPage = new double[pages.size()];
            for (int p = 0; p < pages.size(); p++) perPage[p] = median(times[x][p]);
            medians[x] = median(perPage);
        }
        System.out.printf(Locale.ROOT, "%d pages, %d rounds after %d warm-up rounds; median page:%n", pages.size(),
                rounds, warmup);
        for (int x = 0; x < extractors.size(); x++) {
            System.out.printf(Locale.ROOT, "  %-30s %7.2f ms   (newsdesk / this = %.2f)%n", names[x], medians[x],
                    medians[0] / medians[x]);
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
