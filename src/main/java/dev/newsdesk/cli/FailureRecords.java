package dev.newsdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.functions.events.LambdaJson;
import dev.newsdesk.functions.events.S3Event;

/**
 * Reads a message of the ingest failure queue back into the S3 event that failed. Lambda's on-failure destination
 * sends an invocation record ({@code requestContext.condition}, {@code requestPayload} = the event as S3 sent it,
 * {@code responsePayload} = the error); a queue used as a dead-letter queue gets the bare event. The event is read
 * as the ingest function reads it ({@link LambdaJson}).
 */
final class FailureRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FailureRecords() {
    }

    /** The S3 event in {@code body}; {@link IllegalArgumentException} with the reason when there is none. */
    static S3Event event(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the message is not JSON");
        }
        JsonNode payload = root.has("requestPayload") ? root.get("requestPayload") : root;
        if (!payload.path("Records").isArray() || payload.path("Records").isEmpty()) {
            throw new IllegalArgumentException("the message holds no S3 event records");
        }
        S3Event event = LambdaJson.read(payload, S3Event.class);
        for (S3Event.Notification record : event.records()) {
            S3Event.Entity s3 = record.s3();
            if (s3 == null || s3.bucket() == null || isEmpty(s3.bucket().name()) || s3.object() == null
                    || isEmpty(s3.object().key())) {
                throw new IllegalArgumentException("a record names no bucket or key");
            }
        }
        return event;
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
