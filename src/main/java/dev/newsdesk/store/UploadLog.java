package dev.newsdesk.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** The status of each uploaded object (one item per key), written only forward in sequencer order. */
public final class UploadLog {

    private final DynamoDbClient dynamo;
    private final String table;

    public UploadLog(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public Optional<UploadStatus> find(String bucket, String key) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Attr.key(Keys.upload(bucket, key), Keys.SINGLE))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UploadStatus(bucket, key,
                UploadStatus.State.valueOf(Attr.string(item, "state")),
                Attr.string(item, "slug"), Attr.string(item, "reason"), Attr.string(item, "sequencer"),
                Attr.string(item, "firstPublishedAt"), Attr.string(item, "updatedAt")));
    }

    /**
     * Records {@code status} unless a status from a later event is already there (an equal sequencer re-applies,
     * so a retried event completes). Returns false when a later event has won.
     */
    public boolean record(UploadStatus status) {
        Map<String, AttributeValue> item = new HashMap<>(Attr.key(Keys.upload(status.bucket(), status.key()),
                Keys.SINGLE));
        item.put("bucket", Attr.s(status.bucket()));
        item.put("key", Attr.s(status.key()));
        item.put("state", Attr.s(status.state().name()));
        item.put("sequencer", Attr.s(status.sequencer()));
        item.put("updatedAt", Attr.s(status.updatedAt()));
        if (status.slug() != null) item.put("slug", Attr.s(status.slug()));
        if (status.reason() != null) item.put("reason", Attr.s(status.reason()));
        if (status.firstPublishedAt() != null) item.put("firstPublishedAt", Attr.s(status.firstPublishedAt()));
        try {
            dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR sequencer <= :seq")
                    .expressionAttributeValues(Map.of(":seq", Attr.s(status.sequencer()))));
            return true;
        } catch (ConditionalCheckFailedException laterEventWon) {
            return false;
        }
    }
}
