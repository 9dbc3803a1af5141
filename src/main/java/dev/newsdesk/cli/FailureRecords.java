package dev.newsdesk.cli;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.RequestParametersEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.ResponseElementsEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.UserIdentityEntity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a message of the ingest failure queue back into the S3 event that failed. Lambda's on-failure destination
 * sends an invocation record ({@code requestContext.condition}, {@code requestPayload} = the event as S3 sent it,
 * {@code responsePayload} = the error); a queue used as a dead-letter queue gets the bare event. The event is
 * built as the Lambda Java runtime builds it for the handler (fields S3 leaves out become {@code 0} and {@code ""}).
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
        JsonNode event = root.has("requestPayload") ? root.get("requestPayload") : root;
        JsonNode records = event.path("Records");
        if (!records.isArray() || records.isEmpty()) {
            throw new IllegalArgumentException("the message holds no S3 event records");
        }
        List<S3EventNotificationRecord> out = new ArrayList<>();
        for (JsonNode r : records) {
            JsonNode s3 = r.path("s3");
            JsonNode bucket = s3.path("bucket");
            JsonNode object = s3.path("object");
            if (bucket.path("name").asText("").isEmpty() || object.path("key").asText("").isEmpty()) {
                throw new IllegalArgumentException("a record names no bucket or key");
            }
            S3ObjectEntity o = new S3ObjectEntity(object.path("key").asText(), object.path("size").asLong(0),
                    object.path("eTag").asText(""), object.path("versionId").asText(""),
                    object.path("sequencer").asText(""));
            S3Entity entity = new S3Entity(s3.path("configurationId").asText(""),
                    new S3BucketEntity(bucket.path("name").asText(),
                            new UserIdentityEntity(bucket.path("ownerIdentity").path("principalId").asText("")),
                            bucket.path("arn").asText("")), o, s3.path("s3SchemaVersion").asText(""));
            out.add(new S3EventNotificationRecord(r.path("awsRegion").asText(""), r.path("eventName").asText(""),
                    r.path("eventSource").asText(""), r.path("eventTime").asText(null),
                    r.path("eventVersion").asText(""),
                    new RequestParametersEntity(r.path("requestParameters").path("sourceIPAddress").asText("")),
                    new ResponseElementsEntity(r.path("responseElements").path("x-amz-id-2").asText(""),
                            r.path("responseElements").path("x-amz-request-id").asText("")),
                    entity, new UserIdentityEntity(r.path("userIdentity").path("principalId").asText(""))));
        }
        return new S3Event(out);
    }
}
