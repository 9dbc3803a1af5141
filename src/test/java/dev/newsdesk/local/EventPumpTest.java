package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pump's bookkeeping with a fake bucket and a recording handler. */
class EventPumpTest {

    @TempDir
    Path dir;

    private final Map<String, ObjectVersion> bucket = new TreeMap<>();
    private final List<S3Event> delivered = new ArrayList<>();
    private boolean listingFails;
    private boolean deliveryStops;

    private EventPump pump() throws Exception {
        PumpState state = PumpState.load(dir.resolve("state.json"));
        Clock clock = Clock.systemUTC();
        return new EventPump("b", () -> {
            if (listingFails) {
                throw new IllegalStateException("connection refused");
            }
            return new TreeMap<>(bucket);
        }, state, new SequencerSource(clock, state.lastSequence()), new S3Events("us-east-1", clock),
                (event, change) -> !deliveryStops && delivered.add(event), new PrintStream(new ByteArrayOutputStream()));
    }

    private static ObjectVersion v(String etag) {
        return new ObjectVersion(etag, Instant.parse("2026-11-29T00:00:00Z"), 3);
    }

    private List<String> names() {
        return delivered.stream().map(e -> e.getRecords().get(0).getEventName() + " "
                + e.getRecords().get(0).getS3().getObject().getUrlDecodedKey()).toList();
    }

    private List<String> sequencers() {
        return delivered.stream().map(e -> e.getRecords().get(0).getS3().getObject().getSequencer()).toList();
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
    void anUnreachableBucketIsRetriedOnTheNextPoll() throws Exception {
        EventPump pump = pump();
        bucket.put("a.txt", v("1"));
        listingFails = true;
        assertEquals(0, pump.pollOnce());
        listingFails = false;
        assertEquals(1, pump.pollOnce());
    }
}
