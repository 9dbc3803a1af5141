package dev.newsdesk.api;

/** A request the API refuses, with the HTTP status and the problem it reports (no stack trace: expected). */
final class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    private ApiException(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    static ApiException badParameter(String detail) {
        return new ApiException(400, "invalid-parameter", "Invalid parameter", detail);
    }

    /** A request whose headers cannot be served (a Host that is no host name, for one). */
    static ApiException badRequest(String detail) {
        return new ApiException(400, "bad-request", "Bad request", detail);
    }

    static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", "Not found", detail);
    }

    static ApiException methodNotAllowed(String method) {
        return new ApiException(405, "method-not-allowed", "Method not allowed",
                "this resource answers GET, HEAD and OPTIONS, not " + method);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }
}
