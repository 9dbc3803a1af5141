package dev.newsdesk.views;

import dev.newsdesk.ReadCache;
import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Batches;
import dev.newsdesk.store.Keys;
import dev.newsdesk.store.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Counts views. A view is two atomic {@code ADD}s and no read-modify-write: one to the article's all-time
 * counter, in one of {@link #SHARDS} shards picked at random so that a story read thousands of times a second
 * spreads over that many partitions, and one to the {@link ViewLog} that the rankings are folded from.
 * The two writes and the read of the other shards go out at once: counting a view costs one round trip.
 */
public final class ViewCounter {

    /** A partition takes 1,000 writes/s: 32 shards carry one story at up to 32,000 views/s. */
    public static final int SHARDS = 32;

    static final String TOTAL = "TOTAL";
    private static final String VIEWS = "views";

    private final DynamoDbClient dynamo;
    private final String table;
    private final ViewLog log;
    private final WritePicker picker;
    /**
     * Runs the requests of one view side by side, and the rollup's reads of the view log's partitions; the SDK's
     * sync client is thread-safe.
     */
    private final ExecutorService parallel = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "view-counter");
        t.setDaemon(true);
        return t;
    });

    /** Per slug, the views of each shard as last read; reused for {@code hotReadCache} (Settings). */
    private final ReadCache<String, long[]> shards;

    public ViewCounter(DynamoDbClient dynamo, String table, int logPartitions, Duration hotReadCache) {
        this(dynamo, table, logPartitions, hotReadCache, WritePicker.seeded());
    }

    /** With the picker that spreads the writes (a test gives two counters pickers seeded alike). */
    public ViewCounter(DynamoDbClient dynamo, String table, int logPartitions, Duration hotReadCache,
                       WritePicker picker) {
        this.dynamo = dynamo;
        this.table = table;
        this.picker = picker;
        this.log = new ViewLog(dynamo, table, logPartitions, picker, parallel);
        this.shards = new ReadCache<>(hotReadCache);
    }

    /**
     * After a SnapStart restore: a new seed for the shards and partitions, and no counts kept from before the
     * snapshot (their age, measured on a clock that did not run while the snapshot was stored, would be wrong).
     */
    public void restored() {
        picker.reseed();
        shards.clear();
    }

    ViewLog log() {
        return log;
    }

    /**
     * Counts one view of the article at {@code at} and returns its all-time views, this one included. Title and
     * section go with the view into the rankings.
     */
    public long count(String slug, String title, String section, Instant at) {
        int shard = picker.pick(SHARDS);
        CompletableFuture<long[]> all = async(() -> shards.get(slug, one -> readShards(List.of(one), true).get(one)));
        CompletableFuture<Void> logged = async(() -> {
            log.record(slug, title, section, at);
            return null;
        });
        long mine = Attr.number(dynamo.updateItem(b -> b.tableName(table)
                .key(Attr.key(Keys.views(slug, shard), TOTAL))
                .updateExpression("ADD #views :one")
                .expressionAttributeNames(Map.of("#views", VIEWS))
                .expressionAttributeValues(Map.of(":one", Attr.n(1)))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes(), VIEWS);
        // This shard's value is the one the ADD returned; the others' as read beside it (or shortly before).
        long[] views = join(all);
        long total = mine + java.util.Arrays.stream(views).sum() - views[shard];
        // The shards may have been read before this ADD landed: what is kept must not miss this view.
        shards.update(slug, kept -> {
            long[] copy = kept.clone();
            copy[shard] = Math.max(copy[shard], mine);
            return copy;
        });
        join(logged);
        return total;
    }

    /** The partition key of the all-time counter shard a view writes to (the scale bench uses it too). */
    public static String totalKey(String slug, RandomGenerator random) {
        return Keys.views(slug, random.nextInt(SHARDS));
    }

    /** The partition key of the view-log partition a view writes to, with {@code partitions} of them. */
    public static String logKey(int partitions, RandomGenerator random) {
        return ViewLog.partitionKey(partitions, random);
    }

    /**
     * All-time views of each slug, from strongly consistent reads of every shard: exact, but for what the
     * instance cache reuses for up to its lifetime (which a list may have filled with eventually consistent reads).
     */
    public Map<String, Long> totals(List<String> slugs) {
        return totals(slugs, true);
    }

    /**
     * All-time views of each slug for a list page, from eventually consistent reads: half the read capacity of
     * {@link #totals} for the 32 shards of each listed article, at the price of missing views of the last moment
     * (a list is cached for seconds by its clients anyway).
     */
    public Map<String, Long> totalsForListing(List<String> slugs) {
        return totals(slugs, false);
    }

    private Map<String, Long> totals(List<String> slugs, boolean consistent) {
        Map<String, long[]> views = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String slug : slugs) {
            long[] cached = shards.fresh(slug);
            if (cached != null) views.put(slug, cached);
            else unknown.add(slug);
        }
        readShards(unknown, consistent).forEach((slug, perShard) -> {
            shards.put(slug, perShard); // only what was just read: a reuse must not make the entry live longer
            views.put(slug, perShard);
        });
        Map<String, Long> totals = new HashMap<>();
        views.forEach((slug, perShard) -> totals.put(slug, java.util.Arrays.stream(perShard).sum()));
        return totals;
    }

    public long total(String slug) {
        return totals(List.of(slug)).get(slug);
    }

    /** The views in each shard of each slug; batches of keys go out side by side. */
    private Map<String, long[]> readShards(List<String> slugs, boolean consistent) {
        Map<String, long[]> views = new HashMap<>();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (String slug : slugs) {
            views.put(slug, new long[SHARDS]);
            for (int shard = 0; shard < SHARDS; shard++) keys.add(Attr.key(Keys.views(slug, shard), TOTAL));
        }
        List<CompletableFuture<List<Map<String, AttributeValue>>>> batches = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += Batches.MAX_GET_KEYS) {
            List<Map<String, AttributeValue>> batch = keys.subList(i, Math.min(keys.size(), i + Batches.MAX_GET_KEYS));
            // One batch (one slug's shards) is read on the calling thread: no hand-off for the common case.
            batches.add(keys.size() <= Batches.MAX_GET_KEYS
                    ? CompletableFuture.completedFuture(batchGet(batch, consistent))
                    : async(() -> batchGet(batch, consistent)));
        }
        for (var batch : batches) {
            for (Map<String, AttributeValue> item : join(batch)) {
                String pk = Attr.string(item, Table.PK);
                views.get(Keys.slugOfViews(pk))[Keys.shardOfViews(pk)] = Attr.number(item, VIEWS);
            }
        }
        return views;
    }

    private List<Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys, boolean consistent) {
        return Batches.get(dynamo, table, keys, consistent, null);
    }

    private <T> CompletableFuture<T> async(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, parallel);
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
