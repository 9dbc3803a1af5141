package dev.newsdesk.api;

import java.util.List;

/** A request the API refuses, with the HTTP status and the problem it reports (no stack trace: expected). */
final class ApiException extends RuntimeException {

    private final Problem problem;

    /** The methods the resource answers (the Allow header of a 405); empty otherwise. */
    private final List<String> allow;

    private ApiException(Problem problem, String detail) {
        this(problem, detail, List.of());
    }

    private ApiException(Problem problem, String detail, List<String> allow) {
        super(detail, null, false, false);
        this.problem = problem;
        this.allow = allow;
    }

    static ApiException badParameter(String detail) {
        return new ApiException(Problem.INVALID_PARAMETER, detail);
    }

    /** A request whose headers cannot be served (a Host that is no host name, for one). */
    static ApiException badRequest(String detail) {
        return new ApiException(Problem.BAD_REQUEST, detail);
    }

    static ApiException unauthorized(String detail) {
        return new ApiException(Problem.UNAUTHORIZED, detail);
    }

    static ApiException notFound(String detail) {
        return new ApiException(Problem.NOT_FOUND, detail);
    }

    static ApiException methodNotAllowed(String method, List<String> allow) {
        return new ApiException(Problem.METHOD_NOT_ALLOWED,
                "this resource answers " + String.join(", ", allow) + ", not " + Params.shorten(method), allow);
    }

    List<String> allow() {
        return allow;
    }

    Problem problem() {
        return problem;
    }
}
