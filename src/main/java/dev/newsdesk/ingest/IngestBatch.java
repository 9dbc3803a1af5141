package dev.newsdesk.ingest;

import dev.newsdesk.observe.LogLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The object events of one notification, each applied by the {@link Ingestor} on its own, so one bad file never
 * blocks the others. If any failed for a transient reason, {@link #apply} throws once the others are done: the
 * caller's retry then skips the events already applied as duplicates.
 */
public final class IngestBatch {

    private final Ingestor ingestor;

    public IngestBatch(Ingestor ingestor) {
        this.ingestor = ingestor;
    }

    /**
     * Applies every event in order, writing one {@link #logLine} per event to {@code log}.
     *
     * @return what each event did
     * @throws TransientIngestFailure after the last event, if any event failed for a transient reason
     */
    public List<IngestOutcome> apply(List<ObjectEvent> events, Consumer<String> log) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        List<String> transientFailures = new ArrayList<>();
        for (ObjectEvent event : events) {
            long start = System.nanoTime();
            IngestOutcome outcome;
            try {
                outcome = switch (event.kind()) {
                    case CREATED -> ingestor.created(event);
                    case REMOVED -> ingestor.removed(event);
                    case OTHER -> new IngestOutcome(event.bucket(), event.key(), IngestOutcome.Result.SKIPPED, null,
                            "event " + event.name() + " is not handled", 0);
                    case MALFORMED -> new IngestOutcome(event.bucket(), event.key(), IngestOutcome.Result.FAILED, null,
                            "malformed-event: the record names no bucket or object, or its key is not URL-encoded", 0);
                };
            } catch (RuntimeException e) {
                String why = FailureWords.of(e);
                transientFailures.add(event.key() + ": " + why);
                outcome = new IngestOutcome(event.bucket(), event.key(), IngestOutcome.Result.FAILED, null,
                        "transient: " + why + " (will be retried)",
                        (System.nanoTime() - start) / 1_000_000);
            }
            log.accept(logLine(outcome, Instant.now()).toJson());
            outcomes.add(outcome);
        }
        if (!transientFailures.isEmpty()) {
            throw new TransientIngestFailure(transientFailures);
        }
        return outcomes;
    }

    /**
     * The one line an ingest writes: what happened to which key (for people and Logs Insights), and the metrics
     * CloudWatch extracts from it: {@code Ingested} (published), {@code IngestFailed} by {@code Reason} (permanent
     * failures by their code, and {@code transient}), {@code ParseMillis} when the parser ran.
     */
    static LogLine logLine(IngestOutcome outcome, Instant at) {
        LogLine line = LogLine.at(at)
                .field("event", "ingest")
                .field("bucket", outcome.bucket())
                .field("key", outcome.key())
                .field("result", outcome.result().json())
                .field("slug", outcome.slug())
                .field("reason", outcome.reason())
                .field("millis", outcome.millis())
                .dimension("Function", "ingest");
        if (outcome.result() == IngestOutcome.Result.PUBLISHED) {
            line.metric("Ingested", LogLine.Unit.COUNT, 1, "Function");
        }
        if (outcome.parseMillis() != null) {
            line.metric("ParseMillis", LogLine.Unit.MILLISECONDS, outcome.parseMillis(), "Function");
        }
        if (outcome.result() == IngestOutcome.Result.FAILED) {
            line.dimension("Reason", outcome.reasonCode())
                    .metric("IngestFailed", LogLine.Unit.COUNT, 1, "Function", "Reason");
        }
        return line;
    }
}
