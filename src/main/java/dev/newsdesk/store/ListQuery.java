package dev.newsdesk.store;

/**
 * A request for one page of the article list; null filters match everything.
 *
 * @param cursor where the previous page stopped ({@link Page#nextCursor()}), or null for the first page
 */
public record ListQuery(String section, String language, String keyword, int limit, String cursor) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public ListQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within 1.." + MAX_LIMIT);
        }
    }
}
