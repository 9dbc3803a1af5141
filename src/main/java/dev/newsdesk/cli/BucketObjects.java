package dev.newsdesk.cli;

import dev.newsdesk.local.LocalOptions;
import dev.newsdesk.local.PendingEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiPredicate;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** What {@code status} reads besides the statuses: whether an object is in the bucket, and what waits for it. */
final class BucketObjects {

    private BucketObjects() {
    }

    /** Whether (bucket, key) exists: a HEAD of the object (404: it does not). */
    static BiPredicate<String, String> exists(S3Client s3) {
        return (bucket, key) -> {
            try {
                s3.headObject(b -> b.bucket(bucket).key(key));
                return true;
            } catch (NoSuchKeyException e) {
                return false;
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    return false;
                }
                throw e;
            }
        };
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
