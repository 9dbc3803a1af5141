package dev.newsdesk.bench;

import dev.newsdesk.Settings;
import dev.newsdesk.views.ViewCounter;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Replays views through the key design, without a database, and reports the highest write rate any one
 * partition key receives in any second. The keys come from the same functions the API's view counting uses
 * ({@link ViewCounter#totalKey}, {@link ViewCounter#logKey}); popularity is Zipf over the articles, so the
 * most read story takes the largest share.
 *
 * <p>Usage: {@code ./newsdesk bench scale [views] [articles] [zipfExponent] [viewsPerSecond] [logPartitions]};
 * defaults 10,000,000 views, 100,000 articles, 1.1, 100,000/s, the production partition count.
 */
public final class ScaleBench {

    /** What the replay measured. */
    record Result(long views, int articles, double topShare, long maxTotalKeyPerSecond, String hottestTotalKey,
                  long maxLogKeyPerSecond, String hottestLogKey, long writes) {
    }

    public static void main(String[] args) {
        long views = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        double exponent = args.length > 2 ? Double.parseDouble(args[2]) : 1.1;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        int partitions = args.length > 4 ? Integer.parseInt(args[4]) : Settings.DEFAULT_VIEW_LOG_PARTITIONS;
        Result r = run(views, articles, exponent, rate, partitions, 42);
        System.out.printf("views %,d over %,d articles, Zipf(%.2f), %,d views/s, %d view-log partitions, %d counter shards%n",
                r.views(), r.articles(), exponent, rate, partitions, ViewCounter.SHARDS);
        System.out.printf("most read article's share of views: %.1f%% (%,.0f views/s)%n", 100 * r.topShare(),
                r.topShare() * rate);
        System.out.printf("highest writes/s on one all-time counter key: %,d (%s)%n", r.maxTotalKeyPerSecond(),
                r.hottestTotalKey());
        System.out.printf("highest writes/s on one view-log key:        %,d (%s)%n", r.maxLogKeyPerSecond(),
                r.hottestLogKey());
        System.out.printf("writes per view: %.2f; the table has no index, so no index partition takes writes%n",
                (double) r.writes() / r.views());
        System.out.printf("limit per partition key: 1,000 writes/s -> %s%n",
                Math.max(r.maxTotalKeyPerSecond(), r.maxLogKeyPerSecond()) < 1000 ? "under" : "OVER");
    }

    static Result run(long views, int articles, double exponent, int rate, int partitions, long seed) {
        double[] cdf = zipfCdf(articles, exponent);
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Long> totalThisSecond = new HashMap<>();
        Map<String, Long> logThisSecond = new HashMap<>();
        long maxTotal = 0, maxLog = 0;
        String hottestTotal = "", hottestLog = "";
        long topViews = 0;
        long writes = 0;
        for (long v = 0; v < views; v++) {
            if (v > 0 && v % rate == 0) { // a second of traffic has gone by
                var t = max(totalThisSecond);
                if (t.getValue() > maxTotal) { maxTotal = t.getValue(); hottestTotal = t.getKey(); }
                var l = max(logThisSecond);
                if (l.getValue() > maxLog) { maxLog = l.getValue(); hottestLog = l.getKey(); }
                totalThisSecond.clear();
                logThisSecond.clear();
            }
            int rank = rank(cdf, random.nextDouble());
            if (rank == 0) topViews++;
            totalThisSecond.merge(ViewCounter.totalKey("article-" + rank, random), 1L, Long::sum);
            logThisSecond.merge(ViewCounter.logKey(partitions, random), 1L, Long::sum);
            writes += 2;
        }
        var t = max(totalThisSecond);
        if (t.getValue() > maxTotal) { maxTotal = t.getValue(); hottestTotal = t.getKey(); }
        var l = max(logThisSecond);
        if (l.getValue() > maxLog) { maxLog = l.getValue(); hottestLog = l.getKey(); }
        return new Result(views, articles, (double) topViews / views, maxTotal, hottestTotal, maxLog, hottestLog,
                writes);
    }

    private static Map.Entry<String, Long> max(Map<String, Long> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(Map.entry("-", 0L));
    }

    static double[] zipfCdf(int n, double exponent) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1 / Math.pow(k + 1, exponent);
            cdf[k] = sum;
        }
        for (int k = 0; k < n; k++) cdf[k] /= sum;
        return cdf;
    }

    /** The 0-based rank whose cumulative probability first reaches {@code u}. */
    static int rank(double[] cdf, double u) {
        int lo = 0, hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < u) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
