package dev.newsdesk.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import dev.newsdesk.Settings;
import dev.newsdesk.ingest.IngestBatch;
import dev.newsdesk.ingest.IngestOutcome;
import dev.newsdesk.ingest.ObjectEvent;
import dev.newsdesk.ingest.Sequencer;
import dev.newsdesk.priming.Priming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IngestFunction: S3 ObjectCreated/ObjectRemoved events in, articles stored. It only translates: each record
 * becomes an {@link ObjectEvent}, and the {@link IngestBatch} applies them, each on its own; if one failed for
 * a transient reason the invocation fails after the others are done, and Lambda retries the event.
 */
public final class IngestFunction implements RequestHandler<S3Event, Void> {

    private final Services services;
    private final IngestBatch batch;

    /** SnapStart priming, offline (docs/deploy.md); held here because the runtime keeps only a weak reference. */
    @SuppressWarnings({"unused", "FieldCanBeLocal"})
    private Priming priming;

    /** Used by Lambda: builds its clients once, from the environment, and registers its priming and what a restore renews. */
    public IngestFunction() {
        this(Services.create(Settings.fromEnvironment()));
        this.priming = Priming.register("ingest", IngestFunction::prime, services::restored);
    }

    public IngestFunction(Services services) {
        this.services = services;
        this.batch = new IngestBatch(services.ingestor());
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        ingest(event, context);
        return null;
    }

    private List<IngestOutcome> ingest(S3Event event, Context context) {
        return batch.apply(event.getRecords().stream().map(IngestFunction::decode).toList(), LambdaLog.of(context));
    }

    private static ObjectEvent decode(S3EventNotificationRecord record) {
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
                size == null ? 0 : size, object.geteTag(), versionId, Sequencer.of(object.getSequencer()),
                record.getEventName());
    }

    /** The SnapStart priming of this function: the samples through it (S3 GET, parse, store), offline. */
    public static void prime() {
        try (OfflineServices offline = OfflineServices.start()) {
            publishSamples(offline);
        }
    }

    /**
     * Each sample a few times: the first round loads the classes, the later ones give the JIT (C1 only on Lambda)
     * the calls it needs to compile the parser's and the store's hot methods into the snapshot. Before each later
     * round the sample is deleted (a re-upload that parses the same would write nothing), so that every round
     * writes the article in full, and the deletion's path is primed too.
     *
     * @throws IllegalStateException unless every sample was published each time: priming that parsed nothing
     *                               primed nothing
     */
    static List<IngestOutcome> publishSamples(OfflineServices offline) {
        IngestFunction ingest = new IngestFunction(offline.services());
        List<IngestOutcome> outcomes = new ArrayList<>();
        long sequencer = 1;
        for (int round = 0; round < Priming.ROUNDS; round++) {
            for (Map.Entry<String, byte[]> sample : offline.samples().entrySet()) {
                String key = OfflineServices.key(sample.getKey());
                if (round > 0) ingest.ingest(PrimingEvents.delete(OfflineServices.BUCKET, key, sequencer++), null);
                outcomes.addAll(ingest.ingest(PrimingEvents.put(OfflineServices.BUCKET, key, sample.getValue().length,
                        sequencer++), null));
            }
        }
        for (IngestOutcome outcome : outcomes) {
            if (outcome.result() != IngestOutcome.Result.PUBLISHED) {
                throw new IllegalStateException("priming: " + outcome.key() + " was " + outcome.result().json()
                        + " (" + outcome.reason() + ")");
            }
        }
        return outcomes;
    }
}
