package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import dev.newsdesk.functions.events.S3Event;
import dev.newsdesk.testing.MovableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pump's bookkeeping with a fake bucket, a recording handler and a clock moved by hand. */
class EventPumpTest {

    @TempDir
    Path dir;

    private final Map<String, ObjectVersion> bucket = new TreeMap<>();
    private final List<S3Event> delivered = new ArrayList<>();
    private final List<String> attempts = new ArrayList<>();
    private final Set<String> poisoned = new HashSet<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private boolean listingFails;
    private boolean deliveryStops;
    private boolean storeDown;

    private EventPump pump() throws Exception {
        PumpState state = PumpState.load(dir.resolve("state.json"));
        PendingEvents pending = PendingEvents.load(dir.resolve("waiting.json"), clock, Backoff.LOCAL);
        PrintStream log = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return new EventPump("b", () -> {
            if (listingFails) {
                throw new IllegalStateException("connection refused");
            }
            return new TreeMap<>(bucket);
        }, state, pending, new SequencerSource(clock, state.lastSequence()), new S3Events("us-east-1", clock),
                (event, change, attempt) -> {
                    attempts.add(change.key() + "#" + attempt);
                    if (deliveryStops) return Delivered.stopped();
                    if (storeDown || poisoned.contains(change.key())) {
                        return Delivered.waiting("the article store (DynamoDB) did not answer");
                    }
                    delivered.add(event);
                    return Delivered.done("published");
                }, new BurstProgress(log, () -> clock.millis() * 1_000_000L), log);
    }

    private static ObjectVersion v(String etag) {
        return new ObjectVersion(etag, Instant.parse("2026-11-29T00:00:00Z"), 3);
    }

    private List<String> names() {
        return delivered.stream().map(e -> e.records().get(0).eventName() + " "
                + e.records().get(0).s3().object().decodedKey()).toList();
    }

    private List<String> sequencers() {
        return delivered.stream().map(e -> e.records().get(0).s3().object().sequencer()).toList();
    }

    @Test
    void deliversAnUploadOnceAndADeletionOnce() throws Exception {
        EventPump pump = pump();
        bucket.put("a b.txt", v("1"));
        assertEquals(1, pump.pollOnce());
        assertEquals(0, pump.pollOnce());
        bucket.remove("a b.txt");
        assertEquals(1, pump.pollOnce());
        assertEquals(List.of("ObjectCreated:Put a b.txt", "ObjectRemoved:Delete a b.txt"), names());
    }

    @Test
    void aRestartNeitherReplaysNorMissesChangesMadeWhileDown() throws Exception {
        bucket.put("kept.txt", v("1"));
        bucket.put("deleted-while-down.txt", v("1"));
        bucket.put("changed-while-down.txt", v("1"));
        EventPump first = pump();
        first.pollOnce();
        first.close();

        bucket.remove("deleted-while-down.txt");
        bucket.put("changed-while-down.txt", v("2"));
        bucket.put("added-while-down.txt", v("1"));
        delivered.clear();
        pump().pollOnce();

        assertEquals(List.of("ObjectCreated:Put added-while-down.txt", "ObjectCreated:Put changed-while-down.txt",
                "ObjectRemoved:Delete deleted-while-down.txt"), names());
    }

    @Test
    void sequencersKeepRisingAcrossARestart() throws Exception {
        EventPump first = pump();
        bucket.put("a.txt", v("1"));
        first.pollOnce();
        first.close();
        bucket.put("a.txt", v("2"));
        pump().pollOnce();

        List<String> seqs = sequencers();
        assertEquals(2, seqs.size());
        assertEquals(seqs.get(0).length(), seqs.get(1).length());
        assertTrue(seqs.get(1).compareTo(seqs.get(0)) > 0, seqs.toString());
    }

    @Test
    void anEventCutShortByAStopGoesOutAgainAfterTheRestart() throws Exception {
        EventPump first = pump();
        bucket.put("a.txt", v("1"));
        deliveryStops = true;
        first.pollOnce();
        first.close();

        deliveryStops = false;
        pump().pollOnce();
        assertEquals(List.of("ObjectCreated:Put a.txt"), names());
    }

    @Test
    void anEventTheStoreCannotTakeWaitsAndGoesOutOnceItIsBack() throws Exception {
        EventPump pump = pump();
        bucket.put("a.txt", v("1"));
        bucket.put("b.txt", v("1"));
        storeDown = true;
        assertEquals(0, pump.pollOnce());
        assertEquals(List.of("a.txt#1"), attempts, "the first failure ends the poll: the rest would fail alike");
        assertEquals(0, pump.pollOnce());
        assertEquals(List.of("a.txt#1", "b.txt#1"), attempts, "a.txt waits its pause; b.txt is tried");

        storeDown = false;
        assertEquals(0, pump.pollOnce(), "both still wait their pause");
        clock.advance(Backoff.LOCAL.after(1));
        assertEquals(2, pump.pollOnce());
        assertEquals(List.of("ObjectCreated:Put a.txt", "ObjectCreated:Put b.txt"), names());
        assertEquals(0, pump.pollOnce(), "delivered once each");
    }

