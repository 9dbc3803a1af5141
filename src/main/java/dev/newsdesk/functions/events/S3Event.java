package dev.newsdesk.functions.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * An S3 event notification (event structure version 2.x) as S3 sends it to a function: one {@link Notification}
 * per changed object. Fields S3 leaves out (a removal's size and eTag, an unversioned object's versionId) are null.
 */
public record S3Event(@JsonProperty("Records") List<Notification> records) {

    public S3Event {
        if (records != null && records.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a record of the event is null");
        }
        records = Copies.of(records);
    }

    public record Notification(String eventVersion, String eventSource, String awsRegion, String eventTime,
                               String eventName, Identity userIdentity, RequestParameters requestParameters,
                               ResponseElements responseElements, Entity s3) {
    }

    public record Entity(String s3SchemaVersion, String configurationId, Bucket bucket,
                         @JsonProperty("object") S3Object object) {
    }

    public record Bucket(String name, Identity ownerIdentity, String arn) {
    }

    /** The object; {@code key} is URL-encoded as S3 writes it into notifications ({@link #decodedKey()}). */
    public record S3Object(String key, Long size, @JsonProperty("eTag") String eTag, String versionId,
                           String sequencer) {

        /**
         * The key itself: S3 form-encodes the UTF-8 key (a space becomes {@code +}, a {@code +} {@code %2B}).
         *
         * @throws IllegalArgumentException when the key is not form-encoded (a stray {@code %})
         */
        public String decodedKey() {
            return key == null ? null : URLDecoder.decode(key, StandardCharsets.UTF_8);
        }
    }

    public record Identity(String principalId) {
    }

    public record RequestParameters(@JsonProperty("sourceIPAddress") String sourceIpAddress) {
    }

    public record ResponseElements(@JsonProperty("x-amz-request-id") String requestId,
                                   @JsonProperty("x-amz-id-2") String id2) {
    }
}
