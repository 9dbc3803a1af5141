package dev.newsdesk.views;

import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Keys;
import dev.newsdesk.store.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
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
    private static final int BATCH_GET = 100;

    private final DynamoDbClient dynamo;
    private final String table;
    private final ViewLog log;
    /** Runs the requests of one view side by side; the SDK's sync client is thread-safe. */
    private final ExecutorService parallel = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "view-counter");
        t.setDaemon(true);
        return t;
    });

    public ViewCounter(DynamoDbClient dynamo, String table, int logPartitions) {
        this.dynamo = dynamo;
        this.table = table;
        this.log = new ViewLog(dynamo, table, logPartitions);
    }

    ViewLog log() {
        return log;
    }

    /**
     * Counts one view of the article at {@code at} and returns its all-time views, this one included. Title and
     * section go with the view into the rankings.
     */
    public long count(String slug, String title, String section, Instant at) {
        int shard = ThreadLocalRandom.current().nextInt(SHARDS);
        CompletableFuture<Long> others = async(() -> sum(slug, shard));
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
        long total = mine + join(others);
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

    /** All-time views of each slug: exact, from strongly consistent reads of every shard. */
    public Map<String, Long> totals(List<String> slugs) {
        Map<String, Long> totals = new HashMap<>();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (String slug : slugs) {
            totals.put(slug, 0L);
            for (int shard = 0; shard < SHARDS; shard++) keys.add(Attr.key(Keys.views(slug, shard), TOTAL));
        }
        List<CompletableFuture<List<Map<String, AttributeValue>>>> batches = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += BATCH_GET) {
            List<Map<String, AttributeValue>> batch = keys.subList(i, Math.min(keys.size(), i + BATCH_GET));
            batches.add(async(() -> batchGet(batch)));
        }
        for (var batch : batches) {
            for (Map<String, AttributeValue> item : join(batch)) {
                String pk = Attr.string(item, Table.PK);
                String slug = pk.substring("VIEWS#".length(), pk.lastIndexOf('#'));
                totals.merge(slug, Attr.number(item, VIEWS), Long::sum);
            }
        }
        return totals;
    }

    public long total(String slug) {
        return totals(List.of(slug)).get(slug);
    }

    /** The views in every shard of {@code slug} but {@code except}. */
    private long sum(String slug, int except) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            if (shard != except) keys.add(Attr.key(Keys.views(slug, shard), TOTAL));
        }
        return batchGet(keys).stream().mapToLong(item -> Attr.number(item, VIEWS)).sum();
    }

    private List<Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Consumer<Map<String, AttributeValue>> collect = items::add;
        Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys)
                .consistentRead(true).build());
        for (int attempt = 0; !request.isEmpty(); attempt++) {
            if (attempt > 8) throw new IllegalStateException("DynamoDB kept leaving counter reads unprocessed");
            Map<String, KeysAndAttributes> pending = request;
            var response = dynamo.batchGetItem(b -> b.requestItems(pending));
            response.responses().getOrDefault(table, List.of()).forEach(collect);
            request = response.unprocessedKeys();
        }
        return items;
    }

    private <T> CompletableFuture<T> async(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, parallel);
    }

    /** Waits for {@code future}; its failure is rethrown as it was (an SdkException stays one). */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }
}
