package dev.newsdesk.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The status of each uploaded object (one item per key), written only forward in sequencer order; and the
 * listing of recent failures that goes with it. This is the one place that writes either.
 */
public final class UploadLog {

    private final DynamoDbClient dynamo;
    private final String table;
    private final FailureList failures;

    public UploadLog(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.failures = new FailureList(dynamo, table);
    }

    public Optional<UploadStatus> find(String bucket, String key) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Attr.key(Keys.upload(bucket, key), Keys.SINGLE))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(status(bucket, key, item));
    }

    /**
     * Records {@code status} unless a status from a later event is already there (an equal sequencer re-applies,
     * so a retried event completes). Returns false when a later event has won.
     *
     * <p>A failure is also entered in the recent-failures listing, before the status: a crash in between leaves
     * an entry that {@link #recentFailures} sees does not match the status and skips, never a failure missing from
     * the listing. A status that replaces a failure (published, deleted, or a newer failure) takes the old entry
     * out, after it is written.
     */
    public boolean record(UploadStatus status) {
        boolean failed = status.state() == UploadStatus.State.FAILED;
        if (failed) {
            failures.add(status);
        }
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
        if (status.fingerprint() != null) item.put("fingerprint", Attr.s(status.fingerprint()));
        Map<String, AttributeValue> old;
        try {
            old = dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR sequencer <= :seq")
                    .expressionAttributeValues(Map.of(":seq", Attr.s(status.sequencer())))
                    .returnValues(ReturnValue.ALL_OLD)).attributes();
        } catch (ConditionalCheckFailedException laterEventWon) {
            if (failed) {
                failures.remove(status.updatedAt(), status.bucket(), status.key());
            }
            return false;
        }
        String oldUpdatedAt = old == null ? null : Attr.string(old, "updatedAt");
        boolean oldFailed = old != null && UploadStatus.State.FAILED.name().equals(Attr.string(old, "state"));
        if (oldFailed && oldUpdatedAt != null && !(failed && oldUpdatedAt.equals(status.updatedAt()))) {
            failures.remove(oldUpdatedAt, status.bucket(), status.key());
        }
        return true;
    }

    /**
     * Moves a published status to a later event whose content parsed the same: one small UpdateItem, nothing else
     * (the article, its lists and {@code updatedAt} stay). The later sequencer must be recorded even so: an older
     * event that arrives afterwards (a deletion, or another version) must still be seen as older. Applies only if
     * the status is still exactly {@code current}; false if another event changed it meanwhile.
     */
    public boolean advance(UploadStatus current, String sequencer) {
        try {
            dynamo.updateItem(b -> b.tableName(table)
                    .key(Attr.key(Keys.upload(current.bucket(), current.key()), Keys.SINGLE))
                    .updateExpression("SET sequencer = :seq")
                    .conditionExpression("sequencer = :current AND #state = :published AND fingerprint = :fp")
                    .expressionAttributeNames(Map.of("#state", "state"))
                    .expressionAttributeValues(Map.of(":seq", Attr.s(sequencer),
                            ":current", Attr.s(current.sequencer()),
                            ":published", Attr.s(UploadStatus.State.PUBLISHED.name()),
                            ":fp", Attr.s(current.fingerprint()))));
            return true;
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            return false;
        }
    }

    /**
     * The most recent failed uploads, newest first, at most {@code limit}: one Query on the failures listing, and
     * one read of each entry's status to skip entries a crash left behind (docs/data-model.md).
     */
    public List<UploadStatus> recentFailures(int limit) {
        if (limit < 1) {
            return List.of();
        }
        // An entry stands only for the failure it was written for: the key's status must still be that one.
        Map<FailureList.Entry, UploadStatus> standing = new HashMap<>();
        List<FailureList.Entry> entries = failures.newest(limit, entry -> {
            Optional<UploadStatus> status = find(entry.bucket(), entry.key())
                    .filter(s -> s.state() == UploadStatus.State.FAILED && s.updatedAt().equals(entry.updatedAt()));
            status.ifPresent(s -> standing.put(entry, s));
            return status.isPresent();
        });
        return entries.stream().map(standing::get).toList();
    }

    private static UploadStatus status(String bucket, String key, Map<String, AttributeValue> item) {
        return new UploadStatus(bucket, key,
                UploadStatus.State.valueOf(Attr.string(item, "state")),
                Attr.string(item, "slug"), Attr.string(item, "reason"), Attr.string(item, "sequencer"),
                Attr.string(item, "firstPublishedAt"), Attr.string(item, "updatedAt"),
                Attr.string(item, "fingerprint"));
    }
}
