package dev.newsdesk.cli;

import dev.newsdesk.local.LocalOptions;
import dev.newsdesk.local.PendingEvents;
import dev.newsdesk.store.BucketObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiPredicate;
import software.amazon.awssdk.services.s3.S3Client;

/** What {@code status} reads besides the statuses: whether an object is in the bucket, and what waits for it. */
final class BucketObjects {

    private BucketObjects() {
    }

    /** Whether (bucket, key) exists: a HEAD of the object (404: it does not). */
    static BiPredicate<String, String> exists(S3Client s3) {
        return (bucket, key) -> BucketObject.lastModified(s3, bucket, key).isPresent();
    }

    /** The events the one-machine mode holds for redelivery (none on AWS: the CLI cannot see Lambda's retries). */
    static List<PendingEvents.Waiting> waiting(CliTarget target) {
        return target.localData().map(data -> {
            try {
                return PendingEvents.read(LocalOptions.waitingFile(data, target.bucket()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the events waiting for redelivery", e);
            }
        }).orElse(List.of());
    }
}
