package dev.newsdesk.local;

import dev.newsdesk.local.http.HttpReply;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
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
     * The reply for {@code response}: {@code headers} and {@code multiValueHeaders} merged, {@code cookies} as
     * {@code Set-Cookie} headers, a base64 body decoded, and {@code application/json} as the content type when the
     * function set none (API Gateway's default for payload 2.0).
     */
    public static HttpReply toReply(APIGatewayV2HTTPResponse response) {
        if (response == null || response.getStatusCode() < 100 || response.getStatusCode() > 599) {
            return INTERNAL_ERROR;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) ->
                    headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(values));
        }
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) ->
                    headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value));
        }
        if (response.getCookies() != null) {
            headers.computeIfAbsent("set-cookie", k -> new ArrayList<>()).addAll(response.getCookies());
        }
        byte[] body = body(response);
        if (body.length > 0) {
            headers.putIfAbsent("content-type", List.of("application/json"));
        }
        return new HttpReply(response.getStatusCode(), headers, body);
    }

    private static byte[] body(APIGatewayV2HTTPResponse response) {
        String body = response.getBody();
        if (body == null) {
            return new byte[0];
        }
        return response.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }
}
