package dev.newsdesk.cli;

import dev.newsdesk.functions.Services;
import dev.newsdesk.local.ObjectChange;
import dev.newsdesk.local.PendingEvents;
import dev.newsdesk.observe.Printable;
import dev.newsdesk.store.UploadLog;
import dev.newsdesk.store.UploadStatus;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * {@code newsdesk status KEY...} and {@code newsdesk status --failures [--limit N]}: what became of uploads, for
 * the editor who made them, from the statuses the ingest recorded, the bucket (an object with no status yet is
 * pending) and the events the one-machine mode holds for redelivery. Reads only; exit status 0 when every key was
 * found (and published), 1 otherwise.
 */
final class StatusCommand {

    static final String USAGE = """
            usage: ./newsdesk status KEY...            the status of uploaded keys (KEY, or s3://BUCKET/KEY)
                   ./newsdesk status --failures [--limit N]   the most recent failed uploads, newest first, and
                                                              the uploads waiting for redelivery
            """ + CliTarget.USAGE;

    static final int DEFAULT_LIMIT = 20;

    private final UploadLog uploads;
    private final BiPredicate<String, String> inBucket;
    private final Supplier<List<PendingEvents.Waiting>> waiting;
    private final String bucket;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param inBucket whether an object (bucket, key) exists
     * @param waiting  the events waiting for redelivery (the one-machine mode's; none on AWS, where they wait in
     *                 Lambda's retries and then the failure queue)
     */
    StatusCommand(UploadLog uploads, BiPredicate<String, String> inBucket,
                  Supplier<List<PendingEvents.Waiting>> waiting, String bucket, PrintStream out, PrintStream err) {
        this.uploads = uploads;
        this.inBucket = inBucket;
        this.waiting = waiting;
        this.bucket = bucket;
        this.out = out;
        this.err = err;
    }

    /** The command on {@code target}, reading through {@code services} (built for that target). */
    static StatusCommand on(CliTarget target, Services services, PrintStream out, PrintStream err) {
        return new StatusCommand(services.uploads(), BucketObjects.exists(services.s3()),
                () -> BucketObjects.waiting(target), target.bucket(), out, err);
    }

    /** {@code args}: what is left once the target's flags are taken out. */
    int run(List<String> args) {
        boolean failures = false;
        int limit = DEFAULT_LIMIT;
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--failures" -> failures = true;
                case "--limit" -> {
                    String raw = i + 1 < args.size() ? args.get(++i) : "";
                    if (!raw.matches("[0-9]{1,4}") || Integer.parseInt(raw) < 1 || Integer.parseInt(raw) > 1000) {
                        err.println("newsdesk status: --limit needs a number from 1 to 1000, not \"" + raw + "\"");
                        return 2;
                    }
                    limit = Integer.parseInt(raw);
                }
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return 0;
                }
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("newsdesk status: unknown option " + arg + "\n");
                        err.print(USAGE);
                        return 2;
                    }
                    keys.add(arg);
                }
            }
        }
        if (failures == !keys.isEmpty()) {
            err.print(USAGE);
            return 2;
        }
        return failures ? failures(limit) : keys(keys);
    }

    private int failures(int limit) {
        List<UploadStatus> recent = uploads.recentFailures(limit);
        List<PendingEvents.Waiting> held = waiting.get();
        if (recent.isEmpty()) {
            out.println("no failed uploads");
        }
        for (UploadStatus s : recent) {
            out.println(s.updatedAt() + "  " + where(s) + "  " + s.reason()
                    + (s.slug() != null ? "  (the published version " + s.slug() + " stays online)" : ""));
        }
        if (!held.isEmpty()) {
            out.println("waiting for redelivery (they go out again until ingested):");
            for (PendingEvents.Waiting w : held) {
                out.println(w.since() + "  " + Printable.escape(w.change().key()) + "  " + waitingWords(w));
            }
        }
        return 0;
    }

    /** Why an event waits and since when it was tried, in words. */
    private static String waitingWords(PendingEvents.Waiting w) {
        return Printable.escape(w.reason()) + " (" + w.attempts() + (w.attempts() == 1 ? " attempt" : " attempts")
                + (w.change().kind() == ObjectChange.Kind.REMOVED ? ", a deletion" : "") + ")";
    }

    private int keys(List<String> keys) {
        int status = 0;
        for (String arg : keys) {
            String b = bucket;
            String key = arg;
            if (arg.startsWith("s3://") && arg.indexOf('/', 5) > 5) {
                b = arg.substring(5, arg.indexOf('/', 5));
                key = arg.substring(arg.indexOf('/', 5) + 1);
            }
            if (b.isBlank()) {
                err.println("newsdesk status: which bucket? --bucket NAME, BUCKET_NAME, or s3://BUCKET/KEY");
                return 2;
            }
            Optional<UploadStatus> found = uploads.find(b, key);
            if (found.isEmpty()) {
                out.print(notRecorded(b, key));
                status = 1;
                continue;
            }
            UploadStatus s = found.get();
            out.print(describe(s));
            if (s.state() != UploadStatus.State.PUBLISHED) status = 1;
        }
        return status;
    }

    /** The block for a key with no status: pending if the object is in the bucket, else never uploaded. */
    private String notRecorded(String b, String key) {
        if (!inBucket.test(b, key)) {
            return key + "\n  no upload recorded in bucket " + b + " (and no such object in it)\n";
        }
        StringBuilder text = new StringBuilder(key).append('\n');
        row(text, "state", "pending (in the bucket, not ingested yet)");
        waiting.get().stream().filter(w -> b.equals(bucket) && w.change().key().equals(key)).findFirst()
                .ifPresent(w -> {
                    row(text, "waiting", waitingWords(w));
                    row(text, "since", w.since().toString());
                });
        return text.toString();
    }

    /** The block printed for one key. */
    static String describe(UploadStatus s) {
        StringBuilder text = new StringBuilder(s.key()).append('\n');
        row(text, "state", s.state().json());
        switch (s.state()) {
            case PUBLISHED -> row(text, "slug", s.slug());
            case FAILED -> {
                row(text, "reason", s.reason());
                if (s.slug() != null) row(text, "still online", s.slug() + " (the last version that published)");
            }
            case DELETED -> {
                if (s.slug() != null) row(text, "was", s.slug());
            }
        }
        if (s.firstPublishedAt() != null) row(text, "first published", s.firstPublishedAt());
        row(text, "updated", s.updatedAt());
        return text.toString();
    }

    private static void row(StringBuilder text, String label, String value) {
        text.append(String.format("  %-16s %s%n", label, value));
    }

    private String where(UploadStatus s) {
        return s.bucket().equals(bucket) ? s.key() : "s3://" + s.bucket() + "/" + s.key();
    }
}
