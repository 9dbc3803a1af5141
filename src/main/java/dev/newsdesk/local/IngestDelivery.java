package dev.newsdesk.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.ingest.FailureWords;
import dev.newsdesk.observe.Printable;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Invokes the ingest handler the way Lambda invokes a function for an S3 notification (asynchronously): a
 * throw is retried twice, then the event is given up (on AWS it would go to the on-failure destination; here
 * the terminal says so). Prints one line per event: time, operation, key, slug, outcome, duration.
 */
public final class IngestDelivery implements EventPump.Delivery {

    /** Lambda retries a failed asynchronous invocation twice. */
    static final int ATTEMPTS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestHandler<S3Event, Void> handler;
    private final String region;
    private final List<Duration> backoff;
    private final PrintStream out;
    private volatile boolean stopping;

    /**
     * @param backoff the waits before the second and third attempts (Lambda waits about 1 and 2 minutes; locally
     *                a second or two lets a restarting emulator come back without making the user wait)
     */
    public IngestDelivery(RequestHandler<S3Event, Void> handler, String region, List<Duration> backoff,
                          PrintStream out) {
        this.handler = handler;
        this.region = region;
        this.backoff = List.copyOf(backoff);
        this.out = out;
    }

    @Override
    public void stop() {
        stopping = true;
    }

    @Override
    public boolean deliver(S3Event event, ObjectChange change) {
        long start = System.nanoTime();
        List<String> handlerLog = new ArrayList<>();
        RuntimeException last = null;
        int attempt = 1;
        for (; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1 && stopping) {
                out.println(LogTime.now() + "  ingest  " + Printable.escape(change.key())
                        + "  not finished before the stop (" + Printable.escape(FailureWords.of(last))
                        + "); it goes out again on the next start");
                return false;
            }
            handlerLog.clear();
            try {
                handler.handleRequest(event, context(line -> {
                    out.println(line);
                    handlerLog.add(line);
                }));
                last = null;
                break;
            } catch (RuntimeException e) {
                last = e;
                if (attempt < ATTEMPTS && !stopping) {
                    sleep(backoff.isEmpty() ? Duration.ZERO : backoff.get(Math.min(attempt - 1, backoff.size() - 1)));
                }
            }
        }
        out.println(line(change, handlerLog, last, Math.min(attempt, ATTEMPTS), start));
        return true;
    }

    private Context context(Consumer<String> log) {
        return new LocalContext("IngestFunction", region, Duration.ofSeconds(60), 1536, log);
    }

    private static String line(ObjectChange change, List<String> handlerLog, RuntimeException failure,
                               int attempts, long startNanos) {
        StringBuilder line = new StringBuilder();
        line.append(LogTime.now()).append("  ingest  ")
                .append(change.kind() == ObjectChange.Kind.WRITTEN ? "put   " : "delete").append("  ")
                .append(Printable.escape(change.key()));
        String slug = fieldFromLog(handlerLog, "slug");
        if (slug != null) {
            line.append("  slug=").append(Printable.escape(slug));
        }
        if (failure == null) {
            String outcome = fieldFromLog(handlerLog, "result");
            line.append("  ").append(outcome != null ? Printable.escape(outcome) : "ok");
            String reason = fieldFromLog(handlerLog, "reason");
            if (reason != null) {
                line.append(" (").append(Printable.escape(reason)).append(")");
            }
        } else {
            // The last attempt's reason, as the handler logged it for the record; else what the throw says. Given
            // up here, so not "(will be retried)": the object is still in the bucket, and reprocess ingests it.
            String reason = fieldFromLog(handlerLog, "reason");
            String why = reason != null ? reason.replace(" (will be retried)", "") : FailureWords.of(failure);
            line.append("  FAILED after ").append(attempts).append(" attempts: ").append(Printable.escape(why))
                    .append("; `./newsdesk reprocess` ingests it once that is mended");
        }
        line.append("  ").append(Duration.ofNanos(System.nanoTime() - startNanos).toMillis()).append(" ms");
        return line.toString();
    }

    /** The handler logs one JSON object per record; its fields, when present, make our line more telling. */
    static String fieldFromLog(List<String> handlerLog, String field) {
        for (String l : handlerLog) {
            String s = l.strip();
            if (!s.startsWith("{")) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(s).get(field);
                if (node != null && node.isValueNode() && !node.isNull()) {
                    return node.asText();
                }
            } catch (java.io.IOException notJson) {
                // an ordinary log line
            }
        }
        return null;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
