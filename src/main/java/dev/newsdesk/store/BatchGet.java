package dev.newsdesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** BatchGetItem done right: 100 keys a request, and what DynamoDB leaves unprocessed asked again after a pause. */
public final class BatchGet {

    public static final int MAX_KEYS = 100;
    private static final int MAX_ATTEMPTS = 8;

    private BatchGet() {
    }

    /**
     * The items found for {@code keys} (missing ones are simply absent), read strongly consistent if asked, with
     * only {@code projection}'s attributes if it is not null.
     */
    public static List<Map<String, AttributeValue>> items(DynamoDbClient dynamo, String table,
                                                          List<Map<String, AttributeValue>> keys,
                                                          boolean consistent, String projection) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += MAX_KEYS) {
            KeysAndAttributes.Builder request = KeysAndAttributes.builder()
                    .keys(keys.subList(i, Math.min(keys.size(), i + MAX_KEYS))).consistentRead(consistent);
            if (projection != null) request.projectionExpression(projection);
            Map<String, KeysAndAttributes> pending = Map.of(table, request.build());
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > MAX_ATTEMPTS) {
                    throw new IllegalStateException("DynamoDB kept leaving keys of a BatchGetItem unprocessed");
                }
                if (attempt > 1) pause(attempt);
                Map<String, KeysAndAttributes> ask = pending;
                BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(ask));
                items.addAll(response.responses().getOrDefault(table, List.of()));
                pending = response.unprocessedKeys();
            }
        }
        return items;
    }

    /** Exponential back-off, as DynamoDB asks for unprocessed keys (throttling). */
    static void pause(int attempt) {
        try {
            Thread.sleep(10L << Math.min(attempt, 8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}
