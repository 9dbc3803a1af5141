package dev.newsdesk.cli;

import dev.newsdesk.store.UploadLog;
import dev.newsdesk.store.UploadStatus;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code newsdesk status KEY...} and {@code newsdesk status --failures [--limit N]}: what became of uploads, for
 * the editor who made them. Reads only; exit status 0 when every key was found (and published), 1 otherwise.
 */
final class StatusCommand {

    static final String USAGE = """
            usage: ./newsdesk status KEY...            the status of uploaded keys (KEY, or s3://BUCKET/KEY)
                   ./newsdesk status --failures [--limit N]   the most recent failed uploads, newest first
            """ + CliTarget.USAGE;

    static final int DEFAULT_LIMIT = 20;

    private final UploadLog uploads;
    private final String bucket;
    private final PrintStream out;
    private final PrintStream err;

    StatusCommand(UploadLog uploads, String bucket, PrintStream out, PrintStream err) {
        this.uploads = uploads;
        this.bucket = bucket;
        this.out = out;
        this.err = err;
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
        if (recent.isEmpty()) {
            out.println("no failed uploads");
            return 0;
        }
        for (UploadStatus s : recent) {
            out.println(s.updatedAt() + "  " + where(s) + "  " + s.reason()
                    + (s.slug() != null ? "  (the published version " + s.slug() + " stays online)" : ""));
        }
        return 0;
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
                out.println(key + "\n  no upload recorded in bucket " + b
                        + " (never uploaded, or its event is not processed yet)");
                status = 1;
                continue;
            }
            UploadStatus s = found.get();
            out.print(describe(s));
            if (s.state() != UploadStatus.State.PUBLISHED) status = 1;
        }
        return status;
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
