package dev.newsdesk.local;

import dev.newsdesk.functions.events.S3Event;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds the {@link S3Event} that S3 sends to a Lambda function for a change in a bucket (event structure
 * version 2.1), field for field, as the ingest handler reads it from S3's JSON: fields S3 leaves out (a removal's
 * size and eTag, an unversioned object's versionId) are null. The ingest handler cannot tell the one-machine mode
 * from AWS.
 */
final class S3Events {

    /** The principal S3 names as the requester; locally there is no IAM, so a fixed, recognisable one. */
    static final String PRINCIPAL = "AWS:NEWSDESKLOCAL";
    static final String CONFIGURATION_ID = "newsdesk-local-ingest";
    /** Bucket owners are canonical user ids without a prefix ({@code A3NL1KOZZKExample}). */
    static final String BUCKET_OWNER = "NEWSDESKLOCAL";

    private final String region;
    private final Clock clock;

    S3Events(String region, Clock clock) {
        this.region = region;
        this.clock = clock;
    }

    /** The one-record event for {@code change} in {@code bucket}. */
    S3Event of(String bucket, ObjectChange change, String sequencer) {
        return new S3Event(List.of(record(bucket, change, sequencer)));
    }

    S3Event.Notification record(String bucket, ObjectChange change, String sequencer) {
        boolean written = change.kind() == ObjectChange.Kind.WRITTEN;
        // S3's removal record carries neither size nor eTag: the object is gone. The bucket is not versioned, so
        // no record carries a versionId.
        var object = new S3Event.S3Object(S3Keys.eventEncode(change.key()),
                written ? change.version().size() : null, written ? change.version().etag() : null, null, sequencer);
        var s3 = new S3Event.Entity("1.0", CONFIGURATION_ID,
                new S3Event.Bucket(bucket, new S3Event.Identity(BUCKET_OWNER), "arn:aws:s3:::" + bucket), object);
        return new S3Event.Notification("2.1", "aws:s3", region,
                clock.instant().truncatedTo(ChronoUnit.MILLIS).toString(), change.kind().eventName(),
                new S3Event.Identity(PRINCIPAL), new S3Event.RequestParameters("127.0.0.1"),
                new S3Event.ResponseElements(randomRequestId(), randomId2()), s3);
    }

    private static String randomRequestId() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static String randomId2() {
        byte[] bytes = new byte[48];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
