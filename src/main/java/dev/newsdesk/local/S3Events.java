package dev.newsdesk.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.RequestParametersEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.ResponseElementsEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.UserIdentityEntity;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds the {@link S3Event} that S3 sends to a Lambda function for a change in a bucket (event structure
 * version 2.1), field for field, as the Lambda Java runtime hands it to the handler: the runtime's deserializer
 * turns fields S3 leaves out (a removal's size and eTag, an unversioned object's versionId) into {@code 0} and
 * {@code ""}, and so does this. The ingest handler cannot tell the one-machine mode from AWS.
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

    S3EventNotificationRecord record(String bucket, ObjectChange change, String sequencer) {
        boolean written = change.kind() == ObjectChange.Kind.WRITTEN;
        // S3's removal record carries neither size nor eTag: the object is gone. The Lambda Java runtime's
        // deserializer turns them into 0 and "", so that is what a handler sees on AWS, and here.
        S3ObjectEntity object = new S3ObjectEntity(S3Keys.eventEncode(change.key()),
                written ? change.version().size() : 0L,
                written ? change.version().etag() : "",
                "", // versionId: the bucket is not versioned; S3 sends none, which the runtime turns into ""
                sequencer);
        S3Entity s3 = new S3Entity(CONFIGURATION_ID,
                new S3BucketEntity(bucket, new UserIdentityEntity(BUCKET_OWNER), "arn:aws:s3:::" + bucket),
                object, "1.0");
        return new S3EventNotificationRecord(region, change.kind().eventName(), "aws:s3",
                clock.instant().truncatedTo(ChronoUnit.MILLIS).toString(), "2.1",
                new RequestParametersEntity("127.0.0.1"),
                new ResponseElementsEntity(randomId2(), randomRequestId()),
                s3, new UserIdentityEntity(PRINCIPAL));
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
