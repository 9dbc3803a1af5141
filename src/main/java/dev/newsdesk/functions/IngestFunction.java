package dev.newsdesk.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.newsdesk.Settings;
import dev.newsdesk.functions.events.LambdaJson;
import dev.newsdesk.functions.events.S3Event;
import dev.newsdesk.ingest.IngestBatch;
import dev.newsdesk.ingest.IngestOutcome;
import dev.newsdesk.ingest.ObjectEvent;
import dev.newsdesk.ingest.Sequencer;
import dev.newsdesk.priming.Priming;
import dev.newsdesk.priming.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IngestFunction: S3 ObjectCreated/ObjectRemoved events in, articles stored. It only translates: each record
 * becomes an {@link ObjectEvent}, and the {@link IngestBatch} applies them, each on its own; if one failed for
 * a transient reason the invocation fails after the others are done, and Lambda retries the event. Lambda hands it
 * the event's JSON, read with {@link LambdaJson} into an {@link S3Event}.
 */
public final class IngestFunction implements RequestStreamHandler {

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

    /** Used by Lambda: the event's JSON in, JSON's null out (the function answers nothing). */
    @Override
    public void handleRequest(InputStream event, OutputStream response, Context context) throws IOException {
        handle(LambdaJson.read(event, S3Event.class), context);
        LambdaJson.write(null, response);
    }

    /** Applies each record of {@code event}; what came of each, in order. */
    public List<IngestOutcome> handle(S3Event event, Context context) {
        return batch.apply(event.records().stream().map(IngestFunction::decode).toList(), LambdaLog.of(context));
    }

    /** The record as an event; one naming no object, or with a key S3 did not encode, is {@code MALFORMED}. */
    private static ObjectEvent decode(S3Event.Notification record) {
        String name = record.eventName() == null ? "" : record.eventName();
        ObjectEvent.Kind kind = name.startsWith("ObjectCreated") ? ObjectEvent.Kind.CREATED
                : name.startsWith("ObjectRemoved") ? ObjectEvent.Kind.REMOVED : ObjectEvent.Kind.OTHER;
        var s3 = record.s3();
        String bucket = s3 == null || s3.bucket() == null ? null : s3.bucket().name();
        var object = s3 == null ? null : s3.object();
        String key = object == null ? null : decodedKey(object);
        if (bucket == null || key == null) {
            return new ObjectEvent(ObjectEvent.Kind.MALFORMED, bucket, object == null ? null : object.key(), 0, null,
                    null, Sequencer.of(null), record.eventName());
        }
        // An empty versionId is none (an unversioned bucket's object): GetObject must not get it.
        String versionId = object.versionId();
        if (versionId != null && versionId.isBlank()) {
            versionId = null;
        }
        return new ObjectEvent(kind, bucket, key, object.size() == null ? 0 : object.size(), object.eTag(), versionId,
                Sequencer.of(object.sequencer()), record.eventName());
    }

    /** The object's key decoded, or null when it names none or holds a stray {@code %}. */
    private static String decodedKey(S3Event.S3Object object) {
        try {
            return object.decodedKey();
        } catch (IllegalArgumentException notEncoded) {
            return null;
        }
    }

    /** The SnapStart priming of this function: the samples through it (S3 GET, parse, store), offline. */
    public static void prime() {
        try (OfflineServices offline = OfflineServices.start()) {
            publishSamples(offline);
        }
    }

    /**
     * Each sample a few times, its event read from JSON as Lambda hands it over: the first round loads the
     * classes, the later ones give the JIT (C1 only on Lambda) the calls it needs to compile the parser's and the
     * store's hot methods into the snapshot. Before each later round the sample is deleted (a re-upload that parses
     * the same would write nothing), so that every round writes the article in full, and the deletion's path is
     * primed too; after it, a revision of the sample is published over the standing article, the path of most
     * real uploads (the old article's listing form read back, its lists and status entries replaced), which a
     * publish after a deletion never takes.
     *
     * @throws IllegalStateException unless every sample and revision was published each time: priming that parsed
     *                               nothing primed nothing
     */
    static List<IngestOutcome> publishSamples(OfflineServices offline) {
        IngestFunction ingest = new IngestFunction(offline.services());
        List<IngestOutcome> outcomes = new ArrayList<>();
        long sequencer = 1;
        for (int round = 0; round < Priming.ROUNDS; round++) {
            for (Map.Entry<String, byte[]> sample : offline.samples().entrySet()) {
                String key = OfflineServices.key(sample.getKey());
                if (round > 0) ingest.invoke(PrimingEvents.delete(OfflineServices.BUCKET, key, sequencer++));
                offline.endpoint().serve(sample.getKey(), sample.getValue());
                outcomes.addAll(ingest.invoke(PrimingEvents.put(OfflineServices.BUCKET, key,
                        sample.getValue().length, sequencer++)));
                byte[] revision = Samples.revision(sample.getValue(), round);
                offline.endpoint().serve(sample.getKey(), revision);
                outcomes.addAll(ingest.invoke(PrimingEvents.put(OfflineServices.BUCKET, key, revision.length,
                        sequencer++)));
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

    /** What came of {@code event}'s JSON, read as {@link #handleRequest} reads it. */
    private List<IngestOutcome> invoke(byte[] event) {
        return handle(LambdaJson.read(event, S3Event.class), null);
    }
}
