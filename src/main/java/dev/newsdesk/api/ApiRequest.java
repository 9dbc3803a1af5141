package dev.newsdesk.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The parts of an HTTP API request that routing needs; header names lower-cased. */
record ApiRequest(String method, String path, Map<String, String> query, Map<String, String> headers) {

    static ApiRequest from(APIGatewayV2HTTPEvent event) {
        var http = event.getRequestContext() == null ? null : event.getRequestContext().getHttp();
        String method = http != null && http.getMethod() != null ? http.getMethod() : "GET";
        String path = event.getRawPath() != null ? event.getRawPath() : http != null ? http.getPath() : "/";
        Map<String, String> headers = new HashMap<>();
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        }
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of()
                : Map.copyOf(event.getQueryStringParameters());
        return new ApiRequest(method.toUpperCase(Locale.ROOT), path, query, headers);
    }

    String header(String name) {
        return headers.get(name);
    }

    boolean isHead() {
        return "HEAD".equals(method);
    }
}
