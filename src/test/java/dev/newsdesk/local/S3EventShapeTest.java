package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The pump's events against the AWS samples in events/ (what S3 sends) as the Lambda Java runtime's own
 * deserializer hands them to a handler: the handler sees the same values from both.
 */
class S3EventShapeTest {

    private static final PojoSerializer<S3Event> RUNTIME = LambdaEventSerializers.serializerFor(S3Event.class,
            S3EventShapeTest.class.getClassLoader());

    @Test
    void aPutReadsExactlyLikeTheAwsSampleAsTheRuntimeHandsItOver() throws Exception {
        S3EventNotificationRecord aws = runtimeRead("events/s3-put.json").getRecords().get(0);
        S3EventNotificationRecord ours = new S3Events("eu-west-3", Clock.systemUTC()).of("newsdesk-articles",
                ObjectChange.written("politique/politique-mali-russie.txt",
                        new ObjectVersion("\"a98cb3b60eb2cecdaa6a28ea72e116f2\"", Instant.EPOCH, 2691)),
                "00674828BB5A0C2E61").getRecords().get(0);
        assertSameAsHandlerSeesThem(aws, ours);
    }

    @Test
    void aDeleteReadsExactlyLikeTheAwsSampleAsTheRuntimeHandsItOver() throws Exception {
        // S3's JSON has no size, eTag or versionId; the runtime's deserializer fills in 0, "" and "".
        S3EventNotificationRecord aws = runtimeRead("events/s3-delete.json").getRecords().get(0);
        S3EventNotificationRecord ours = new S3Events("eu-west-3", Clock.systemUTC()).of("newsdesk-articles",
                ObjectChange.removed("politique/politique-mali-russie.txt", new ObjectVersion("e", Instant.EPOCH, 1)),
                "0067483A6F19D3B8A4").getRecords().get(0);
        assertSameAsHandlerSeesThem(aws, ours);
    }

    /** Everything but the ids, times and principals, which differ from one event to the next anyway. */
    private static void assertSameAsHandlerSeesThem(S3EventNotificationRecord aws, S3EventNotificationRecord ours) {
        assertEquals(aws.getEventVersion(), ours.getEventVersion());
        assertEquals(aws.getEventSource(), ours.getEventSource());
        assertEquals(aws.getEventName(), ours.getEventName());
        assertEquals(aws.getAwsRegion(), ours.getAwsRegion());
        assertEquals(aws.getS3().getS3SchemaVersion(), ours.getS3().getS3SchemaVersion());
        assertEquals(aws.getS3().getBucket().getName(), ours.getS3().getBucket().getName());
        assertEquals(aws.getS3().getBucket().getArn(), ours.getS3().getBucket().getArn());
        var a = aws.getS3().getObject();
        var o = ours.getS3().getObject();
        assertEquals(a.getKey(), o.getKey());
        assertEquals(a.getUrlDecodedKey(), o.getUrlDecodedKey());
        assertEquals(a.getSizeAsLong(), o.getSizeAsLong());
        assertEquals(a.geteTag(), o.geteTag());
        assertEquals(a.getVersionId(), o.getVersionId());
        assertEquals(a.getSequencer(), o.getSequencer());
    }

    private static S3Event runtimeRead(String file) throws Exception {
        try (var in = java.nio.file.Files.newInputStream(Path.of(file))) {
            return RUNTIME.fromJson(in);
        }
    }
}
