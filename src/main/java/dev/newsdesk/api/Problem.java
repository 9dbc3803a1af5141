package dev.newsdesk.api;

/**
 * The kinds of problem the API answers (RFC 9457): each one's status, the last segment of its type URI and its title,
 * in one place for the handler and for the one-machine server's refusals of malformed requests.
 */
public enum Problem {
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid parameter"),
    BAD_REQUEST(400, "bad-request", "Bad request"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    REQUEST_TIMEOUT(408, "request-timeout", "Request timeout"),
    CONTENT_TOO_LARGE(413, "content-too-large", "Content too large"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long"),
    HEADER_FIELDS_TOO_LARGE(431, "header-fields-too-large", "Request header fields too large"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Service unavailable");

    private final int status;
    private final String type;
    private final String title;

    Problem(int status, String type, String title) {
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
