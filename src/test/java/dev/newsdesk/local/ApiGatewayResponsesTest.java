package dev.newsdesk.local;

import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.local.http.HttpReply;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayResponsesTest {

    @Test
    void copiesStatusHeadersAndBody() {
        HttpReply reply = ApiGatewayResponses.toReply(new HttpApiResponse(404,
                Map.of("Content-Type", "application/problem+json", "ETag", "\"x\""), null, "{\"status\":404}", false));
        assertEquals(404, reply.status());
        assertEquals(List.of("application/problem+json"), reply.headers().get("content-type"));
        assertEquals(List.of("\"x\""), reply.headers().get("etag"));
        assertEquals("{\"status\":404}", new String(reply.body(), StandardCharsets.UTF_8));
    }

    @Test
    void turnsCookiesIntoSetCookieHeaders() {
        HttpReply reply = ApiGatewayResponses.toReply(new HttpApiResponse(200, Map.of("Vary", "Accept-Encoding"),
                List.of("a=1; Path=/"), null, false));
        assertEquals(List.of("Accept-Encoding"), reply.headers().get("vary"));
        assertEquals(List.of("a=1; Path=/"), reply.headers().get("set-cookie"));
    }

    @Test
    void decodesABase64Body() {
        byte[] bytes = {1, 2, (byte) 0xff};
        HttpReply reply = ApiGatewayResponses.toReply(new HttpApiResponse(200, null, null,
                Base64.getEncoder().encodeToString(bytes), true));
        assertArrayEquals(bytes, reply.body());
    }

    @Test
    void defaultsTheContentTypeToJson() {
        HttpReply reply = ApiGatewayResponses.toReply(new HttpApiResponse(200, null, null, "{}", false));
        assertEquals(List.of("application/json"), reply.headers().get("content-type"));
    }

    @Test
    void noResponseIsA500() {
        assertEquals(500, ApiGatewayResponses.toReply(null).status());
    }
}
