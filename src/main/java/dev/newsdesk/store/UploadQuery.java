package dev.newsdesk.store;

/**
 * A request for one page of upload statuses, newest first.
 *
 * @param bucket the bucket whose uploads are listed
 * @param state  only uploads in this state; null for every state
 * @param prefix only keys that start with it; null for every key
 * @param cursor where the previous page stopped ({@link Page#nextCursor()}), or null for the first page
 */
public record UploadQuery(String bucket, UploadStatus.State state, String prefix, int limit, String cursor) {

    public UploadQuery {
        if (limit < 1 || limit > ListQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within 1.." + ListQuery.MAX_LIMIT);
        }
    }

    /** The listing this query reads: every upload's, or one state's. */
    String partition() {
        return state == null ? Keys.uploads() : Keys.uploadsIn(state);
    }
}
