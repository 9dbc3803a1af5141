package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.functions.events.LambdaJson;
import dev.newsdesk.functions.events.S3Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The pump's events against the AWS samples in events/ (what S3 sends) as the ingest function reads them: the
 * handler sees the same values from both.
 */
class S3EventShapeTest {

    @Test
    void aPutReadsExactlyLikeTheAwsSample() throws Exception {
        S3Event.Notification aws = read("events/s3-put.json");
        S3Event.Notification ours = new S3Events("eu-west-3", Clock.systemUTC()).of("newsdesk-articles",
                ObjectChange.written("politique/politique-mali-russie.txt",
                        new ObjectVersion("\"a98cb3b60eb2cecdaa6a28ea72e116f2\"", Instant.EPOCH, 2691)),
                "00674828BB5A0C2E61").records().get(0);
        assertEquals(comparable(aws), comparable(ours));
    }

    @Test
    void aDeleteReadsExactlyLikeTheAwsSample() throws Exception {
        // S3's JSON has no size, eTag or versionId: the handler gets null for each from both.
        S3Event.Notification aws = read("events/s3-delete.json");
        S3Event.Notification ours = new S3Events("eu-west-3", Clock.systemUTC()).of("newsdesk-articles",
                ObjectChange.removed("politique/politique-mali-russie.txt", new ObjectVersion("e", Instant.EPOCH, 1)),
                "0067483A6F19D3B8A4").records().get(0);
        assertEquals(comparable(aws), comparable(ours));
    }

    /** Everything but the ids, times, principals and configuration name, which differ from one event to the next. */
    private static S3Event.Notification comparable(S3Event.Notification n) {
        var s3 = n.s3();
        var bucket = new S3Event.Bucket(s3.bucket().name(), null, s3.bucket().arn());
        return new S3Event.Notification(n.eventVersion(), n.eventSource(), n.awsRegion(), null, n.eventName(), null,
                null, null, new S3Event.Entity(s3.s3SchemaVersion(), null, bucket, s3.object()));
    }

    private static S3Event.Notification read(String file) throws Exception {
        return LambdaJson.read(Files.readAllBytes(Path.of(file)), S3Event.class).records().get(0);
    }
}
