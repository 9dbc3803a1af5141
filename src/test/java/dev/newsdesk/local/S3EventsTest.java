package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsdesk.functions.events.S3Event;
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
        assertEquals(1, event.records().size());
        S3Event.Notification r = event.records().get(0);
        assertEquals("2.1", r.eventVersion());
        assertEquals("aws:s3", r.eventSource());
        assertEquals("ObjectCreated:Put", r.eventName());
        assertEquals("eu-west-3", r.awsRegion());
        assertEquals("2026-11-29T00:31:02.123Z", r.eventTime());
        assertEquals("newsdesk-articles", r.s3().bucket().name());
        assertEquals("arn:aws:s3:::newsdesk-articles", r.s3().bucket().arn());
        assertEquals("1.0", r.s3().s3SchemaVersion());
        assertEquals("a+b/%C3%A9%2Bx.txt", r.s3().object().key());
        assertEquals("a b/é+x.txt", r.s3().object().decodedKey());
        assertEquals(2691L, r.s3().object().size());
        assertEquals("764efa883dda1e11db47671c4a3bbd9e", r.s3().object().eTag());
        assertEquals("0001A224BCC1810000", r.s3().object().sequencer());
        assertNull(r.s3().object().versionId(), "the bucket is not versioned");
        assertNotNull(r.responseElements().requestId());
        assertNotNull(r.responseElements().id2());
        assertEquals("127.0.0.1", r.requestParameters().sourceIpAddress());
    }

    @Test
    void aDeleteCarriesNeitherSizeNorEtag() {
        S3Event.Notification r = events.of("b", ObjectChange.removed("k.txt", version), "02")
                .records().get(0);
        assertEquals("ObjectRemoved:Delete", r.eventName());
        assertEquals("k.txt", r.s3().object().key());
        assertNull(r.s3().object().size(), "S3's removal record has no size");
        assertNull(r.s3().object().eTag());
        assertEquals("02", r.s3().object().sequencer());
    }
}
