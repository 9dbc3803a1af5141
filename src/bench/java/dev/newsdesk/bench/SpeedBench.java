package dev.newsdesk.bench;

import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * A speed comparison without JMH: {@code SpeedBench DIR [ROUNDS]} ({@code ./newsdesk bench speed DIR}). Each round times every page once with
 * each extractor, interleaved so that machine load hits all alike, in an order that turns so that none is always
 * the first on a page; a page's time is its median over the rounds after warm-up, and the figure reported is the
 * median page. All four share one JVM, so they also share the JIT's profile of jsoup's classes; JMH
 * ({@link ParserBenchmark}, a JVM for each) is the reference.
 */
public final class SpeedBench {

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
        // Wall time, and this thread's CPU time: on a machine shared with other builds the second is the steadier.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[][][] wall = new double[extractors.size()][pages.size()][rounds];
        double[][][] onCpu = new double[extractors.size()][pages.size()][rounds];
        for (int r = 0; r < warmup + rounds; r++) {
            for (int p = 0; p < pages.size(); p++) {
                for (int k = 0; k < extractors.size(); k++) {
                    // the order turns with each page and round: the first to read a page pays its cache misses
                    int x = (k + p + r) % extractors.size();
                    long c = cpu.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    extractors.get(x).accept(pages.get(p));
                    long t2 = System.nanoTime();
                    long c2 = cpu.getCurrentThreadCpuTime();
                    if (r >= warmup) {
                        wall[x][p][r - warmup] = (t2 - t) / 1e6;
                        onCpu[x][p][r - warmup] = (c2 - c) / 1e6;
                    }
                }
            }
        }
        double[] wallMedian = medianPage(wall);
        double[] cpuMedian = medianPage(onCpu);
        System.out.printf(Locale.ROOT, "%d pages, %d rounds after %d warm-up rounds; median page, wall and CPU time:%n",
                pages.size(), rounds, warmup);
        for (int x = 0; x < extractors.size(); x++) {
            System.out.printf(Locale.ROOT, "  %-30s wall %6.2f ms (newsdesk / this %.2f)   cpu %6.2f ms (%.2f)%n",
                    names[x], wallMedian[x], wallMedian[0] / wallMedian[x], cpuMedian[x], cpuMedian[0] / cpuMedian[x]);
        }
    }

    private static double[] medianPage(double[][][] times) {
        double[] medians = new double[times.length];
        for (int x = 0; x < times.length; x++) {
            double[] perPage = new double[times[x].length];
            for (int p = 0; p < perPage.length; p++) perPage[p] = median(times[x][p]);
            medians[x] = median(perPage);
        }
        return medians;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
