package dev.newsdesk.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response, as the API builds it. */
public record ApiResponse(int status, Map<String, String> headers, String body) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public ApiResponse withHeaders(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(more);
        return new ApiResponse(status, all, body);
    }

    /** The same response without a body, as HEAD and 304 answers are. */
    ApiResponse withoutBody() {
        return new ApiResponse(status, headers, "");
    }
}
