package dev.newsdesk.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * Presigned PUT URLs, so that a browser sends a file straight to the bucket without the API carrying its bytes.
 * S3 has no "at most N bytes" condition for a presigned PUT (that is a POST policy's content-length-range): when
 * the editor says the file's size, the URL signs that exact Content-Length, and S3 refuses any other; either way
 * the ingest refuses a larger object before reading it (MAX_UPLOAD_BYTES).
 */
public final class UploadGrants {

    /** Long enough to pick a file and send a few megabytes on a slow line; short enough to be useless once leaked. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    /** What a client gets: where to PUT the file, until when, and how large it may be. */
    record Grant(String url, String key, String expiresAt, long maxBytes) {
    }

    private final Supplier<S3Presigner> presigner;
    private final String bucket;
    private final long maxBytes;
    private final Clock clock;

    /**
     * @param presigner built on first use: only this route needs it
     * @param clock     what {@code expiresAt} is computed on; the signature's own time is the SDK's (the system
     *                  clock, which the injected one is outside tests)
     */
    public UploadGrants(Supplier<S3Presigner> presigner, String bucket, long maxBytes, Clock clock) {
        this.presigner = presigner;
        this.bucket = bucket;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** A URL to PUT {@code key} (checked already); {@code size}, when known, is signed as the exact length. */
    Grant grant(String key, Long size) {
        if (size != null && (size < 0 || size > maxBytes)) {
            throw ApiException.badParameter("size must be a number of bytes from 0 to " + maxBytes
                    + " (the upload limit), not " + size);
        }
        Instant now = clock.instant();
        PresignedPutObjectRequest presigned = presigner.get().presignPutObject(p -> p
                .signatureDuration(LIFETIME)
                .putObjectRequest(r -> r.bucket(bucket).key(key).contentLength(size)));
        return new Grant(presigned.url().toString(), key, now.plus(LIFETIME).toString(), maxBytes);
    }
}
