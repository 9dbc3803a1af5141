package dev.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsdesk.functions.events.S3Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The failure queue's messages read back into the S3 event that failed, as the ingest function reads events. */
class FailureRecordsTest {

    @Test
    void anOnFailureDestinationRecordGivesBackItsRequestPayload() throws IOException {
        String s3Event = Files.readString(Path.of("events/s3-put-batch.json"));
        S3Event event = FailureRecords.event("""
                {"version": "1.0", "timestamp": "2026-11-28T09:21:00.000Z",
                 "requestContext": {"requestId": "r-1", "condition": "RetriesExhausted", "approximateInvokeCount": 3},
                 "requestPayload": %s,
                 "responseContext": {"statusCode": 200, "functionError": "Unhandled"},
                 "responsePayload": {"errorMessage": "DynamoDB did not answer"}}
                """.formatted(s3Event));
        assertEquals(2, event.records().size());
        var first = event.records().get(0);
        assertEquals("newsdesk-articles", first.s3().bucket().name());
        assertEquals("culture/l'été à Bamako.txt", first.s3().object().decodedKey());
        assertEquals(1874L, first.s3().object().size());
        assertNull(first.s3().object().versionId());
        assertEquals("ObjectCreated:CompleteMultipartUpload", event.records().get(1).eventName());
    }

    @Test
    void aDeadLetterQueueMessageIsTheBareEvent() throws IOException {
        S3Event event = FailureRecords.event(Files.readString(Path.of("events/s3-delete.json")));
        assertEquals("ObjectRemoved:Delete", event.records().get(0).eventName());
        assertEquals("politique/politique-mali-russie.txt", event.records().get(0).s3().object().decodedKey());
    }

    @Test
    void aMessageWithoutAnEventSaysWhatIsMissing() {
        assertEquals("the message is not JSON",
                assertThrows(IllegalArgumentException.class, () -> FailureRecords.event("Records")).getMessage());
        assertEquals("the message holds no S3 event records",
                assertThrows(IllegalArgumentException.class, () -> FailureRecords.event("{\"hello\":1}")).getMessage());
        assertEquals("the message holds no S3 event records", assertThrows(IllegalArgumentException.class,
                () -> FailureRecords.event("{\"requestPayload\": {\"Records\": []}}")).getMessage());
        assertEquals("a record names no bucket or key", assertThrows(IllegalArgumentException.class,
                () -> FailureRecords.event("{\"Records\": [{\"s3\": {\"bucket\": {\"name\": \"b\"}}}]}")).getMessage());
        assertEquals("a record names no bucket or key", assertThrows(IllegalArgumentException.class,
                () -> FailureRecords.event("{\"Records\": [{\"s3\": {\"object\": {\"key\": \"k\"}}}]}")).getMessage());
    }
}
