package dev.newsdesk.store;

/**
 * A request for one page of upload statuses, newest first.
 *
 * @param bucket the bucket whose uploads are listed
 * @param state  only uploads in this state; null for every state
 * @param prefix only keys that start with it; null for every key
 * @param cursor where the previous page stopped ({@link Page#nextCursor()}), or null for the first page
 * @param pending the uploads seen but not ingested yet ({@link UploadLog#pending}) instead of statuses; then
 *                {@code state} is null
 */
public record UploadQuery(String bucket, UploadStatus.State state, String prefix, int limit, String cursor,
                          boolean pending) {

    public UploadQuery {
        if (limit < 1 || limit > ListQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within 1.." + ListQuery.MAX_LIMIT);
        }
        if (pending && state != null) throw new IllegalArgumentException("pending uploads have no state yet");
    }

    /** Statuses: every upload's, or one state's. */
    public UploadQuery(String bucket, UploadStatus.State state, String prefix, int limit, String cursor) {
        this(bucket, state, prefix, limit, cursor, false);
    }

    /** The listing this query reads: every upload's, one state's, or the pending uploads'. */
    String partition() {
        return pending ? Keys.uploadsPending() : state == null ? Keys.uploads() : Keys.uploadsIn(state);
    }
}
