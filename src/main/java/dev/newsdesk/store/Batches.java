package dev.newsdesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchGetItem and BatchWriteItem done right: requests of DynamoDB's largest size, and what it leaves
 * unprocessed (throttling) sent again after an exponential back-off.
 */
public final class Batches {

    public static final int MAX_GET_KEYS = 100;
    static final int MAX_WRITES = 25;
    private static final int MAX_ATTEMPTS = 8;

    private Batches() {
    }

    /**
     * The items found for {@code keys} (missing ones are simply absent), read strongly consistent if asked, with
     * only {@code projection}'s attributes if it is not null.
     */
    public static List<Map<String, AttributeValue>> get(DynamoDbClient dynamo, String table,
                                                        List<Map<String, AttributeValue>> keys,
                                                        boolean consistent, String projection) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += MAX_GET_KEYS) {
            KeysAndAttributes.Builder request = KeysAndAttributes.builder()
                    .keys(keys.subList(i, Math.min(keys.size(), i + MAX_GET_KEYS))).consistentRead(consistent);
            if (projection != null) request.projectionExpression(projection);
            Map<String, KeysAndAttributes> pending = Map.of(table, request.build());
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                pauseBefore(attempt, "keys of a BatchGetItem");
                Map<String, KeysAndAttributes> ask = pending;
                BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(ask));
                items.addAll(response.responses().getOrDefault(table, List.of()));
                pending = response.unprocessedKeys();
            }
        }
        return items;
    }

    /** Applies {@code writes} (puts and deletes), 25 a request. */
    public static void write(DynamoDbClient dynamo, String table, List<WriteRequest> writes) {
        for (int i = 0; i < writes.size(); i += MAX_WRITES) {
            List<WriteRequest> pending = writes.subList(i, Math.min(writes.size(), i + MAX_WRITES));
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                pauseBefore(attempt, "writes of a BatchWriteItem");
                List<WriteRequest> batch = pending;
                pending = dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, batch)))
                        .unprocessedItems().getOrDefault(table, List.of());
            }
        }
    }

    /** Nothing before the first attempt; an exponential back-off before the others; a failure past the last. */
    private static void pauseBefore(int attempt, String what) {
        if (attempt == 1) return;
        if (attempt > MAX_ATTEMPTS) {
            throw new IllegalStateException("DynamoDB kept leaving " + what + " unprocessed");
        }
        try {
            Thread.sleep(10L << Math.min(attempt, 8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}
