package dev.newsdesk.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.functions.events.S3Event;
import dev.newsdesk.ingest.FailureWords;
import dev.newsdesk.observe.Printable;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Invokes the ingest handler the way Lambda invokes a function for an S3 notification, once per delivery: a
 * throw means the event could not be taken now, and the pump delivers it again later ({@link PendingEvents})
 * instead of giving up after a few tries as Lambda does. The handler's own JSON lines go to {@code handlerLog}
 * (a file); the terminal gets one short line per event: time, operation, key, slug, outcome, duration.
 */
public final class IngestDelivery implements EventPump.Delivery {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestHandler<S3Event, ?> handler;
    private final String region;
    private final PrintStream out;
    private final Consumer<String> handlerLog;
    private volatile boolean stopping;

    public IngestDelivery(RequestHandler<S3Event, ?> handler, String region, PrintStream out,
                          Consumer<String> handlerLog) {
        this.handler = handler;
        this.region = region;
        this.out = out;
        this.handlerLog = handlerLog;
    }

    @Override
    public void stop() {
        stopping = true;
    }

    @Override
    public Delivered deliver(S3Event event, ObjectChange change, int attempt) {
        long start = System.nanoTime();
        List<String> lines = new ArrayList<>();
        try {
            handler.handleRequest(event, context(line -> {
                handlerLog.accept(line);
                lines.add(line);
            }));
        } catch (RuntimeException e) {
            // The handler logged the record's reason; else what the throw says. Without "(will be retried)": this
            // line says what happens next itself.
            String reason = fieldFromLog(lines, "reason");
            String why = reason != null ? reason.replace(" (will be retried)", "") : FailureWords.of(e);
            if (stopping) {
                out.println(head(change) + "  not finished before the stop (" + Printable.escape(why)
                        + "); it goes out again on the next start");
                return Delivered.stopped();
            }
            if (attempt == 1) { // later failures of the same event would only repeat this line
                out.println(head(change) + "  waiting: " + Printable.escape(why)
                        + "; it goes out again until it is ingested (`./newsdesk status --failures` lists it)");
            }
            return Delivered.waiting(why);
        }
        String result = fieldFromLog(lines, "result");
        out.println(line(change, lines, result, attempt, start));
        return Delivered.done(result != null ? result : "ok");
    }

    private Context context(Consumer<String> log) {
        return new LocalContext("IngestFunction", region, Duration.ofSeconds(60), 1536, log);
    }

    private static String head(ObjectChange change) {
        return LogTime.now() + "  ingest  " + (change.kind() == ObjectChange.Kind.WRITTEN ? "put   " : "delete")
                + "  " + Printable.escape(change.key());
    }

    private static String line(ObjectChange change, List<String> handlerLog, String result, int attempt,
                               long startNanos) {
        StringBuilder line = new StringBuilder(head(change));
        String slug = fieldFromLog(handlerLog, "slug");
        if (slug != null) {
            line.append("  slug=").append(Printable.escape(slug));
        }
        line.append("  ").append(result != null ? Printable.escape(result) : "ok");
        String reason = fieldFromLog(handlerLog, "reason");
        if (reason != null) {
            line.append(" (").append(Printable.escape(reason)).append(")");
        }
        if (attempt > 1) {
            line.append("  on attempt ").append(attempt);
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
}
