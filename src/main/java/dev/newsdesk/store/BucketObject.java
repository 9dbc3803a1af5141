package dev.newsdesk.store;

import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * What the bucket itself says of one object, for an upload with no status yet: whether it is there (then it is
 * pending: not ingested yet) and since when.
 */
public final class BucketObject {

    private BucketObject() {
    }

    /** When (bucket, key) was last written, from a HEAD of the object; empty if there is no such object. */
    public static Optional<Instant> lastModified(S3Client s3, String bucket, String key) {
        try {
            return Optional.of(s3.headObject(b -> b.bucket(bucket).key(key)).lastModified());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
