package dev.newsdesk.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What one S3 event record did: the line the ingest log writes for it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestOutcome(String bucket, String key, Result result, String slug, String reason, long millis,
                            Long parseMillis) {

    /** An outcome reached without parsing anything. */
    public IngestOutcome(String bucket, String key, Result result, String slug, String reason, long millis) {
        this(bucket, key, result, slug, reason, millis, null);
    }

    /** The same outcome, with the time the parser took ({@code ParseMillis} metric). */
    public IngestOutcome withParseMillis(long parse) {
        return new IngestOutcome(bucket, key, result, slug, reason, millis, parse);
    }

    /** The reason's code ({@code empty}, {@code too-large}, {@code transient}, ...): the text before its colon. */
    public String reasonCode() {
        if (reason == null) return null;
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }

    public enum Result {
        /** The article is published (new or updated). */
        PUBLISHED,
        /** The article was taken down after its object was deleted. */
        DELETED,
        /** The file can never be an article; recorded with a reason. */
        FAILED,
        /** A duplicate or out-of-order event: nothing to do. */
        SKIPPED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
