package dev.newsdesk.local.http;

import dev.newsdesk.api.Problem;
import dev.newsdesk.api.Responses;

/**
 * A request the server refuses before any handler sees it, with the status and the problem it answers. The
 * detail never quotes the request: it says which rule was broken.
 */
public final class HttpRefusal extends Exception {

    private final Problem problem;
    private final int status;

    private HttpRefusal(Problem problem, int status, String detail) {
        super(detail, null, false, false);
        this.problem = problem;
        this.status = status;
    }

    private HttpRefusal(Problem problem, String detail) {
        this(problem, problem.status(), detail);
    }

    static HttpRefusal badRequest(String detail) {
        return new HttpRefusal(Problem.BAD_REQUEST, detail);
    }

    static HttpRefusal requestLineTooLong(int limit) {
        return new HttpRefusal(Problem.URI_TOO_LONG, "the request line is longer than " + limit + " bytes");
    }

    static HttpRefusal headersTooLarge(String detail) {
        return new HttpRefusal(Problem.HEADER_FIELDS_TOO_LARGE, detail);
    }

    static HttpRefusal bodyTooLarge(int limit) {
        return new HttpRefusal(Problem.CONTENT_TOO_LARGE, "the request body is larger than " + limit + " bytes");
    }

    static HttpRefusal timeout(String what) {
        return new HttpRefusal(Problem.REQUEST_TIMEOUT, what + " did not arrive in time");
    }

    /**
     * What Jetty refused with {@code status} before any handler ran, told by its status alone. Jetty answers a
     * version it does not speak with 505 and a method line it cannot read with 501: both are the client's error,
     * and the API never answers a client's error with a 5xx.
     */
    static HttpRefusal forStatus(int status) {
        return switch (status) {
            case 408 -> timeout("the request");
            case 413 -> new HttpRefusal(Problem.CONTENT_TOO_LARGE, "the request body is too large");
            case 414 -> new HttpRefusal(Problem.URI_TOO_LONG, "the request line is too long");
            case 431 -> headersTooLarge("the request's header lines are too large");
            case 505 -> badRequest("the server speaks HTTP/1.1 and HTTP/1.0 only");
            case 400 -> badRequest("the request is not well-formed HTTP/1.1, or its target is not a valid URI path");
            // 417 (an expectation other than 100-continue), 426...: Jetty's status says which rule it was
            default -> new HttpRefusal(Problem.BAD_REQUEST, status >= 400 && status < 500 ? status : 400,
                    "the request breaks a rule of HTTP/1.1 (status " + status + ")");
        };
    }

    public int status() {
        return status;
    }

    /** The problem+json answer, in the API's own shape (type, title, status, detail; CORS; no-store). */
    public HttpReply reply() {
        return HttpReply.of(Responses.problem(problem, status, getMessage()));
    }
}
