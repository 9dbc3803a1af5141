package dev.newsdesk.ingest;

/**
 * One S3 object event, decoded: the key is URL-decoded and the sequencer normalized.
 *
 * @param size bytes of the object as the event reports it (0 for deletions)
 */
public record ObjectEvent(Kind kind, String bucket, String key, long size, String etag, String versionId,
                          Sequencer sequencer) {

    public enum Kind { CREATED, REMOVED, OTHER }

    /** The object that owns an article: {@code bucket/key}. */
    public String owner() {
        return bucket + "/" + key;
    }
}
