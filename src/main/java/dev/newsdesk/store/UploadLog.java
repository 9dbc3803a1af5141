package dev.newsdesk.store;

import dev.newsdesk.InParallel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The status of each uploaded object (one item per key), written only forward in sequencer order; and the
 * listings of uploads (every one, and per state, failures included) that go with it. This is the one place that
 * writes either.
 */
public final class UploadLog {

    private static final String LISTED = "listed";
    // The status item's attributes (the index entries UploadIndex writes share the first four).
    static final String BUCKET = "bucket";
    static final String KEY = "key";
    static final String UPDATED_AT = "updatedAt";
    static final String SEQUENCER = "sequencer";
    private static final String STATE = "state";
    private static final String SLUG = "slug";
    private static final String TITLE = "title";
    private static final String REASON = "reason";
    private static final String FIRST_PUBLISHED_AT = "firstPublishedAt";
    private static final String FINGERPRINT = "fingerprint";

    private final DynamoDbClient dynamo;
    private final String table;
    private final UploadIndex index;

    public UploadLog(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.index = new UploadIndex(dynamo, table);
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
     * <p>The status is also entered in the upload listings, before the status: a crash in between leaves an
     * entry that {@link #list} sees does not match the status and skips, never a status missing from them. The
     * entries of the status it replaces are taken out after it is written.
     */
    public boolean record(UploadStatus status) {
        return record(status, null);
    }

    /**
     * {@link #record}, settling the event {@link #seen} at {@code settles} (null: none) as {@link #settled} would, in
     * the request that takes out the replaced (or withdrawn) status's entries: one round trip less.
     */
    public boolean record(UploadStatus status, String settles) {
        enter(status.bucket(), status.key(), status.state(), status.updatedAt());
        return recordEntered(status, settles);
    }

    /**
     * Enters the status that {@code bucket/key} is to have, {@code state} at {@code updatedAt}, in the upload
     * listings, the first half of {@link #record}: a caller may send it beside the writes the status will report,
     * since until the status is recorded the entries stand for nothing ({@link #list} checks them against it).
     * {@link #recordEntered} records the status; {@link #withdraw} takes the entries out if it never will be.
     */
    public void enter(String bucket, String key, UploadStatus.State state, String updatedAt) {
        index.add(bucket, key, state, updatedAt);
    }

    /** Takes out the entries {@link #enter} made for a status that is not going to be recorded. */
    public void withdraw(String bucket, String key, UploadStatus.State state, String updatedAt) {
        index.remove(bucket, key, state, updatedAt, null, null);
    }

    /** {@link #record} for a status whose entries {@link #enter} has made. */
    public boolean recordEntered(UploadStatus status) {
        return recordEntered(status, null);
    }

    /** {@link #record(UploadStatus, String)} for a status whose entries {@link #enter} has made. */
    public boolean recordEntered(UploadStatus status, String settles) {
        return recordEntered(status, settles, () -> { });
    }

    /**
     * {@link #recordEntered(UploadStatus, String)}, then {@code onceRecorded} beside the listing request that
     * follows the status (whether it was recorded or a later event's stood): for what may only go once no retry of
     * the event can apply it again.
     */
    public boolean recordEntered(UploadStatus status, String settles, Runnable onceRecorded) {
        Map<String, AttributeValue> item = new HashMap<>(Attr.key(Keys.upload(status.bucket(), status.key()),
                Keys.SINGLE));
        item.put(BUCKET, Attr.s(status.bucket()));
        item.put(KEY, Attr.s(status.key()));
        item.put(STATE, Attr.s(status.state().name()));
        item.put(SEQUENCER, Attr.s(status.sequencer()));
        item.put(UPDATED_AT, Attr.s(status.updatedAt()));
        if (status.slug() != null) item.put(SLUG, Attr.s(status.slug()));
        if (status.title() != null) item.put(TITLE, Attr.s(status.title()));
        if (status.reason() != null) item.put(REASON, Attr.s(status.reason()));
        if (status.firstPublishedAt() != null) item.put(FIRST_PUBLISHED_AT, Attr.s(status.firstPublishedAt()));
        if (status.fingerprint() != null) item.put(FINGERPRINT, Attr.s(status.fingerprint()));
        if (status.listed() != null) item.put(LISTED, status.listed().attribute());
        Map<String, AttributeValue> old;
        try {
            old = dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR sequencer <= :seq")
                    .expressionAttributeValues(Map.of(":seq", Attr.s(status.sequencer())))
                    .returnValues(ReturnValue.ALL_OLD)).attributes();
        } catch (ConditionalCheckFailedException laterEventWon) {
            InParallel.run(() -> index.remove(status.bucket(), status.key(), status.state(), status.updatedAt(),
                    null, settles), onceRecorded);
            return false;
        }
        if (old != null && !old.isEmpty() && Attr.string(old, UPDATED_AT) != null) {
            InParallel.run(() -> index.remove(status.bucket(), status.key(),
                    UploadStatus.State.valueOf(Attr.string(old, STATE)), Attr.string(old, UPDATED_AT), status,
                    settles), onceRecorded);
        } else if (settles != null) {
            InParallel.run(() -> settled(status.bucket(), status.key(), settles), onceRecorded);
        } else {
            onceRecorded.run();
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
                    .expressionAttributeNames(Map.of("#state", STATE))
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
     * One page of upload statuses, newest first: Queries on the query's listing, and one consistent BatchGetItem of
     * the statuses each returns, to skip entries a crash left behind or a newer status replaced
     * (docs/data-model.md).
     *
     * @throws InvalidCursorException if the cursor is not one this listing handed out
     */
    public Page<UploadStatus> list(UploadQuery query) {
        if (query.pending()) throw new IllegalArgumentException("pending uploads are listed by pending()");
        return page(query, entries -> standing(entries, query.state()),
                s -> Keys.uploadSortKey(s.updatedAt(), s.bucket(), s.key()));
    }

    /**
     * Enters the event {@code sequencer} of {@code bucket/key} in the pending listing, as seen at {@code seenAt},
     * before ingest applies it: if it is never applied (a store failed, the event waits for a retry), the editor
     * sees it pending. {@link #settled} takes it out.
     */
    public void seen(String bucket, String key, String sequencer, String seenAt) {
        index.addPending(bucket, key, seenAt, sequencer);
    }

    /** The event {@link #seen} at {@code seenAt} was applied (or lost to a later one): no longer pending. */
    public void settled(String bucket, String key, String seenAt) {
        index.removePending(bucket, key, seenAt);
    }

    /**
     * One page of the uploads seen but not yet ingested, newest first. An entry stands while no status of its
     * event or a later one is recorded (a crash between the status and the entry's removal leaves an entry that is
     * skipped); an upload seen more than once (an event retried) shows once per page, as last seen.
     *
     * @throws InvalidCursorException if the cursor is not one this listing handed out
     */
    public Page<PendingUpload> pending(UploadQuery query) {
        if (!query.pending()) throw new IllegalArgumentException("statuses are listed by list()");
        return page(query, this::stillPending, p -> Keys.uploadSortKey(p.since(), p.bucket(), p.key()));
    }

    /** Pages through the query's listing, keeping what {@code standing} makes of each slice's entries. */
    private <T> Page<T> page(UploadQuery query, Function<List<UploadIndex.Entry>, List<T>> standing,
                             Function<T, String> sortKey) {
        String partition = query.partition();
        Map<String, AttributeValue> start = query.cursor() == null ? null
                : Attr.key(partition, Cursor.decode(query.cursor(), partition, Cursor.UPLOAD_SORT_KEY));
        List<T> found = new ArrayList<>();
        boolean more = false;
        while (found.size() < query.limit()) {
            int want = query.limit() - found.size();
            UploadIndex.Slice slice = index.slice(partition, start, Math.min(Batches.MAX_GET_KEYS, want + 1),
                    query.bucket(), query.prefix());
            List<T> kept = standing.apply(slice.entries());
            int taken = Math.min(want, kept.size());
            found.addAll(kept.subList(0, taken));
            more = taken < kept.size() || slice.next() != null;
            start = slice.next();
            if (start == null) break;
        }
        T last = found.isEmpty() ? null : found.get(found.size() - 1);
        String next = more && last != null && found.size() == query.limit()
                ? Cursor.encode(partition, sortKey.apply(last)) : null;
        return new Page<>(found, next);
    }

    /** The most recent failed uploads of every bucket, newest first, at most {@code limit}. */
    public List<UploadStatus> recentFailures(int limit) {
        List<UploadStatus> failures = new ArrayList<>();
        String cursor = null;
        while (failures.size() < limit) {
            Page<UploadStatus> page = list(new UploadQuery(null, UploadStatus.State.FAILED, null,
                    Math.min(ListQuery.MAX_LIMIT, limit - failures.size()), cursor));
            failures.addAll(page.items());
            cursor = page.nextCursor();
            if (cursor == null) break;
        }
        return failures;
    }

    /**
     * The statuses {@code entries} stand for, in their order: an entry stands only for the status it was written
     * for (same time, and {@code state} if one is asked for).
     */
    private List<UploadStatus> standing(List<UploadIndex.Entry> entries, UploadStatus.State state) {
        Map<String, UploadStatus> statuses = statuses(entries);
        List<UploadStatus> standing = new ArrayList<>();
        for (UploadIndex.Entry e : entries) {
            UploadStatus s = statuses.get(e.bucket() + "/" + e.key());
            if (s != null && s.updatedAt().equals(e.updatedAt()) && (state == null || s.state() == state)) {
                standing.add(s);
            }
        }
        return standing;
    }

    /**
     * The pending uploads {@code entries} stand for, in their order: an entry stands while the key's status (if
     * any) comes from an earlier event than the entry's (sequencers of one key order its events), once per key.
     */
    private List<PendingUpload> stillPending(List<UploadIndex.Entry> entries) {
        Map<String, UploadStatus> statuses = statuses(entries);
        Map<String, PendingUpload> pending = new LinkedHashMap<>();
        for (UploadIndex.Entry e : entries) {
            UploadStatus s = statuses.get(e.bucket() + "/" + e.key());
            if (s == null || e.sequencer().compareTo(s.sequencer()) > 0) { // fixed-width hex, as record() compares
                pending.putIfAbsent(e.bucket() + "/" + e.key(), new PendingUpload(e.bucket(), e.key(), e.updatedAt(), s));
            }
        }
        return List.copyOf(pending.values());
    }

    /** The statuses of the uploads {@code entries} name, by {@code bucket/key}: one consistent BatchGetItem. */
    private Map<String, UploadStatus> statuses(List<UploadIndex.Entry> entries) {
        Map<String, Map<String, AttributeValue>> keys = new LinkedHashMap<>();
        for (UploadIndex.Entry e : entries) {
            keys.putIfAbsent(e.bucket() + "/" + e.key(), Attr.key(Keys.upload(e.bucket(), e.key()), Keys.SINGLE));
        }
        Map<String, UploadStatus> statuses = new HashMap<>();
        for (Map<String, AttributeValue> item : Batches.get(dynamo, table, List.copyOf(keys.values()), true, null)) {
            UploadStatus s = status(Attr.string(item, BUCKET), Attr.string(item, KEY), item);
            statuses.put(s.bucket() + "/" + s.key(), s);
        }
        return statuses;
    }

    private static UploadStatus status(String bucket, String key, Map<String, AttributeValue> item) {
        return new UploadStatus(bucket, key,
                UploadStatus.State.valueOf(Attr.string(item, STATE)),
                Attr.string(item, SLUG), Attr.string(item, TITLE), Attr.string(item, REASON),
                Attr.string(item, SEQUENCER),
                Attr.string(item, FIRST_PUBLISHED_AT), Attr.string(item, UPDATED_AT),
                Attr.string(item, FINGERPRINT), Listed.of(item.get(LISTED)));
    }
}
