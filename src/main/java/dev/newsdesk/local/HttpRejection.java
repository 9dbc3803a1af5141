package dev.newsdesk.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.article.ArticleJson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the server itself refuses before the handler sees it (malformed, too large, too slow), answered as
 * problem+json like every error of the API, and the connection closed (what follows on it cannot be trusted).
 */
final class HttpRejection extends Exception {

    private final int status;
    private final String type;
    private final String title;

    HttpRejection(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    int status() {
        return status;
    }

    static HttpRejection badRequest(String detail) {
        return new HttpRejection(400, "bad-request", "Bad request", detail);
    }

    HttpReply reply() {
        ObjectNode problem = ArticleJson.mapper().createObjectNode()
                .put("type", "https://newsdesk.dev/problems/" + type)
                .put("title", title)
                .put("status", status)
                .put("detail", getMessage());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("content-type", List.of("application/problem+json"));
        headers.put("cache-control", List.of("no-store"));
        headers.put("connection", List.of("close"));
        return new HttpReply(status, headers, problem.toString().getBytes(StandardCharsets.UTF_8));
    }
}
