package dev.newsdesk.store;

/** A cursor that this API did not hand out for this query (tampered, truncated, or from another filter). */
public final class InvalidCursorException extends RuntimeException {

    public InvalidCursorException(String message) {
        super(message, null, false, false);
    }
}
