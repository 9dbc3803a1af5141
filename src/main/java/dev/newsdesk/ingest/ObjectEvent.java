package dev.newsdesk.ingest;

/**
 * One S3 object event, decoded: the key is URL-decoded and the sequencer normalized.
 *
 * @param size bytes of the object as the event reports it (0 for deletions)
 * @param name the event's name as S3 sent it ({@code ObjectCreated:Put}, ...); null when no event came (reprocessing)
 */
public record ObjectEvent(Kind kind, String bucket, String key, long size, String etag, String versionId,
                          Sequencer sequencer, String name) {

    public enum Kind {
        CREATED, REMOVED, OTHER,
        /** A record that names no bucket or object, or whose key is not encoded as S3 encodes keys: no retry mends it. */
        MALFORMED
    }

    /** An event of our own making (reprocessing, tests): it has no S3 name. */
    public ObjectEvent(Kind kind, String bucket, String key, long size, String etag, String versionId,
                       Sequencer sequencer) {
        this(kind, bucket, key, size, etag, versionId, sequencer, null);
    }

    /** An ETag as events carry it: listings and object heads quote it ({@code "abc"}), events do not. */
    public static String unquotedEtag(String etag) {
        return etag != null && etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")
                ? etag.substring(1, etag.length() - 1) : etag;
    }

    /** The object that owns an article: {@code bucket/key}. */
    public String owner() {
        return bucket + "/" + key;
    }
}
