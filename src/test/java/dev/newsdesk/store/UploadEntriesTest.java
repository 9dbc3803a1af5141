package dev.newsdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.store.UploadStatus.State;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.RequestCounter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A status's listing entries made ahead of it (while ingest writes the article): they list the status once it is
 * recorded, and leave nothing behind when it never is.
 */
@ExtendWith(LocalAws.class)
class UploadEntriesTest {

    private static final String AT = "2026-12-03T10:00:00.000Z";

    @Test
    void entriesMadeAheadListTheStatusOnceItIsRecorded(LocalAws.Env env) {
        UploadLog uploads = new UploadLog(env.dynamo(), env.table());
        uploads.enter("b", "a.txt", State.PUBLISHED, AT);
        assertTrue(uploads.list(new UploadQuery(null, null, null, 10, null)).items().isEmpty(),
                "no status yet: the entries stand for nothing");

        assertTrue(uploads.recordEntered(status(State.PUBLISHED, AT)));

        assertEquals(List.of("a.txt"), keys(uploads.list(new UploadQuery(null, null, null, 10, null))));
        assertEquals(List.of("a.txt"), keys(uploads.list(new UploadQuery(null, State.PUBLISHED, null, 10, null))));
    }

    @Test
    void withdrawnEntriesLeaveNothingBehind(LocalAws.Env env) {
        UploadLog uploads = new UploadLog(env.dynamo(), env.table());
        uploads.enter("b", "w.txt", State.PUBLISHED, AT);
        uploads.withdraw("b", "w.txt", State.PUBLISHED, AT);

        assertEquals(0, entries(env, Keys.uploads(), "w.txt") + entries(env, Keys.uploadsIn(State.PUBLISHED), "w.txt"));
    }

    @Test
    void aStatusThatSettlesAPendingEventTakesItsEntryOutWithTheReplacedStatussEntries(LocalAws.Env env) {
        RequestCounter counter = new RequestCounter();
        UploadLog uploads = new UploadLog(env.dynamoWith(c -> c.addExecutionInterceptor(counter)), env.table());
        String later = "2026-12-03T11:00:00.000Z";
        uploads.record(new UploadStatus("b", "s.txt", State.PUBLISHED, "s", "S", null, "0".repeat(32), AT, AT, "fp"));
        uploads.seen("b", "s.txt", "1".repeat(32), later);
        counter.reset();

        assertTrue(uploads.record(new UploadStatus("b", "s.txt", State.PUBLISHED, "s", "S", null, "1".repeat(32), AT,
                later, "fp2"), later));

        assertEquals(Map.of("BatchWriteItem", 2L, "PutItem", 1L), counter.byOperation(),
                "the new entries, the status, then the old entries and the pending one out together");
        assertEquals(0, entries(env, Keys.uploadsPending(), "s.txt"));
        assertEquals(1, entries(env, Keys.uploads(), "s.txt"));
        assertEquals(1, entries(env, Keys.uploadsIn(State.PUBLISHED), "s.txt"));
    }

    @Test
    void aStatusThatLosesToALaterEventStillSettlesItsPendingEntry(LocalAws.Env env) {
        UploadLog uploads = new UploadLog(env.dynamo(), env.table());
        uploads.record(new UploadStatus("b", "l.txt", State.PUBLISHED, "l", "L", null, "2".repeat(32), AT, AT, "fp"));
        String seenAt = "2026-12-03T11:00:00.000Z";
        uploads.seen("b", "l.txt", "1".repeat(32), seenAt);

        assertFalse(uploads.record(new UploadStatus("b", "l.txt", State.FAILED, "l", "L", "why", "1".repeat(32), AT,
                seenAt, null), seenAt));

        assertEquals(0, entries(env, Keys.uploadsPending(), "l.txt"));
        assertEquals(0, entries(env, Keys.uploadsIn(State.FAILED), "l.txt"), "the loser's entries withdrawn");
        assertEquals(1, entries(env, Keys.uploads(), "l.txt"), "the winner's entry stays");
    }

    private static UploadStatus status(State state, String at) {
        return new UploadStatus("b", "a.txt", state, "a", "A", null, "0".repeat(32), at, at, "fp");
    }

    private static List<String> keys(Page<UploadStatus> page) {
        return page.items().stream().map(UploadStatus::key).toList();
    }

    /** The entries of {@code key} in a listing, read raw: {@link UploadLog#list} would skip stray ones. */
    private static long entries(LocalAws.Env env, String partition, String key) {
        return env.dynamo().query(b -> b.tableName(env.table()).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", Attr.s(partition)))).items().stream()
                .filter(item -> key.equals(Attr.string(item, "key"))).count();
    }
}
