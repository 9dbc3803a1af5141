package dev.newsdesk.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Re-ingests the objects of a bucket through {@link Ingestor#reprocess}, in key order, so that a run can stop
 * after any key and a later run go on after it. It only orchestrates; the command around it shows progress and
 * keeps the checkpoint.
 */
public final class Reprocessor {

    /** What the caller hears about as the run goes. */
    public interface Listener {
        /** Before the first object: how many there are under the prefix, and how many the checkpoint skips. */
        void started(int total, int alreadyDone);

        /** After each object, in order: from here a later run may resume after {@code outcome.key()}. */
        void done(IngestOutcome outcome);
    }

    /** How a run ended. */
    public record Result(int total, int processed, boolean complete) {
    }

    private final S3Client s3;
    private final Ingestor ingestor;

    public Reprocessor(S3Client s3, Ingestor ingestor) {
        this.s3 = s3;
        this.ingestor = ingestor;
    }

    /**
     * Reprocesses every object of {@code bucket} under {@code prefix} whose key comes after {@code startAfter}
     * (null: from the start), until done or until {@code stop} says so between two objects. A transient error
     * (throttling, network) is thrown: the objects before it are done, the checkpoint names the last of them.
     */
    public Result run(String bucket, String prefix, String startAfter, BooleanSupplier stop, Listener listener) {
        List<S3Object> objects = list(bucket, prefix);
        int from = 0;
        if (startAfter != null) {
            // S3 lists keys in the order of their UTF-8 bytes; compare the same way.
            byte[] after = startAfter.getBytes(StandardCharsets.UTF_8);
            while (from < objects.size()
                    && Arrays.compareUnsigned(objects.get(from).key().getBytes(StandardCharsets.UTF_8), after) <= 0) {
                from++;
            }
        }
        listener.started(objects.size(), from);
        int processed = 0;
        for (int i = from; i < objects.size(); i++) {
            if (stop.getAsBoolean()) {
                return new Result(objects.size(), processed, false);
            }
            S3Object object = objects.get(i);
            long size = object.size() == null ? 0 : object.size();
            listener.done(ingestor.reprocess(bucket, object.key(), size, ObjectEvent.unquotedEtag(object.eTag())));
            processed++;
        }
        return new Result(objects.size(), processed, true);
    }

    /** Every key under the prefix (one ListObjectsV2 a thousand keys), in S3's order. */
    private List<S3Object> list(String bucket, String prefix) {
        List<S3Object> objects = new ArrayList<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix == null || prefix.isEmpty() ? null : prefix))
                .contents().forEach(objects::add);
        return objects;
    }
}
