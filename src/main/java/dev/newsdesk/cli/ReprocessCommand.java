package dev.newsdesk.cli;

import dev.newsdesk.functions.Services;
import dev.newsdesk.ingest.IngestOutcome;
import dev.newsdesk.ingest.Reprocessor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code newsdesk reprocess [--prefix P] [--restart] [--checkpoint FILE]}: re-ingests every object of the bucket
 * through the ingest code (after a parser upgrade), keeping slugs and views. Ctrl-C stops it after the object in
 * hand; running it again resumes after the last object done.
 */
final class ReprocessCommand {

    static final String USAGE = """
            usage: ./newsdesk reprocess [--prefix P] [--restart] [--checkpoint FILE]
              re-parses every object of the bucket (under P) and updates its article; slugs and views stay.
              Ctrl-C stops after the object in hand; run it again to go on (the checkpoint, by default
              .newsdesk/reprocess-<bucket>.json, names the last key done); --restart starts over.
            """ + CliTarget.USAGE;

    private final Reprocessor reprocessor;
    private final String bucket;
    private final Path checkpointDir;
    private final PrintStream err;
    private final boolean terminal;
    private final AtomicBoolean stop;

    ReprocessCommand(Reprocessor reprocessor, String bucket, Path checkpointDir, PrintStream err, boolean terminal,
                     AtomicBoolean stop) {
        this.reprocessor = reprocessor;
        this.bucket = bucket;
        this.checkpointDir = checkpointDir;
        this.err = err;
        this.terminal = terminal;
        this.stop = stop;
    }

    /** From {@link Main}: Ctrl-C (SIGINT, SIGTERM) asks the run to stop, and waits for its checkpoint. */
    static int run(Services services, CliTarget target, PrintStream err) {
        if (target.bucket().isBlank()) {
            err.println("newsdesk reprocess: the bucket is needed: --bucket NAME or BUCKET_NAME");
            return 2;
        }
        return CtrlC.run("reprocess", stop -> {
            Path dir = Path.of(Optional.ofNullable(System.getenv("NEWSDESK_DATA"))
                    .orElse(Path.of(System.getProperty("newsdesk.home", "")).resolve(".newsdesk").toString()));
            return new ReprocessCommand(new Reprocessor(services.s3(), services.ingestor()), target.bucket(), dir,
                    err, System.console() != null, stop).run(target.rest(), target.describe());
        });
    }

    int run(List<String> args, String where) {
        String prefix = "";
        boolean restart = false;
        Path file = ReprocessCheckpoint.file(checkpointDir, bucket);
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--prefix" -> prefix = i + 1 < args.size() ? args.get(++i) : "";
                case "--restart" -> restart = true;
                case "--checkpoint" -> {
                    if (i + 1 >= args.size()) return usage("--checkpoint needs a file");
                    file = Path.of(args.get(++i));
                }
                case "-h", "--help" -> {
                    err.print(USAGE);
                    return 0;
                }
                default -> {
                    return usage("unknown argument " + args.get(i));
                }
            }
        }
        Optional<ReprocessCheckpoint> previous = restart ? Optional.empty() : ReprocessCheckpoint.load(file);
        if (previous.isPresent() && !previous.get().prefix().equals(prefix)) {
            err.println("newsdesk reprocess: " + file + " is a run with --prefix \"" + previous.get().prefix()
                    + "\"; finish it with that prefix, or start over with --restart");
            return 2;
        }
        String startedAt = previous.map(ReprocessCheckpoint::startedAt)
                .orElse(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        err.println("newsdesk reprocess: " + where + (prefix.isEmpty() ? "" : ", prefix " + prefix)
                + previous.map(c -> "; resuming after " + c.lastKey()).orElse(""));

        Path checkpoint = file;
        String runPrefix = prefix;
        Map<IngestOutcome.Result, Integer> counts = new EnumMap<>(IngestOutcome.Result.class);
        int[] done = {0};
        ProgressBar[] bar = {null};
        Reprocessor.Result result;
        try {
            result = reprocessor.run(bucket, prefix, previous.map(ReprocessCheckpoint::lastKey).orElse(null),
                    stop::get, new Reprocessor.Listener() {
                        @Override
                        public void started(int total, int alreadyDone) {
                            done[0] = alreadyDone;
                            bar[0] = new ProgressBar(err, terminal, total, alreadyDone, System.nanoTime());
                            bar[0].update(done[0], System.nanoTime(), true);
                        }

                        @Override
                        public void done(IngestOutcome outcome) {
                            done[0]++;
                            counts.merge(outcome.result(), 1, Integer::sum);
                            new ReprocessCheckpoint(bucket, runPrefix, outcome.key(), done[0], startedAt).save(checkpoint);
                            if (outcome.result() == IngestOutcome.Result.FAILED) {
                                if (terminal) err.print("\r\u001b[K");
                                err.println("failed  " + outcome.key() + "  " + outcome.reason());
                            }
                            bar[0].update(done[0], System.nanoTime(), false);
                        }
                    });
        } catch (RuntimeException e) {
            if (bar[0] != null) bar[0].finish();
            err.println("newsdesk reprocess: stopped by an error after " + done[0] + " objects: " + e.getMessage()
                    + "\nRun the same command again to go on after the last object done.");
            return 1;
        }
        bar[0].update(done[0], System.nanoTime(), true);
        bar[0].finish();
        String summary = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().json())
                .reduce((a, b) -> a + ", " + b).orElse("nothing to do");
        if (!result.complete()) {
            err.println("newsdesk reprocess: stopped after " + done[0] + " of " + result.total() + " objects ("
                    + summary + "). Run the same command again to go on; --restart starts over.");
            return 130;
        }
        ReprocessCheckpoint.delete(checkpoint);
        err.println("newsdesk reprocess: " + result.total() + " objects, " + result.processed() + " reprocessed in this run ("
                + summary + ")");
        return counts.getOrDefault(IngestOutcome.Result.FAILED, 0) > 0 ? 1 : 0;
    }

    private int usage(String problem) {
        err.println("newsdesk reprocess: " + problem + "\n");
        err.print(USAGE);
        return 2;
    }
}
