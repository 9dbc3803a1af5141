package dev.newsdesk.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Two or more builds of the parser in one JVM: {@code SpeedAB DIR ROUNDS CLASSES...}, each CLASSES a directory of
 * compiled main classes (e.g. main's, compiled into a directory of its own, and a branch's {@code target/classes}).
 * Run it with the test class path but without {@code target/classes}, so that each build loads its own classes:
 * {@code java -cp target/test-classes:$(cat target/local/test.classpath) dev.newsdesk.bench.SpeedAB DIR 40 OLD NEW}.
 *
 * <p>Every page is parsed by every build and by jsoup (from a string and from bytes) in turn, the order rotated
 * each round so that no build is always the first on a page, in this thread's CPU time: on a shared machine,
 * separate runs of {@link SpeedBench} differ by more than the changes one wants to see.
 */
public final class SpeedAB {

    private SpeedAB() {
    }

    public static void main(String[] args) throws Exception {
        List<byte[]> pages = BenchPages.load(Path.of(args[0])).allHtml();
        int rounds = Integer.parseInt(args[1]);
        int builds = args.length - 2;
        Object[] parsers = new Object[builds];
        Method[] parse = new Method[builds];
        for (int v = 0; v < builds; v++) {
            URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[2 + v]).toUri().toURL()},
                    SpeedAB.class.getClassLoader());
            Class<?> c = loader.loadClass("dev.newsdesk.parse.ArticleParser");
            if (c.getClassLoader() != loader) {
                throw new IllegalStateException("the parser's classes are on the class path: leave target/classes out");
            }
            parsers[v] = c.getConstructor().newInstance();
            parse[v] = c.getMethod("parse", byte[].class, String.class);
        }
        int runners = builds + 2; // the builds, jsoup from a string, jsoup from bytes
        int warmup = Math.max(3, rounds / 4);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[][][] times = new double[runners][pages.size()][rounds];
        for (int r = 0; r < warmup + rounds; r++) {
            for (int p = 0; p < pages.size(); p++) {
                byte[] page = pages.get(p);
                for (int k = 0; k < runners; k++) {
                    int x = (k + r) % runners;
                    long start = cpu.getCurrentThreadCpuTime();
                    if (x < builds) {
                        try {
                            parse[x].invoke(parsers[x], page, "page.html");
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            // a rejected page is timed all the same
                        }
                    } else if (x == builds) {
                        Jsoup.parse(new String(page, StandardCharsets.UTF_8));
                    } else {
                        Jsoup.parse(new ByteArrayInputStream(page), null, "");
                    }
                    long end = cpu.getCurrentThreadCpuTime();
                    if (r >= warmup) times[x][p][r - warmup] = (end - start) / 1e6;
                }
            }
        }
        double[] median = new double[runners];
        for (int x = 0; x < runners; x++) {
            double[] perPage = new double[pages.size()];
            for (int p = 0; p < perPage.length; p++) perPage[p] = median(times[x][p]);
            median[x] = median(perPage);
        }
        System.out.printf(Locale.ROOT, "%d pages, %d rounds after %d warm-up rounds; median page, CPU time:%n",
                pages.size(), rounds, warmup);
        for (int v = 0; v < builds; v++) {
            System.out.printf(Locale.ROOT, "  %-40s %6.3f ms   / jsoup string %.2f   / jsoup bytes %.2f%n", args[2 + v],
                    median[v], median[v] / median[builds], median[v] / median[builds + 1]);
        }
        System.out.printf(Locale.ROOT, "  %-40s %6.3f ms%n  %-40s %6.3f ms%n", "jsoup parse (string)", median[builds],
                "jsoup parse (bytes)", median[builds + 1]);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
