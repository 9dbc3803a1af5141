package dev.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.ingest.Reprocessor;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The command keeps a checkpoint after every object, resumes from it, and removes it once a run completes. */
@ExtendWith(LocalAws.class)
class ReprocessCommandTest {

    @Test
    void stopsOnRequestKeepsACheckpointAndResumesFromIt(LocalAws.Env env, @TempDir Path dir) throws Exception {
        Pipeline pipeline = new Pipeline(env);
        for (int i = 1; i <= 4; i++) {
            pipeline.upload("news/n" + i + ".txt", "Société\n\nUne nouvelle numéro " + i + "\n\n"
                    + "Les habitants du quartier ont découvert la nouvelle place rénovée ce matin même.");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicBoolean stop = new AtomicBoolean();
        Reprocessor reprocessor = new Reprocessor(pipeline.services().s3(), pipeline.services().ingestor());
        // Ctrl-C arrives before the first object: the run stops at once and saves nothing.
        ReprocessCommand first = new ReprocessCommand(reprocessor, env.bucket(), dir,
                new PrintStream(err, true, StandardCharsets.UTF_8), false, stop);
        Path checkpoint = ReprocessCheckpoint.file(dir, env.bucket());
        stop.set(true);
        assertEquals(130, first.run(List.of(), "test"));
        assertFalse(Files.exists(checkpoint), "stopped before the first object: nothing done, nothing saved");

        stop.set(false);
        new ReprocessCheckpoint(env.bucket(), "", "news/n2.txt", 2, "2026-11-29T01:00:00Z").save(checkpoint);
        err.reset();
        assertEquals(0, new ReprocessCommand(reprocessor, env.bucket(), dir,
                new PrintStream(err, true, StandardCharsets.UTF_8), false, stop).run(List.of(), "test"));
        String log = err.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("resuming after news/n2.txt"), log);
        assertTrue(log.contains("4 objects, 2 reprocessed in this run (2 published)"), log);
        assertTrue(log.contains("4/4 objects  100%"), log);
        assertFalse(Files.exists(checkpoint), "a complete run removes its checkpoint");
    }

    @Test
    void refusesToResumeARunOfAnotherPrefix(LocalAws.Env env, @TempDir Path dir) {
        Pipeline pipeline = new Pipeline(env);
        new ReprocessCheckpoint(env.bucket(), "a/", "a/x.txt", 1, "2026-11-29T01:00:00Z")
                .save(ReprocessCheckpoint.file(dir, env.bucket()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var command = new ReprocessCommand(new Reprocessor(pipeline.services().s3(), pipeline.services().ingestor()),
                env.bucket(), dir, new PrintStream(err, true, StandardCharsets.UTF_8), false, new AtomicBoolean());
        assertEquals(2, command.run(List.of("--prefix", "b/"), "test"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--restart"));
        assertEquals(0, command.run(List.of("--prefix", "b/", "--restart"), "test"));
    }

    @Test
    void theProgressLineShowsCountsPercentRateAndTimeLeft() {
        ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), false, 200, 0, 0);
        assertEquals("[=======>                      ] 50/200 objects  25%  10.0/s  eta 15s",
                bar.line(50, 5_000_000_000L));
        assertEquals("1h01m", ProgressBar.duration(3660));
    }
}
