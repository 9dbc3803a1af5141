package dev.newsdesk.local;

import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.local.http.HttpReply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns what the API handler returns into the HTTP response API Gateway would send the client. */
public final class ApiGatewayResponses {

    /** What API Gateway answers when the integration throws or returns nothing usable. */
    static final HttpReply INTERNAL_ERROR = new HttpReply(500,
            Map.of("content-type", List.of("application/json")),
            "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));

    private ApiGatewayResponses() {
    }

    /**
     * The reply for {@code response}: header names lower-cased, {@code cookies} as {@code Set-Cookie} headers, a
     * base64 body decoded, and {@code application/json} as the content type when the function set none (API
     * Gateway's default for payload 2.0).
     */
    public static HttpReply toReply(HttpApiResponse response) {
        if (response == null || response.statusCode() < 100 || response.statusCode() > 599) {
            return INTERNAL_ERROR;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().forEach((name, value) ->
                headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value));
        if (!response.cookies().isEmpty()) {
            headers.computeIfAbsent("set-cookie", k -> new ArrayList<>()).addAll(response.cookies());
        }
        byte[] body = body(response);
        if (body.length > 0) {
            headers.putIfAbsent("content-type", List.of("application/json"));
        }
        return new HttpReply(response.statusCode(), headers, body);
    }

    private static byte[] body(HttpApiResponse response) {
        String body = response.body();
        if (body == null) {
            return new byte[0];
        }
        return response.isBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }
}
