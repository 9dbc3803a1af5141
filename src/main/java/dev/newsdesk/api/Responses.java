package dev.newsdesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.Sha256;
import dev.newsdesk.article.ArticleJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Builds the API's responses: reads with an ETag and caching headers, problem+json errors, CORS everywhere. */
public final class Responses {

    private static final String JSON = "application/json; charset=utf-8";

    static final Map<String, String> CORS = Map.of(
            "Access-Control-Allow-Origin", "*",
            "Access-Control-Expose-Headers", "ETag");

    private Responses() {
    }

    /**
     * A JSON answer to a read. {@code etagSource} is what identifies the representation (the body itself when
     * null); when the client's If-None-Match names it, the answer is 304 without a body.
     */
    static ApiResponse json(ApiRequest request, Object value, String cacheControl, String etagSource) {
        String body = write(value);
        return read(request, JSON, cacheControl, etag(etagSource != null ? etagSource : body), () -> body);
    }

    /**
     * The answer to a read of any media type: 304 when the client's If-None-Match names {@code etag} (and then
     * {@code body} is never built), else 200 with the body (none for HEAD).
     */
    static ApiResponse read(ApiRequest request, String contentType, String cacheControl, String etag,
                            Supplier<String> body) {
        Map<String, String> headers = new LinkedHashMap<>(CORS);
        headers.put("Content-Type", contentType);
        headers.put("Cache-Control", cacheControl);
        headers.put("ETag", etag);
        if (matches(request.header("if-none-match"), etag)) {
            return new ApiResponse(304, headers, "");
        }
        ApiResponse response = new ApiResponse(200, headers, body.get());
        return request.isHead() ? response.withoutBody() : response;
    }

    /** The weak ETag of the representation that {@code source} identifies. */
    static String etag(String source) {
        return "W/\"" + hash(source) + "\"";
    }

    /**
     * An RFC 9457 problem of kind {@code kind}. Public for the one-machine HTTP server, whose refusals of malformed
     * requests (before any handler runs) take the same shape.
     */
    public static ApiResponse problem(Problem kind, String detail) {
        return problem(kind, kind.status(), detail);
    }

    /** A problem of kind {@code kind} answered with another status of the same class (a 417 told as a bad request). */
    public static ApiResponse problem(Problem kind, int status, String detail) {
        ObjectNode problem = ArticleJson.mapper().createObjectNode()
                .put("type", "https://newsdesk.dev/problems/" + kind.type())
                .put("title", kind.title())
                .put("status", status)
                .put("detail", detail);
        Map<String, String> headers = new LinkedHashMap<>(CORS);
        headers.put("Content-Type", "application/problem+json");
        headers.put("Cache-Control", "no-store");
        return new ApiResponse(status, headers, write(problem));
    }

    static ApiResponse problem(ApiException e) {
        ApiResponse response = problem(e.problem(), e.getMessage());
        return e.allow().isEmpty() ? response : response.withHeaders(Map.of("Allow", String.join(", ", e.allow())));
    }

    /**
     * The answer to a CORS preflight for a resource that answers {@code methods}. Authorization is allowed for the
     * editor routes' bearer token; no cookie is ever used, so any origin may ask.
     */
    static ApiResponse preflight(List<String> methods) {
        Map<String, String> headers = new LinkedHashMap<>(CORS);
        headers.put("Access-Control-Allow-Methods", String.join(", ", methods));
        headers.put("Access-Control-Allow-Headers", "If-None-Match, Content-Type, Authorization, Purpose");
        headers.put("Access-Control-Max-Age", "86400");
        headers.put("Allow", String.join(", ", methods));
        return new ApiResponse(204, headers, "");
    }

    /** If-None-Match holds one ETag, a list of them, or {@code *}; weak comparison, as RFC 9110 asks for GET. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        String opaque = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals(opaque) || c.equals("W/" + opaque)) return true;
        }
        return false;
    }

    private static String write(Object value) {
        try {
            return ArticleJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response does not serialize", e);
        }
    }

    /** 12 bytes of the SHA-256: enough to tell versions apart, short in a header. */
    private static String hash(String text) {
        return Sha256.hex(text).substring(0, 24);
    }
}
