package dev.newsdesk.local;

import dev.newsdesk.local.http.HttpReply;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayResponsesTest {

    @Test
    void copiesStatusHeadersAndBody() {
        HttpReply reply = ApiGatewayResponses.toReply(APIGatewayV2HTTPResponse.builder()
                .withStatusCode(404)
                .withHeaders(Map.of("Content-Type", "application/problem+json", "ETag", "\"x\""))
                .withBody("{\"status\":404}")
                .build());
        assertEquals(404, reply.status());
        assertEquals(List.of("application/problem+json"), reply.headers().get("content-type"));
        assertEquals(List.of("\"x\""), reply.headers().get("etag"));
        assertEquals("{\"status\":404}", new String(reply.body(), StandardCharsets.UTF_8));
    }

    @Test
    void mergesMultiValueHeadersAndCookies() {
        HttpReply reply = ApiGatewayResponses.toReply(APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withMultiValueHeaders(Map.of("Vary", List.of("Accept", "Origin")))
                .withHeaders(Map.of("vary", "Accept-Encoding"))
                .withCookies(List.of("a=1; Path=/"))
                .build());
        assertEquals(List.of("Accept", "Origin", "Accept-Encoding"), reply.headers().get("vary"));
        assertEquals(List.of("a=1; Path=/"), reply.headers().get("set-cookie"));
    }

    @Test
    void decodesABase64Body() {
        byte[] bytes = {1, 2, (byte) 0xff};
        HttpReply reply = ApiGatewayResponses.toReply(APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withBody(Base64.getEncoder().encodeToString(bytes)).withIsBase64Encoded(true).build());
        assertArrayEquals(bytes, reply.body());
    }

    @Test
    void defaultsTheContentTypeToJson() {
        HttpReply reply = ApiGatewayResponses.toReply(APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withBody("{}").build());
        assertEquals(List.of("application/json"), reply.headers().get("content-type"));
    }

    @Test
    void noResponseIsA500() {
        assertEquals(500, ApiGatewayResponses.toReply(null).status());
    }
}
