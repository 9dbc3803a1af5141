package dev.newsdesk.testing;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Builds S3 events the way S3 sends them: keys URL-encoded ({@code +} for space), a sequencer per change. */
public final class S3Events {

    private static final AtomicLong SEQUENCER = new AtomicLong(0x0055AED6DCD90281L);

    private S3Events() {
    }

    /** A record for a created object; {@code sequencer} null takes the next one. */
    public static S3EventNotification.S3EventNotificationRecord created(String bucket, String key, long size,
                                                                         String etag, String sequencer) {
        return record("ObjectCreated:Put", bucket, key, size, etag, sequencer);
    }

    public static S3EventNotification.S3EventNotificationRecord removed(String bucket, String key, String sequencer) {
        return record("ObjectRemoved:Delete", bucket, key, 0, null, sequencer);
    }

    /** A sequencer later than every one handed out before. */
    public static String nextSequencer() {
        return Long.toHexString(SEQUENCER.addAndGet(0x10)).toUpperCase();
    }

    public static S3Event event(S3EventNotification.S3EventNotificationRecord... records) {
        return new S3Event(Arrays.asList(records));
    }

    private static S3EventNotification.S3EventNotificationRecord record(String name, String bucket, String key,
                                                                        long size, String etag, String sequencer) {
        var bucketEntity = new S3EventNotification.S3BucketEntity(bucket,
                new S3EventNotification.UserIdentityEntity("A3NL1KOZZKExample"), "arn:aws:s3:::" + bucket);
        var object = new S3EventNotification.S3ObjectEntity(URLEncoder.encode(key, StandardCharsets.UTF_8), size,
                etag, null, sequencer != null ? sequencer : nextSequencer());
        var s3 = new S3EventNotification.S3Entity("newsdesk-ingest", bucketEntity, object, "1.0");
        return new S3EventNotification.S3EventNotificationRecord("us-east-1", name, "aws:s3",
                "2026-11-29T00:00:00.000Z", "2.1", new S3EventNotification.RequestParametersEntity("127.0.0.1"),
                new S3EventNotification.ResponseElementsEntity("x-amz-id-2", "x-amz-request-id"), s3,
                new S3EventNotification.UserIdentityEntity("AWS:example"));
    }

    public static List<S3EventNotification.S3EventNotificationRecord> records(S3Event event) {
        return event.getRecords();
    }
}
