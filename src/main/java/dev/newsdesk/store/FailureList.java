package dev.newsdesk.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The recent-failures listing ({@code FAILURES} partition, docs/data-model.md): one entry per upload whose status
 * is FAILED, newest first, so that an editor finds what went wrong without a Scan. Only {@link UploadLog} writes it,
 * next to the status itself; without transactions the two can disagree after a crash, so the listing is an index
 * to check against the status items, never the truth.
 */
final class FailureList {

    private final DynamoDbClient dynamo;
    private final String table;

    FailureList(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    void add(UploadStatus failed) {
        Map<String, AttributeValue> item = new HashMap<>(Attr.key(Keys.failures(),
                Keys.failureSortKey(failed.updatedAt(), failed.bucket(), failed.key())));
        item.put("bucket", Attr.s(failed.bucket()));
        item.put("key", Attr.s(failed.key()));
        item.put("updatedAt", Attr.s(failed.updatedAt()));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    void remove(String updatedAt, String bucket, String key) {
        dynamo.deleteItem(b -> b.tableName(table)
                .key(Attr.key(Keys.failures(), Keys.failureSortKey(updatedAt, bucket, key))));
    }

    /** An entry of the listing: which upload, and the status time it was written for. */
    record Entry(String bucket, String key, String updatedAt) {
    }

    /**
     * Entries newest first, read a page at a time until {@code accept} has taken {@code limit} of them or the
     * listing ends; {@code accept} says whether an entry still stands (its status is that failure).
     */
    List<Entry> newest(int limit, java.util.function.Predicate<Entry> accept) {
        List<Entry> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamo.query(b -> b.tableName(table)
                    .keyConditionExpression("#pk = :pk")
                    .expressionAttributeNames(Map.of("#pk", Table.PK))
                    .expressionAttributeValues(Map.of(":pk", Attr.s(Keys.failures())))
                    .scanIndexForward(false)
                    .limit(Math.min(100, limit + 10))
                    .exclusiveStartKey(from));
            for (Map<String, AttributeValue> item : page.items()) {
                Entry entry = new Entry(Attr.string(item, "bucket"), Attr.string(item, "key"),
                        Attr.string(item, "updatedAt"));
                if (accept.test(entry)) {
                    out.add(entry);
                    if (out.size() == limit) return out;
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }
}