    @Test
    void anEventIsNeverDroppedHoweverOftenItFails() throws Exception {
        EventPump pump = pump();
        bucket.put("a.txt", v("1"));
        storeDown = true;
        for (int i = 1; i <= 50; i++) {
            pump.pollOnce();
            clock.advance(Backoff.LOCAL.cap());
        }
        storeDown = false;
        assertEquals(1, pump.pollOnce());
        assertEquals(List.of("ObjectCreated:Put a.txt"), names());
        assertEquals("a.txt#51", attempts.get(attempts.size() - 1));
    }

    @Test
    void retryNowSendsTheWaitingEventsWithoutWaitingTheirPause() throws Exception {
        EventPump pump = pump();
        bucket.put("a.txt", v("1"));
        storeDown = true;
        pump.pollOnce();
        storeDown = false;
        assertEquals(0, pump.pollOnce());
        pump.retryNow();
        assertEquals(1, pump.pollOnce());
    }

    @Test
    void oneEventThatKeepsFailingDoesNotHoldBackTheOthers() throws Exception {
        EventPump pump = pump();
        bucket.put("a.txt", v("1"));
        bucket.put("b.txt", v("1"));
        bucket.put("c.txt", v("1"));
        poisoned.add("b.txt");
        pump.pollOnce();
        pump.pollOnce();
        assertEquals(List.of("ObjectCreated:Put a.txt", "ObjectCreated:Put c.txt"), names());
        assertTrue(Files.readString(dir.resolve("waiting.json")).contains("\"b.txt\""), "b.txt is listed as waiting");
    }

    @Test
    void aWaitingEventIsDeliveredAfterARestartOfTheMode() throws Exception {
        EventPump first = pump();
        bucket.put("a.txt", v("1"));
        storeDown = true;
        first.pollOnce();
        first.close();

        storeDown = false;
        assertEquals(1, pump().pollOnce(), "due at once after a start, whatever its pause");
        assertEquals(List.of("ObjectCreated:Put a.txt"), names());
        assertFalse(Files.exists(dir.resolve("waiting.json")), "nothing waits any more");
    }

    @Test
    void anObjectDeletedWhileItsEventWaitedIsDeliveredAsARemoval() throws Exception {
        // Its failed delivery may have written part of an article: the handler must hear that the object is gone.
        EventPump pump = pump();
        bucket.put("a.txt", v("1"));
        storeDown = true;
        pump.pollOnce();
        bucket.remove("a.txt");
        storeDown = false;
        pump.retryNow();
        assertEquals(1, pump.pollOnce());
        assertEquals(List.of("ObjectRemoved:Delete a.txt"), names());
        assertEquals(0, pump.pollOnce());
    }

    @Test
    void aLongBurstPrintsProgressLines() throws Exception {
        EventPump pump = pump();
        for (int i = 0; i < 5; i++) bucket.put("k" + i + ".txt", v("1"));
        poisoned.add("k3.txt");
        pump.pollOnce(); // k0..k2 delivered, k3 fails and waits
        clock.advance(Duration.ofMillis(200));
        pump.pollOnce(); // k4 delivered
        clock.advance(BurstProgress.EVERY);
        pump.pollOnce(); // k3 fails again: the burst has lasted long enough for a line
        poisoned.clear();
        clock.advance(Backoff.LOCAL.after(2));
        pump.pollOnce(); // k3 delivered: the burst is done
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("  progress  ")).toList();
        assertEquals(2, lines.size(), printed.toString(StandardCharsets.UTF_8));
        assertTrue(lines.get(0).endsWith("4 ingested, 1 pending (1 waiting for a store), 0 failed"), lines.get(0));
        assertTrue(lines.get(1).contains("5 ingested, 0 pending, 0 failed; done in"), lines.get(1));
    }

    @Test
    void aShortBurstPrintsNoProgressLine() throws Exception {
        EventPump pump = pump();
        for (int i = 0; i < 5; i++) bucket.put("k" + i + ".txt", v("1"));
        pump.pollOnce();
        assertFalse(printed.toString(StandardCharsets.UTF_8).contains("progress"), printed.toString());
    }

    @Test
    void anUnreachableBucketIsRetriedOnTheNextPoll() throws Exception {
        EventPump pump = pump();
        bucket.put("a.txt", v("1"));
        listingFails = true;
        assertEquals(0, pump.pollOnce());
        listingFails = false;
        assertEquals(1, pump.pollOnce());
    }
}
