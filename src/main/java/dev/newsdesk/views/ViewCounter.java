package dev.newsdesk.views;

import dev.newsdesk.ReadCache;
import dev.newsdesk.article.Article;
import dev.newsdesk.store.ArticleReplicas;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Counts views and answers view counts. A view is one atomic {@code ADD} to the {@link ViewLog} (no
 * read-modify-write, and no key of its own story: the log spreads a story over as many slices as its rate needs).
 * An article's count is its {@link ViewTotals total}, one item the rollup writes as it folds the log, plus the
 * views this instance counted since the minute that total was folded through ({@link OwnViews}): a reader always
 * sees its own view, one instance answers exact counts, and other instances' views show once the rollup has
 * folded them (within about a minute and a quarter while it keeps up). A story hot enough to have read replicas
 * ({@link ReadReplicas}) has its total, and its article ({@link #hotCopy}), read from one of them at random.
 */
public final class ViewCounter {

    private final ViewLog log;
    private final ViewTotals stored;
    private final WritePicker picker;
    private final OwnViews own = new OwnViews();
    private final ReadReplicas replicas;
    /**
     * Runs the rollup's reads of the view log's partitions and its writes of totals side by side; the SDK's sync
     * client is thread-safe.
     */
    private final ExecutorService parallel = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "view-counter");
        t.setDaemon(true);
        return t;
    });

    /** Per slug, its total as last read; reused for {@code hotReadCache} (Settings). */
    private final ReadCache<String, ViewTotals.Total> totals;

    public ViewCounter(DynamoDbClient dynamo, String table, int logPartitions, Duration hotReadCache) {
        this(dynamo, table, logPartitions, hotReadCache, WritePicker.seeded());
    }

    /** With the picker that spreads the writes (a test gives two counters pickers seeded alike). */
    public ViewCounter(DynamoDbClient dynamo, String table, int logPartitions, Duration hotReadCache,
                       WritePicker picker) {
        this.picker = picker;
        this.log = new ViewLog(dynamo, table, logPartitions, picker, parallel);
        this.stored = new ViewTotals(dynamo, table, parallel);
        this.replicas = new ReadReplicas(new ArticleReplicas(dynamo, table), picker);
        this.totals = new ReadCache<>(hotReadCache);
    }

    /**
     * After a SnapStart restore: a new seed for the view-log slices, and no totals or own views kept from before
     * the snapshot (their age, measured on a clock that did not run while the snapshot was stored, would be wrong).
     */
    public void restored() {
        picker.reseed();
        totals.clear();
        own.clear();
        replicas.clear();
    }

    ViewLog log() {
        return log;
    }

    ViewTotals stored() {
        return stored;
    }

    ReadReplicas replicas() {
        return replicas;
    }

    /**
     * A hot story's article from one of its read replicas, when this instance knows it has some (its total, in the
     * copy, is kept as a read of the total would be): empty when it has none, or this instance does not know yet
     * (read the article item); empty inside when the article was deleted.
     */
    public Optional<Optional<Article>> hotCopy(String slug, Instant now) {
        return replicas.read(slug, now).map(copy -> {
            totals.put(slug, ViewTotals.of(copy.item()));
            return copy.article();
        });
    }

    /**
     * Counts one view of the article at {@code at} and returns its views, this one included. Title and section go
     * with the view into the rankings.
     */
    public long count(String slug, String title, String section, Instant at) {
        ViewTotals.Total total = totals.get(slug, one -> readOne(one, false, at));
        log.record(slug, total.spread(), title, section, at);
        own.add(slug, at.truncatedTo(ChronoUnit.MINUTES));
        return total.views() + own.after(slug, total.through());
    }

    /** The partition key of the view-log slice a view of {@code slug}, spread over {@code spread}, writes to. */
    public static String logKey(String slug, int spread, int partitions, RandomGenerator random) {
        return ViewLog.partitionKey(slug, random.nextInt(Math.min(spread, partitions)), partitions);
    }

    /** How many read replicas the rollup gives a story read {@code viewsPerSecond} times a second (0: none). */
    public static int replicasFor(double viewsPerSecond, int itemBytes) {
        return ReadReplicas.copiesFor(viewsPerSecond, itemBytes);
    }

    /** How many view-log slices the rollup gives a story read {@code viewsPerSecond} times a second. */
    public static int spreadFor(double viewsPerSecond, int partitions) {
        return ViewTotals.spreadFor(viewsPerSecond, partitions);
    }

    /** The views of each slug: one key each (strongly consistent), plus this instance's own recent views. */
    public Map<String, Long> totals(List<String> slugs) {
        return totals(slugs, true);
    }

    /**
     * The views of each slug for a list page: one key each, eventually consistent (half the read units; the total
     * moves once a minute anyway), plus this instance's own recent views.
     */
    public Map<String, Long> totalsForListing(List<String> slugs) {
        return totals(slugs, false);
    }

    private Map<String, Long> totals(List<String> slugs, boolean consistent) {
        Map<String, ViewTotals.Total> found = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String slug : slugs) {
            ViewTotals.Total cached = totals.fresh(slug);
            if (cached != null) found.put(slug, cached);
            else unknown.add(slug);
        }
        if (!unknown.isEmpty()) {
            stored.read(unknown, consistent).forEach((slug, total) -> {
                totals.put(slug, total); // only what was just read: a reuse must not make the entry live longer
                found.put(slug, total);
                replicas.learn(slug, total.replicas());
            });
        }
        Map<String, Long> views = new HashMap<>();
        found.forEach((slug, total) -> views.put(slug, total.views() + own.after(slug, total.through())));
        return views;
    }

    public long total(String slug) {
        return totals(List.of(slug)).get(slug);
    }

    /**
     * The views of one article for a read that counts none (a HEAD, a bot, a repeat): as {@link #total(String)}, but
     * a hot story's total comes from one of its read replicas, as its article does.
     */
    public long total(String slug, Instant now) {
        ViewTotals.Total total = totals.get(slug, one -> readOne(one, true, now));
        return total.views() + own.after(slug, total.through());
    }

    /** One story's total: from a random read replica when it has some, else from its own key (then learnt). */
    private ViewTotals.Total readOne(String slug, boolean consistent, Instant now) {
        Optional<ArticleReplicas.Copy> copy = replicas.read(slug, now);
        if (copy.isPresent()) return ViewTotals.of(copy.get().item());
        ViewTotals.Total total = stored.read(List.of(slug), consistent).get(slug);
        replicas.learn(slug, total.replicas());
        return total;
    }

    /** Waits for {@code future}; its failure is rethrown as it was (an SdkException stays one). */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }
}
