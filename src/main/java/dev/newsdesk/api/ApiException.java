package dev.newsdesk.api;

import java.util.List;

/** A request the API refuses, with the HTTP status and the problem it reports (no stack trace: expected). */
final class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    /** The methods the resource answers (the Allow header of a 405); empty otherwise. */
    private final List<String> allow;

    private ApiException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    private ApiException(int status, String type, String title, String detail, List<String> allow) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.allow = allow;
    }

    static ApiException badParameter(String detail) {
        return new ApiException(400, "invalid-parameter", "Invalid parameter", detail);
    }

    /** A request whose headers cannot be served (a Host that is no host name, for one). */
    static ApiException badRequest(String detail) {
        return new ApiException(400, "bad-request", "Bad request", detail);
    }

    static ApiException unauthorized(String detail) {
        return new ApiException(401, "unauthorized", "Unauthorized", detail);
    }

    static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", "Not found", detail);
    }

    static ApiException methodNotAllowed(String method, List<String> allow) {
        return new ApiException(405, "method-not-allowed", "Method not allowed",
                "this resource answers " + String.join(", ", allow) + ", not " + Params.shorten(method), allow);
    }

    List<String> allow() {
        return allow;
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
