package dev.newsdesk.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * View counters. A view is two atomic {@code ADD}s (no read-modify-write): one to an all-time counter and one
 * to the counter of the current hour, both in a shard picked at random, so that a story read thousands of
 * times a second spreads its writes over {@link #SHARDS} partitions instead of overrunning one.
 */
public final class ViewCounter {

    /** A partition takes 1,000 writes/s; 16 shards carry a single article at up to ~16,000 views/s. */
    public static final int SHARDS = 16;

    static final String TOTAL = "TOTAL";
    private static final String VIEWS = "views";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);
    private static final int BATCH_GET = 100;

    private final DynamoDbClient dynamo;
    private final String table;

    public ViewCounter(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Counts one view of {@code slug} at {@code at}. */
    public void count(String slug, Instant at) {
        String pk = Keys.views(slug, ThreadLocalRandom.current().nextInt(SHARDS));
        add(pk, TOTAL);
        add(pk, hourKey(at));
    }

    /** All-time views of each slug (exact: strongly consistent reads of every shard). */
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

    /** Views of {@code slug} in the hours from {@code from} to {@code to}, both included. */
    public long between(String slug, Instant from, Instant to) {
        long sum = 0;
        for (int shard = 0; shard < SHARDS; shard++) {
            String pk = Keys.views(slug, shard);
            var pages = dynamo.queryPaginator(b -> b.tableName(table)
                    .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                    .expressionAttributeValues(Map.of(":pk", Attr.s(pk), ":from", Attr.s(hourKey(from)),
                            ":to", Attr.s(hourKey(to))))
                    .projectionExpression("#views")
                    .expressionAttributeNames(Map.of("#views", VIEWS)));
            for (Map<String, AttributeValue> item : pages.items()) sum += Attr.number(item, VIEWS);
        }
        return sum;
    }

    static String hourKey(Instant at) {
        return "H#" + HOUR.format(at);
    }

    private void add(String pk, String sk) {
        dynamo.updateItem(b -> b.tableName(table).key(Attr.key(pk, sk))
                .updateExpression("ADD #views :one")
                .expressionAttributeNames(Map.of("#views", VIEWS))
                .expressionAttributeValues(Map.of(":one", Attr.n(1))));
    }

    private void batchGet(List<Map<String, AttributeValue>> keys,
                          java.util.function.Consumer<Map<String, AttributeValue>> action) {
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
