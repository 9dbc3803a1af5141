package dev.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
import dev.newsdesk.testing.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import dev.newsdesk.local.ObjectChange;
import dev.newsdesk.local.ObjectVersion;
import dev.newsdesk.local.PendingEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/** {@code newsdesk status} tells an editor what became of each upload, from the statuses the ingest recorded. */
@ExtendWith(LocalAws.class)
class StatusCommandTest {

    private static final String GOOD = "Culture\n\nLe musée rouvre ses portes\n\n"
            + "Après deux ans de travaux, le musée des beaux-arts accueille de nouveau le public dès samedi.";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final List<PendingEvents.Waiting> waiting = new ArrayList<>();

    private int status(Pipeline pipeline, String... args) {
        out.reset();
        err.reset();
        return new StatusCommand(pipeline.services().uploads(), BucketObjects.exists(pipeline.services().s3()),
                () -> waiting, pipeline.bucket(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    /** An event the one-machine mode holds for redelivery, as its pump records one. */
    private static PendingEvents.Waiting waitingFor(String key, int attempts) {
        return new PendingEvents.Waiting(ObjectChange.written(key, new ObjectVersion("e", Instant.EPOCH, 3)),
                attempts, Instant.parse("2026-12-01T10:00:00Z"), "transient: the article store (DynamoDB) did not "
                + "answer", Instant.parse("2026-12-01T10:00:10Z"));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsEachStateWithItsSlugReasonAndTimes(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("culture/musee.txt", GOOD);
        pipeline.upload("culture/photo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        pipeline.upload("culture/old.txt", GOOD.replace("musée", "théâtre"));
        pipeline.delete("culture/old.txt");

        assertEquals(0, status(pipeline, "culture/musee.txt"));
        assertTrue(out().contains("state            published"), out());
        assertTrue(out().contains("slug             le-musee-rouvre-ses-portes"), out());
        assertTrue(out().contains("first published  20"), out());

        assertEquals(1, status(pipeline, "s3://" + env.bucket() + "/culture/photo.png"));
        assertTrue(out().contains("state            failed"), out());
        assertTrue(out().contains("reason           unsupported-format: "), out());

        assertEquals(1, status(pipeline, "culture/old.txt"));
        assertTrue(out().contains("state            deleted"), out());
        assertTrue(out().contains("was              le-theatre-rouvre-ses-portes"), out());

        assertEquals(1, status(pipeline, "culture/never.txt"));
        assertTrue(out().contains("no upload recorded in bucket " + env.bucket() + " (and no such object in it)"), out());
    }

    @Test
    void anObjectInTheBucketWithNoStatusYetIsPending(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        env.s3().putObject(b -> b.bucket(env.bucket()).key("culture/new.txt"), RequestBody.fromString(GOOD));
        env.s3().putObject(b -> b.bucket(env.bucket()).key("culture/held.txt"), RequestBody.fromString(GOOD));
        waiting.add(waitingFor("culture/held.txt", 3));

        assertEquals(1, status(pipeline, "culture/new.txt"));
        assertEquals("culture/new.txt\n  state            pending (in the bucket, not ingested yet)\n", out());

        assertEquals(1, status(pipeline, "culture/held.txt"));
        assertTrue(out().contains("state            pending (in the bucket, not ingested yet)"), out());
        assertTrue(out().contains("waiting          transient: the article store (DynamoDB) did not answer "
                + "(3 attempts)"), out());
        assertTrue(out().contains("since            2026-12-01T10:00:00Z"), out());
    }

    @Test
    void failuresAlsoListWhatWaitsForRedelivery(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        waiting.add(waitingFor("x/held.txt", 1));
        assertEquals(0, status(pipeline, "--failures"));
        assertEquals("no failed uploads\nwaiting for redelivery (they go out again until ingested):\n"
                + "2026-12-01T10:00:00Z  x/held.txt  transient: the article store (DynamoDB) did not answer "
                + "(1 attempt)\n", out());
    }

    @Test
    void listsRecentFailuresNewestFirst(LocalAws.Env env) {
        MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
        Pipeline pipeline = new Pipeline(env, clock);
        assertEquals(0, status(pipeline, "--failures"));
        assertEquals("no failed uploads\n", out());

        pipeline.upload("x/empty.txt", new byte[0]);
        clock.advance(Duration.ofSeconds(1)); // in one millisecond the two would have no order but their keys'
        pipeline.upload("x/blank.txt", " \n ");
        assertEquals(0, status(pipeline, "--failures", "--limit", "5"));
        String[] lines = out().split("\n");
        assertEquals(2, lines.length, out());
        assertTrue(lines[0].contains("  x/blank.txt  empty: the file holds only whitespace"), lines[0]);
        assertTrue(lines[1].contains("  x/empty.txt  empty: the file is empty"), lines[1]);

        assertEquals(2, status(pipeline, "--failures", "--limit", "0"));
        assertEquals(2, status(pipeline));
    }
}
