package dev.newsdesk.testing;

import dev.newsdesk.functions.events.S3Event;
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
    public static S3Event.Notification created(String bucket, String key, long size, String etag, String sequencer) {
        return record("ObjectCreated:Put", bucket, key, size, etag, sequencer);
    }

    /** A removal's record, which carries neither size nor eTag: the object is gone. */
    public static S3Event.Notification removed(String bucket, String key, String sequencer) {
        return record("ObjectRemoved:Delete", bucket, key, null, null, sequencer);
    }

    /** A sequencer later than every one handed out before. */
    public static String nextSequencer() {
        return Long.toHexString(SEQUENCER.addAndGet(0x10)).toUpperCase();
    }

    public static S3Event event(S3Event.Notification... records) {
        return new S3Event(Arrays.asList(records));
    }

    private static S3Event.Notification record(String name, String bucket, String key, Long size, String etag,
                                               String sequencer) {
        var bucketEntity = new S3Event.Bucket(bucket, new S3Event.Identity("A3NL1KOZZKExample"),
                "arn:aws:s3:::" + bucket);
        var object = new S3Event.S3Object(URLEncoder.encode(key, StandardCharsets.UTF_8), size, etag, null,
                sequencer != null ? sequencer : nextSequencer());
        var s3 = new S3Event.Entity("1.0", "newsdesk-ingest", bucketEntity, object);
        return new S3Event.Notification("2.1", "aws:s3", "us-east-1", "2026-11-29T00:00:00.000Z", name,
                new S3Event.Identity("AWS:example"), new S3Event.RequestParameters("127.0.0.1"),
                new S3Event.ResponseElements("x-amz-request-id", "x-amz-id-2"), s3);
    }

    public static List<S3Event.Notification> records(S3Event event) {
        return event.records();
    }
}
