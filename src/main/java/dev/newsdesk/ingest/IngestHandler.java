package dev.newsdesk.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import dev.newsdesk.Services;
import dev.newsdesk.Settings;
import dev.newsdesk.priming.Priming;
import dev.newsdesk.observe.LogLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * IngestFunction: S3 ObjectCreated/ObjectRemoved events in, articles stored. It only translates: each record
 * becomes an {@link ObjectEvent} for the {@link Ingestor}, on its own, so one bad file never blocks the others.
 * If any record failed for a transient reason the invocation fails after the others are done, and Lambda
 * retries the event; records already applied are then skipped as duplicates.
 */
public final class IngestHandler implements RequestHandler<S3Event, Void> {

    private final Ingestor ingestor;

    /** SnapStart priming, offline (docs/deploy.md); held here because the runtime keeps only a weak reference. */
    @SuppressWarnings({"unused", "FieldCanBeLocal"})
    private Priming priming;

    /** Used by Lambda: builds its clients once, from the environment, and registers the priming hook. */
    public IngestHandler() {
        this(Services.create(Settings.fromEnvironment()));
        this.priming = Priming.register("ingest", Priming::ingest);
    }

    public IngestHandler(Services services) {
        this.ingestor = services.ingestor();
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        List<String> transientFailures = new ArrayList<>();
        for (S3EventNotificationRecord record : event.getRecords()) {
            ObjectEvent objectEvent = decode(record);
            long start = System.nanoTime();
            try {
                IngestOutcome outcome = switch (objectEvent.kind()) {
                    case CREATED -> ingestor.created(objectEvent);
                    case REMOVED -> ingestor.removed(objectEvent);
                    case OTHER -> new IngestOutcome(objectEvent.bucket(), objectEvent.key(),
                            IngestOutcome.Result.SKIPPED, null, "event " + record.getEventName() + " is not handled", 0);
                };
                log(context, outcome);
            } catch (RuntimeException e) {
                transientFailures.add(objectEvent.key() + ": " + e.getClass().getSimpleName());
                log(context, new IngestOutcome(objectEvent.bucket(), objectEvent.key(), IngestOutcome.Result.FAILED,
                        null, "transient: " + e.getClass().getSimpleName() + " (will be retried)",
                        (System.nanoTime() - start) / 1_000_000));
            }
        }
        if (!transientFailures.isEmpty()) {
            throw new TransientIngestFailure(transientFailures);
        }
        return null;
    }

    static ObjectEvent decode(S3EventNotificationRecord record) {
        String name = record.getEventName() == null ? "" : record.getEventName();
        ObjectEvent.Kind kind = name.startsWith("ObjectCreated") ? ObjectEvent.Kind.CREATED
                : name.startsWith("ObjectRemoved") ? ObjectEvent.Kind.REMOVED : ObjectEvent.Kind.OTHER;
        var object = record.getS3().getObject();
        Long size = object.getSizeAsLong();
        // Lambda's deserializer turns an absent versionId (unversioned bucket) into "": GetObject must not get it.
        String versionId = object.getVersionId();
        if (versionId != null && versionId.isBlank()) {
            versionId = null;
        }
        return new ObjectEvent(kind, record.getS3().getBucket().getName(), object.getUrlDecodedKey(),
                size == null ? 0 : size, object.geteTag(), versionId, Sequencer.of(object.getSequencer()));
    }

    private static void log(Context context, IngestOutcome outcome) {
        String line = logLine(outcome, Instant.now()).toJson();
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line + "\n");
        } else {
            System.out.println(line);
        }
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
