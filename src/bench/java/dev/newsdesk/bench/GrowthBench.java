package dev.newsdesk.bench;

import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How parse time grows with the size of a file: {@code GrowthBench DIR} ({@code ./newsdesk bench growth DIR}) joins
 * the first 4, 16, 64 and 256 pages of the set (or all, if fewer) into one text dump and one HTML file, as a long
 * thread or a page of many stories would be, and compares the parse of the joined file with the parses of its pages
 * one by one (each the best of three, after warm-up). The ratio should stay near 1 as the file grows: a rule that
 * rescans the file for each of its blocks shows here as a ratio that climbs with the size, long before an upload
 * near the size limit outlasts the ingest's timeout. Then the same for {@link BuiltPages}, long pages built at 1x, 4x
 * and 16x a length: the time per entry against the shortest's should stay near 1 too.
 */
public final class GrowthBench {

    private static final int[] PAGES = {4, 16, 64, 256};
    private static final int TRIES = 3;
    private static final int WARM_UP_ROUNDS = 5;
    /** The built pages' lengths in entries: about 25 KB, 100 KB and 400 KB. */
    private static final int[] UNITS = {100, 400, 1600};

    public static void main(String[] args) throws IOException {
        BenchPages set = BenchPages.load(Path.of(args[0]));
        ArticleParser parser = new ArticleParser();
        report(parser, "text dump", new ArrayList<>(set.text().values()), "long.txt", "\n\n");
        report(parser, "HTML", new ArrayList<>(set.html().values()), "long.html", "\n");
        reportBuilt(parser);
    }

    private static void reportBuilt(ArticleParser parser) {
        System.out.println("built pages: entries, size, parse, time per entry against the shortest's");
        for (String name : BuiltPages.of(UNITS[0]).keySet()) {
            for (int r = 0; r < WARM_UP_ROUNDS; r++) parse(parser, BuiltPages.of(UNITS[0]).get(name), name);
            long shortest = 0;
            for (int units : UNITS) {
                byte[] file = BuiltPages.of(units).get(name);
                long whole = best(parser, file, name);
                if (units == UNITS[0]) shortest = whole;
                System.out.printf(Locale.ROOT, "  %-24s %5d %8.0f KB %9.1f ms %6.2f%n", name, units,
                        file.length / 1024.0, whole / 1e6, (double) whole * UNITS[0] / units / shortest);
            }
        }
    }

    private static void report(ArticleParser parser, String kind, List<byte[]> pages, String name, String between) {
        for (int r = 0; r < WARM_UP_ROUNDS; r++) for (byte[] page : pages) parse(parser, page, name);
        long[] alone = new long[pages.size()];
        for (int i = 0; i < pages.size(); i++) alone[i] = best(parser, pages.get(i), name);
        System.out.printf(Locale.ROOT, "%s: pages joined, size, parse of the joined file, of its pages one by one, "
                + "ratio%n", kind);
        for (int n : PAGES) {
            int count = Math.min(n, pages.size());
            byte[] file = joined(pages, count, between);
            long sum = 0;
            for (int i = 0; i < count; i++) sum += alone[i];
            long whole = best(parser, file, name);
            System.out.printf(Locale.ROOT, "  %4d pages %8.0f KB %9.1f ms %9.1f ms %6.2f%n", count,
                    file.length / 1024.0, whole / 1e6, sum / 1e6, (double) whole / sum);
            if (count == pages.size()) break;
        }
    }

    private static byte[] joined(List<byte[]> pages, int n, String between) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < n; i++) {
            out.writeBytes(pages.get(i));
            out.writeBytes(between.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static long best(ArticleParser parser, byte[] file, String name) {
        long best = Long.MAX_VALUE;
        for (int t = 0; t < TRIES; t++) best = Math.min(best, parse(parser, file, name));
        return best;
    }

    /** The nanoseconds one parse of {@code file} takes (a refusal is timed all the same). */
    private static long parse(ArticleParser parser, byte[] file, String name) {
        long t = System.nanoTime();
        try {
            parser.parse(file, name);
        } catch (RejectedFileException e) {
            // timed all the same
        }
        return System.nanoTime() - t;
    }
}
