package dev.newsdesk.store;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What became of one uploaded object, for the editor who uploaded it.
 *
 * @param slug             the article it is published as (kept after a failure or deletion, so that a new
 *                         upload of the same key gets the same slug and views back)
 * @param title            the title of the article at {@code slug}, as last published (null if it never was, or
 *                         for a status recorded before titles were kept)
 * @param reason           why it failed; null otherwise
 * @param sequencer        the S3 sequencer of the event this status comes from (fixed-width hex)
 * @param firstPublishedAt when the key was first published; kept across updates
 * @param fingerprint      of the published content (null unless published): a re-upload that parses the same
 *                         writes no article
 * @param listed           where the lists and counts hold the key's article once this status's event is applied
 *                         (a failure keeps the standing article's); null for a status recorded before it was kept
 */
public record UploadStatus(String bucket, String key, State state, String slug, String title, String reason,
                           String sequencer, String firstPublishedAt, String updatedAt, String fingerprint,
                           Listed listed) {

    /** A status that does not say where its article is listed (as statuses recorded before it was kept). */
    public UploadStatus(String bucket, String key, State state, String slug, String title, String reason,
                        String sequencer, String firstPublishedAt, String updatedAt, String fingerprint) {
        this(bucket, key, state, slug, title, reason, sequencer, firstPublishedAt, updatedAt, fingerprint, null);
    }

    /** A status without a fingerprint: a failure or a deletion. */
    public UploadStatus(String bucket, String key, State state, String slug, String title, String reason,
                        String sequencer, String firstPublishedAt, String updatedAt) {
        this(bucket, key, state, slug, title, reason, sequencer, firstPublishedAt, updatedAt, null);
    }

    public enum State {
        PUBLISHED, FAILED, DELETED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
