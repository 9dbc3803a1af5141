package dev.newsdesk.local.http;

import dev.newsdesk.api.Responses;

/**
 * A request the server refuses before any handler sees it, with the status and the problem it answers. The
 * detail never quotes the request: it says which rule was broken.
 */
public final class HttpRefusal extends Exception {

    private final int status;
    private final String type;
    private final String title;

    private HttpRefusal(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    static HttpRefusal badRequest(String detail) {
        return new HttpRefusal(400, "bad-request", "Bad request", detail);
    }

    static HttpRefusal requestLineTooLong(int limit) {
        return new HttpRefusal(414, "uri-too-long", "URI too long",
                "the request line is longer than " + limit + " bytes");
    }

    static HttpRefusal headersTooLarge(String detail) {
        return new HttpRefusal(431, "header-fields-too-large", "Request header fields too large", detail);
    }

    static HttpRefusal bodyTooLarge(int limit) {
        return new HttpRefusal(413, "content-too-large", "Content too large",
                "the request body is larger than " + limit + " bytes");
    }

    static HttpRefusal timeout(String what) {
        return new HttpRefusal(408, "request-timeout", "Request timeout", what + " did not arrive in time");
    }

    public int status() {
        return status;
    }

    /** The problem+json answer, in the API's own shape (type, title, status, detail; CORS; no-store). */
    public HttpReply reply() {
        return HttpReply.of(Responses.problem(status, type, title, getMessage()));
    }
}
