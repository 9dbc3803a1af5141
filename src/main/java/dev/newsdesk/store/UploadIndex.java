package dev.newsdesk.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The upload listings (docs/data-model.md): every upload's status newest first ({@code UPLOADS}), and the same per
 * state ({@code UPLOADS#published}, {@code UPLOADS#deleted}, {@code FAILURES}), and the uploads seen but not yet
 * ingested ({@code UPLOADS#pending}, each entry with the sequencer of its event), so that an editor's list is a
 * Query on one partition, never a Scan. Each entry names a status and the time it was recorded. Only {@link UploadLog}
 * writes them, next to the status itself; without transactions the two can disagree after a crash, so a listing
 * is an index to check against the status items, never the truth.
 */
final class UploadIndex {

    private final DynamoDbClient dynamo;
    private final String table;

    UploadIndex(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * An entry of a listing: which upload, and the time of the status it was written for (for a pending upload,
     * when ingest first saw it, and the sequencer of that event; else the sequencer is null).
     */
    record Entry(String bucket, String key, String updatedAt, String sequencer) {
        String sortKey() {
            return Keys.uploadSortKey(updatedAt, bucket, key);
        }
    }

    /** One Query's worth of a listing, and where the next one starts (null at the end). */
    record Slice(List<Entry> entries, Map<String, AttributeValue> next) {
    }

    /** Enters the status of {@code bucket/key}, {@code state} at {@code updatedAt}, in the listing of every upload and in its state's. */
    void add(String bucket, String key, UploadStatus.State state, String updatedAt) {
        Batches.write(dynamo, table, List.of(put(Keys.uploads(), bucket, key, updatedAt),
                put(Keys.uploadsIn(state), bucket, key, updatedAt)));
    }

    /** Enters the event {@code sequencer} of {@code bucket/key}, seen at {@code seenAt}, in the pending listing. */
    void addPending(String bucket, String key, String seenAt, String sequencer) {
        Map<String, AttributeValue> item = entry(Keys.uploadsPending(), bucket, key, seenAt);
        item.put(UploadLog.SEQUENCER, Attr.s(sequencer));
        Batches.write(dynamo, table, List.of(WriteRequest.builder()
                .putRequest(PutRequest.builder().item(item).build()).build()));
    }

    /** Takes the pending entry of {@code bucket/key} seen at {@code seenAt} out (its event was applied). */
    void removePending(String bucket, String key, String seenAt) {
        Batches.write(dynamo, table, List.of(pendingEntry(bucket, key, seenAt)));
    }

    private static WriteRequest pendingEntry(String bucket, String key, String seenAt) {
        return delete(Keys.uploadsPending(), Keys.uploadSortKey(seenAt, bucket, key));
    }

    /**
     * Takes out the entries of a status that was {@code state} at {@code updatedAt}, except those {@code kept} has;
     * and, in the same request, the pending entry of {@code bucket/key} seen at {@code settledSeenAt} (null: none).
     */
    void remove(String bucket, String key, UploadStatus.State state, String updatedAt, UploadStatus kept,
                String settledSeenAt) {
        String sortKey = Keys.uploadSortKey(updatedAt, bucket, key);
        boolean sameTime = kept != null && kept.updatedAt().equals(updatedAt);
        List<WriteRequest> deletes = new ArrayList<>();
        if (!sameTime) deletes.add(delete(Keys.uploads(), sortKey));
        if (!sameTime || kept.state() != state) deletes.add(delete(Keys.uploadsIn(state), sortKey));
        if (settledSeenAt != null) deletes.add(pendingEntry(bucket, key, settledSeenAt));
        Batches.write(dynamo, table, deletes);
    }

    /**
     * Up to {@code limit} entries of {@code partition}, newest first, from {@code start} (null: the newest), of
     * {@code bucket} (null: any) and keys that start with {@code prefix} (null: any). The filters apply after the
     * read: a page of other buckets' or prefixes' entries comes back empty, with {@link Slice#next} to go on.
     */
    Slice slice(String partition, Map<String, AttributeValue> start, int limit, String bucket, String prefix) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", Table.PK));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", Attr.s(partition)));
        List<String> filters = new ArrayList<>();
        if (bucket != null) {
            names.put("#bucket", UploadLog.BUCKET);
            values.put(":bucket", Attr.s(bucket));
            filters.add("#bucket = :bucket");
        }
        if (prefix != null) {
            names.put("#key", UploadLog.KEY);
            values.put(":prefix", Attr.s(prefix));
            filters.add("begins_with(#key, :prefix)");
        }
        QueryResponse page = dynamo.query(b -> {
            b.tableName(table)
                    .keyConditionExpression("#pk = :pk")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .scanIndexForward(false)
                    .limit(limit)
                    .exclusiveStartKey(start);
            if (!filters.isEmpty()) b.filterExpression(String.join(" AND ", filters));
        });
        List<Entry> entries = page.items().stream().map(item -> new Entry(Attr.string(item, UploadLog.BUCKET),
                Attr.string(item, UploadLog.KEY), Attr.string(item, UploadLog.UPDATED_AT), Attr.string(item, UploadLog.SEQUENCER))).toList();
        boolean more = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty();
        return new Slice(entries, more ? page.lastEvaluatedKey() : null);
    }

    private WriteRequest put(String partition, String bucket, String key, String updatedAt) {
        Map<String, AttributeValue> item = entry(partition, bucket, key, updatedAt);
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private static Map<String, AttributeValue> entry(String partition, String bucket, String key, String at) {
        Map<String, AttributeValue> item = new HashMap<>(Attr.key(partition, Keys.uploadSortKey(at, bucket, key)));
        item.put(UploadLog.BUCKET, Attr.s(bucket));
        item.put(UploadLog.KEY, Attr.s(key));
        item.put(UploadLog.UPDATED_AT, Attr.s(at));
        return item;
    }

    private static WriteRequest delete(String partition, String sortKey) {
        return WriteRequest.builder()
                .deleteRequest(DeleteRequest.builder().key(Attr.key(partition, sortKey)).build()).build();
    }
}
