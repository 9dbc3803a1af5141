package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class S3EventsTest {

    private final S3Events events = new S3Events("eu-west-3",
            Clock.fixed(Instant.parse("2026-11-29T00:31:02.123Z"), ZoneOffset.UTC));
    private final ObjectVersion version = new ObjectVersion("\"764efa883dda1e11db47671c4a3bbd9e\"",
            Instant.parse("2026-11-29T00:31:02Z"), 2691);

    @Test
    void aPutLooksLikeS3s() {
        S3Event event = events.of("newsdesk-articles", ObjectChange.written("a b/é+x.txt", version),
                "0001A224BCC1810000");
        assertEquals(1, event.getRecords().size());
        S3EventNotificationRecord r = event.getRecords().get(0);
        assertEquals("2.1", r.getEventVersion());
        assertEquals("aws:s3", r.getEventSource());
        assertEquals("ObjectCreated:Put", r.getEventName());
        assertEquals("eu-west-3", r.getAwsRegion());
        assertEquals(Instant.parse("2026-11-29T00:31:02.123Z").toEpochMilli(), r.getEventTime().getMillis());
        assertEquals("newsdesk-articles", r.getS3().getBucket().getName());
        assertEquals("arn:aws:s3:::newsdesk-articles", r.getS3().getBucket().getArn());
        assertEquals("1.0", r.getS3().getS3SchemaVersion());
        assertEquals("a+b/%C3%A9%2Bx.txt", r.getS3().getObject().getKey());
        assertEquals("a b/é+x.txt", r.getS3().getObject().getUrlDecodedKey());
        assertEquals(2691L, r.getS3().getObject().getSizeAsLong());
        assertEquals("764efa883dda1e11db47671c4a3bbd9e", r.getS3().getObject().geteTag());
        assertEquals("0001A224BCC1810000", r.getS3().getObject().getSequencer());
        assertNotNull(r.getResponseElements().getxAmzRequestId());
        assertEquals("127.0.0.1", r.getRequestParameters().getSourceIPAddress());
    }

    @Test
    void aDeleteCarriesNeitherSizeNorEtag() {
        S3EventNotificationRecord r = events.of("b", ObjectChange.removed("k.txt", version), "02")
                .getRecords().get(0);
        assertEquals("ObjectRemoved:Delete", r.getEventName());
        assertEquals("k.txt", r.getS3().getObject().getKey());
        assertEquals(0L, r.getS3().getObject().getSizeAsLong()); // as the runtime deserializes S3's record
        assertEquals("", r.getS3().getObject().geteTag());
        assertEquals("02", r.getS3().getObject().getSequencer());
    }
}
