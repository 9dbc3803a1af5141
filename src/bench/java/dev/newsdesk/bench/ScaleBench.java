package dev.newsdesk.bench;

import dev.newsdesk.Settings;
import dev.newsdesk.views.ViewCounter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Replays views through the key design, without a database, and reports the highest write rate any one
 * partition key receives in any second, the view-log items a minute leaves for the rollup, and the highest read
 * rate on a story's keys when the views are served by many function instances that each reuse what they read for a
 * while. The keys come from the same functions the API's view counting uses ({@link ViewCounter#logKey},
 * {@link ViewCounter#spreadFor}); popularity is Zipf over the articles, so the most read story takes the largest
 * share.
 *
 * <p>Writes: a view is one {@code ADD} to one of its story's view-log slices, picked at random; the number of
 * slices is what the rollup gives the story for its rate ({@link ViewCounter#spreadFor} of its share of the
 * views/s: the steady state, once the rollup has seen the story's rate). Nothing else is written per view.
 *
 * <p>Reads: each view goes to one of {@code instances} function instances picked at random (Lambda does not pin
 * a client to an instance). An instance that has not read the story within {@code cacheMillis} (the template's
 * HOT_READ_CACHE_MILLIS) reads it: without read replicas, the article's item (ArticleApi) and its total
 * (ViewCounter), so each of those two keys takes one read per refresh; with them, a story the rollup gives copies
 * ({@link ViewCounter#replicasFor} of its rate, for an item of {@link #ITEM_BYTES}) is read from one copy picked at
 * random (item and total in one key), any other story as without. Steady state: every instance knows each story's
 * copy count (a new instance's first read goes to the item: at most Lambda's scale-out rate, docs/data-model.md).
 *
 * <p>Usage: {@code ./newsdesk bench scale [views] [articles] [zipfExponent] [viewsPerSecond] [logPartitions]
 * [instances] [cacheMillis]}; defaults 10,000,000 views, 100,000 articles, 1.1, 100,000/s, the production partition
 * count, 5,000 instances, 1,000 ms. The reads are replayed without read replicas, then with them.
 */
public final class ScaleBench {

    /**
     * The read replay: the most reads in one second on one key (a story's item and its total, or one of its read
     * replicas), which key, the refreshes of the followed stories, the top story's replica count and all of theirs.
     */
    record Reads(int instances, long cacheMillis, long maxKeyReadsPerSecond, String hottestKey, long reads,
                 int topReplicas, int allReplicas) {
    }

    /** The article item the read replay assumes: about 10 KB, 1.5 read units eventually consistent. */
    static final int ITEM_BYTES = 10 * 1024;

    /**
     * What the write replay measured; {@code logItemsPerMinute} and {@code articlesPerMinute} are those of the first
     * whole minute (the items the rollup reads for it, and the totals it writes after it), 0 if the replay is
     * shorter than a minute.
     */
    record Result(long views, int articles, double topShare, int topSpread, long maxLogKeyPerSecond,
                  String hottestLogKey, long writes, long logItemsPerMinute, long articlesPerMinute) {
    }

    public static void main(String[] args) {
        long views = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        double exponent = args.length > 2 ? Double.parseDouble(args[2]) : 1.1;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        int partitions = args.length > 4 ? Integer.parseInt(args[4]) : Settings.DEFAULT_VIEW_LOG_PARTITIONS;
        int instances = args.length > 5 ? Integer.parseInt(args[5]) : 5_000;
        long cacheMillis = args.length > 6 ? Long.parseLong(args[6]) : Settings.DEFAULT_HOT_READ_CACHE.toMillis();
        Result r = run(views, articles, exponent, rate, partitions, 42);
        System.out.printf("views %,d over %,d articles, Zipf(%.2f), %,d views/s, %d view-log partitions%n",
                r.views(), r.articles(), exponent, rate, partitions);
        System.out.printf("most read article's share of views: %.1f%% (%,.0f views/s), spread over %d slices%n",
                100 * r.topShare(), r.topShare() * rate, r.topSpread());
        System.out.printf("highest writes/s on one view-log key: %,d (%s)%n", r.maxLogKeyPerSecond(),
                r.hottestLogKey());
        System.out.printf("writes per view: %.2f; the table has no index, so no index partition takes writes%n",
                (double) r.writes() / r.views());
        System.out.printf("limit per partition key: 1,000 writes/s -> %s%n",
                r.maxLogKeyPerSecond() < 1000 ? "under" : "OVER");
        System.out.printf("view-log items a minute leaves for the rollup: %,d; articles viewed in it (totals the "
                + "rollup writes after it): %,d%n", r.logItemsPerMinute(), r.articlesPerMinute());
        for (boolean replicas : new boolean[]{false, true}) {
            Reads reads = reads(views, articles, exponent, rate, instances, cacheMillis, replicas, 42);
            System.out.printf("%,d instances, each reusing a story's item and total for %,d ms, %s:%n", instances,
                    cacheMillis, replicas ? "hot stories read from read replicas (" + reads.allReplicas()
                            + " copies of 10 KB items, " + reads.topReplicas() + " of the top story)" : "no read replicas");
            System.out.printf("highest reads/s on one key: %,d (%s)%n", reads.maxKeyReadsPerSecond(),
                    reads.hottestKey());
            System.out.printf("refreshes of the %d most read stories: %,d (%.3f a view)%n", READ_STORIES,
                    reads.reads(), (double) reads.reads() / views);
            System.out.printf("limit per partition key: 3,000 read units/s (a 4 KB consistent read) -> %s%n",
                    reads.maxKeyReadsPerSecond() < 3000 ? "under" : "OVER");
        }
    }

    static Result run(long views, int articles, double exponent, int rate, int partitions, long seed) {
        double[] cdf = zipfCdf(articles, exponent);
        int[] spread = new int[articles];
        for (int k = 0; k < articles; k++) {
            spread[k] = ViewCounter.spreadFor((cdf[k] - (k == 0 ? 0 : cdf[k - 1])) * rate, partitions);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Long> logThisSecond = new HashMap<>();
        Set<String> itemsThisMinute = new HashSet<>();
        Set<Integer> articlesThisMinute = new HashSet<>();
        long itemsPerMinute = 0, articlesPerMinute = 0;
        long maxLog = 0;
        String hottestLog = "";
        long topViews = 0;
        long writes = 0;
        for (long v = 0; v < views; v++) {
            if (v > 0 && v % rate == 0) { // a second of traffic has gone by
                var l = max(logThisSecond);
                if (l.getValue() > maxLog) { maxLog = l.getValue(); hottestLog = l.getKey(); }
                logThisSecond.clear();
            }
            if (v == 60L * rate) { // the first minute is over: what the rollup reads of it
                itemsPerMinute = itemsThisMinute.size();
                articlesPerMinute = articlesThisMinute.size();
                itemsThisMinute = null;
            }
            int rank = rank(cdf, random.nextDouble());
            if (rank == 0) topViews++;
            String slug = "article-" + rank;
            String key = ViewCounter.logKey(slug, spread[rank], partitions, random);
            logThisSecond.merge(key, 1L, Long::sum);
            if (itemsThisMinute != null) {
                itemsThisMinute.add(key + "|" + slug); // one item per (partition, minute, article)
                articlesThisMinute.add(rank);
            }
            writes++;
        }
        var l = max(logThisSecond);
        if (l.getValue() > maxLog) { maxLog = l.getValue(); hottestLog = l.getKey(); }
        return new Result(views, articles, (double) topViews / views, spread[0], maxLog, hottestLog, writes,
                itemsPerMinute, articlesPerMinute);
    }

    /** Stories whose reads are replayed: past them a story has fewer views/s than the top one has reads/s. */
    static final int READ_STORIES = 100;

    /**
     * Replays the reads of {@code views} views served by {@code instances} instances that each reuse a story's
     * item and total for {@code cacheMillis}; one refresh is one read of the item and one of the total, or with
     * {@code replicas} one read of a random copy for a story that has copies. Only the {@link #READ_STORIES} most
     * read stories are followed (a key's reads/s never exceed its story's views/s, and the 100th story's views/s
     * are a fraction of the top one's reads/s). The replay starts in steady state: each instance last read each
     * story at a random moment of the lifetime before the first view (instances started at different times), not
     * all at once as a cold start would.
     */
    static Reads reads(long views, int articles, double exponent, int rate, int instances, long cacheMillis,
                       boolean replicas, long seed) {
        double[] cdf = zipfCdf(articles, exponent);
        int[] copies = new int[READ_STORIES];
        for (int k = 0; k < READ_STORIES && k < articles; k++) {
            double share = cdf[k] - (k == 0 ? 0 : cdf[k - 1]);
            copies[k] = replicas ? ViewCounter.replicasFor(share * rate, ITEM_BYTES) : 0;
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] lastRead = new long[READ_STORIES * instances]; // (story, instance) -> when it last read it, in ms
        for (int slot = 0; slot < lastRead.length; slot++) lastRead[slot] = -random.nextLong(Math.max(1, cacheMillis));
        long[][] thisSecond = new long[READ_STORIES][]; // per story, per key: its item and total (0), or its copies
        for (int k = 0; k < READ_STORIES; k++) thisSecond[k] = new long[Math.max(1, copies[k])];
        long max = 0, reads = 0;
        String hottest = "-";
        for (long v = 0; v <= views; v++) {
            if (v > 0 && v % rate == 0) { // a second of traffic has gone by
                for (int story = 0; story < READ_STORIES; story++) {
                    for (int key = 0; key < thisSecond[story].length; key++) {
                        if (thisSecond[story][key] > max) {
                            max = thisSecond[story][key];
                            hottest = copies[story] > 0 ? "replica " + key + " of article-" + story
                                    : "item and total of article-" + story;
                        }
                        thisSecond[story][key] = 0;
                    }
                }
            }
            if (v == views) break;
            long nowMillis = v * 1000 / rate;
            int rank = rank(cdf, random.nextDouble());
            int instance = random.nextInt(instances);
            if (rank >= READ_STORIES) continue;
            int slot = rank * instances + instance;
            if (nowMillis - lastRead[slot] >= cacheMillis) {
                lastRead[slot] = nowMillis;
                thisSecond[rank][copies[rank] > 0 ? random.nextInt(copies[rank]) : 0]++;
                reads++;
            }
        }
        return new Reads(instances, cacheMillis, max, hottest, reads, copies[0], IntStream.of(copies).sum());
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
