package dev.newsdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the parser timed against each other in one JVM: {@code SpeedAbBench DIR ROUNDS CLASSES_A CLASSES_B}
 * ({@code ./newsdesk bench speedAB}), where each CLASSES is a build's {@code target/classes}. Each build's own
 * classes are loaded apart (the libraries, jsoup among them, are shared), and every page is parsed by both in each
 * round, in an order that turns, so that machine load and the JIT's profile of the libraries hit both alike. Runs of
 * {@code bench speed} against a baseline differ by far more than a few percent on a shared machine; the median of
 * the pages' ratios of two builds in one run is steady to about 1.5% (the same parser built twice: 0.987, 0.992,
 * 1.011).
 */
public final class SpeedAbBench {

    private static final String OWN_PACKAGE = "dev.newsdesk.";

    private SpeedAbBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: speedAB DIR ROUNDS CLASSES_A CLASSES_B");
        }
        int rounds = Integer.parseInt(args[1]);
        if (rounds < 1) throw new IllegalArgumentException("ROUNDS must be at least 1, not " + rounds);
        Build[] builds = {Build.of(Path.of(args[2])), Build.of(Path.of(args[3]))};
        List<byte[]> pages = BenchPages.load(Path.of(args[0])).allHtml();
        int warmup = Math.max(3, rounds / 4);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[][][] times = new double[2][pages.size()][rounds];
        for (int r = 0; r < warmup + rounds; r++) {
            for (int p = 0; p < pages.size(); p++) {
                for (int k = 0; k < 2; k++) {
                    int b = (k + p + r) % 2; // the first to read a page pays its cache misses: each is first as often
                    long start = cpu.getCurrentThreadCpuTime();
                    builds[b].parse(pages.get(p));
                    long end = cpu.getCurrentThreadCpuTime();
                    if (r >= warmup) times[b][p][r - warmup] = (end - start) / 1e6;
                }
            }
        }
        double[][] perPage = new double[2][pages.size()];
        double[] ratios = new double[pages.size()];
        for (int p = 0; p < pages.size(); p++) {
            for (int b = 0; b < 2; b++) perPage[b][p] = SpeedBench.median(times[b][p]);
            ratios[p] = perPage[1][p] / perPage[0][p];
        }
        double a = SpeedBench.median(perPage[0]);
        double b = SpeedBench.median(perPage[1]);
        System.out.printf(Locale.ROOT, "%d pages, %d rounds after %d warm-up rounds; thread CPU time:%n", pages.size(),
                rounds, warmup);
        System.out.printf(Locale.ROOT, "  A %s: median page %.3f ms%n", args[2], a);
        System.out.printf(Locale.ROOT, "  B %s: median page %.3f ms%n", args[3], b);
        System.out.printf(Locale.ROOT, "  B / A: median pages %.3f, median of the pages' ratios %.3f%n", b / a,
                SpeedBench.median(ratios));
    }

    /** One build's parser, loaded from its class folder. */
    private record Build(Object parser, Method parse) {

        static Build of(Path classes) throws ReflectiveOperationException, IOException {
            if (!Files.isRegularFile(classes.resolve("dev/newsdesk/parse/ArticleParser.class"))) {
                throw new IllegalArgumentException(classes + " holds no build of the parser (dev/newsdesk/parse/"
                        + "ArticleParser.class): give a worktree's target/classes");
            }
            ClassLoader loader = new OwnFirst(classes.toUri().toURL(), SpeedAbBench.class.getClassLoader());
            Class<?> type = loader.loadClass(OWN_PACKAGE + "parse.ArticleParser");
            return new Build(type.getConstructor().newInstance(), type.getMethod("parse", byte[].class,
                    String.class));
        }

        void parse(byte[] page) {
            try {
                parse.invoke(parser, page, "page.html");
            } catch (InvocationTargetException e) {
                // a refused page (RejectedFileException) is timed all the same, as in SpeedBench
                if (!e.getCause().getClass().getSimpleName().equals("RejectedFileException")) {
                    throw new IllegalStateException("the parser failed", e.getCause());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Loads the project's classes and resources from its folder before asking the parent, whose class path holds
     * the current worktree's build; everything else (the libraries) comes from the parent, shared by both builds.
     */
    private static final class OwnFirst extends URLClassLoader {

        OwnFirst(URL classes, ClassLoader parent) {
            super(new URL[] {classes}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(OWN_PACKAGE)) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) c = findClass(name);
                if (resolve) resolveClass(c);
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = name.startsWith("dev/newsdesk/") ? findResource(name) : null;
            return own != null ? own : super.getResource(name);
        }
    }
}
