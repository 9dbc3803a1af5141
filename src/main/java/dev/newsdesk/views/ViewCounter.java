package dev.newsdesk.views;

import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Keys;
import dev.newsdesk.store.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Counts views. A view is two atomic {@code ADD}s and no read-modify-write: one to the article's all-time
 * counter, in one of {@link #SHARDS} shards picked at random so that a story read thousands of times a second
 * spreads over that many partitions, and one to the {@link ViewLog} that the rankings are folded from.
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

    public ViewCounter(DynamoDbClient dynamo, String table, int logPartitions) {
        this.dynamo = dynamo;
        this.table = table;
        this.log = new ViewLog(dynamo, table, logPartitions);
    }

    ViewLog log() {
        return log;
    }

    /** Counts one view of the article at {@code at}; title and section go with it into the rankings. */
    public void count(String slug, String title, String section, Instant at) {
        String pk = totalKey(slug, ThreadLocalRandom.current());
        dynamo.updateItem(b -> b.tableName(table).key(Attr.key(pk, TOTAL))
                .updateExpression("ADD #views :one")
                .expressionAttributeNames(Map.of("#views", VIEWS))
                .expressionAttributeValues(Map.of(":one", Attr.n(1))));
        log.record(slug, title, section, at);
    }

    /** The partition key of the all-time counter shard a view writes to (the scale simulation uses it too). */
    public static String totalKey(String slug, java.util.random.RandomGenerator random) {
        return Keys.views(slug, random.nextInt(SHARDS));
    }

    /** The partition key of the view-log partition a view writes to, with {@code partitions} of them. */
    public static String logKey(int partitions, java.util.random.RandomGenerator random) {
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
        for (int i = 0; i < keys.size(); i += BATCH_GET) {
            batchGet(keys.subList(i, Math.min(keys.size(), i + BATCH_GET)), item -> {
                String pk = Attr.string(item, Table.PK);
                String slug = pk.substring("VIEWS#".length(), pk.lastIndexOf('#'));
                totals.merge(slug, Attr.number(item, VIEWS), Long::sum);
            });
        }
        return totals;
    }

    public long total(String slug) {
        return totals(List.of(slug)).get(slug);
    }

    private void batchGet(List<Map<String, AttributeValue>> keys, Consumer<Map<String, AttributeValue>> action) {
        Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys)
                .consistentRead(true).build());
        for (int attempt = 0; !request.isEmpty(); attempt++) {
            if (attempt > 8) throw new IllegalStateException("DynamoDB kept leaving counter reads unprocessed");
            Map<String, KeysAndAttributes> pending = request;
            var response = dynamo.batchGetItem(b -> b.requestItems(pending));
            response.responses().getOrDefault(table, List.of()).forEach(action);
            request = response.unprocessedKeys();
        }
    }
}
