package dev.newsdesk.local;

import dev.newsdesk.local.http.HttpRequestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T00:31:02.123Z");

    private static APIGatewayV2HTTPEvent event(String method, String path, String query,
                                               Map<String, List<String>> headers, byte[] body) {
        return ApiGatewayEvents.toEvent(new HttpRequestData(method, path, query, "HTTP/1.1", "127.0.0.1", headers,
                body), NOW, "req-1", 3000);
    }

    private static APIGatewayV2HTTPEvent get(String path, String query) {
        return event("GET", path, query, Map.of("Host", List.of("127.0.0.1:3000"), "User-Agent", List.of("curl/8")),
                new byte[0]);
    }

    @Test
    void fillsTheFixedFieldsOfPayload2() {
        APIGatewayV2HTTPEvent e = get("/articles/caf%C3%A9", "");
        assertEquals("2.0", e.getVersion());
        assertEquals("$default", e.getRouteKey());
        assertEquals("/articles/caf%C3%A9", e.getRawPath());
        assertEquals("", e.getRawQueryString());
        assertNull(e.getQueryStringParameters());
        assertNull(e.getCookies());
        assertNull(e.getBody());
        assertFalse(e.getIsBase64Encoded());
        var ctx = e.getRequestContext();
        assertEquals("$default", ctx.getRouteKey());
        assertEquals("$default", ctx.getStage());
        assertEquals("req-1", ctx.getRequestId());
        assertEquals("29/Nov/2026:00:31:02 +0000", ctx.getTime());
        assertEquals(NOW.toEpochMilli(), ctx.getTimeEpoch());
        assertEquals("127.0.0.1:3000", ctx.getDomainName());
        assertEquals("GET", ctx.getHttp().getMethod());
        assertEquals("/articles/caf%C3%A9", ctx.getHttp().getPath());
        assertEquals("HTTP/1.1", ctx.getHttp().getProtocol());
        assertEquals("127.0.0.1", ctx.getHttp().getSourceIp());
        assertEquals("curl/8", ctx.getHttp().getUserAgent());
    }

    @Test
    void lowerCasesHeaderNamesAndJoinsRepeatsWithCommas() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Accept", List.of("text/html", "application/json"));
        headers.put("X-Custom", List.of("1"));
        APIGatewayV2HTTPEvent e = event("GET", "/", "", headers, new byte[0]);
        assertEquals("text/html,application/json", e.getHeaders().get("accept"));
        assertEquals("1", e.getHeaders().get("x-custom"));
        assertEquals("127.0.0.1", e.getHeaders().get("x-forwarded-for"));
        assertEquals("http", e.getHeaders().get("x-forwarded-proto"));
        assertEquals("3000", e.getHeaders().get("x-forwarded-port"));
    }

    @Test
    void movesCookiesOutOfTheHeaders() {
        APIGatewayV2HTTPEvent e = event("GET", "/", "", Map.of("Cookie", List.of("a=1; b=2", "c=3")), new byte[0]);
        assertEquals(List.of("a=1", "b=2", "c=3"), e.getCookies());
        assertFalse(e.getHeaders().containsKey("cookie"));
    }

    @Test
    void decodesQueryParametersAndJoinsRepeatsWithCommas() {
        APIGatewayV2HTTPEvent e = get("/articles", "section=Politique&keyword=a&keyword=b%20c&q=x+y&flag&bad=%zz");
        assertEquals("section=Politique&keyword=a&keyword=b%20c&q=x+y&flag&bad=%zz", e.getRawQueryString());
        Map<String, String> p = e.getQueryStringParameters();
        assertEquals("Politique", p.get("section"));
        assertEquals("a,b c", p.get("keyword"));
        assertEquals("x y", p.get("q"));
        assertEquals("", p.get("flag"));
        assertEquals("%zz", p.get("bad"));
    }

    @Test
    void passesATextBodyAsIs() {
        APIGatewayV2HTTPEvent e = event("POST", "/x", "", Map.of("Content-Type", List.of("application/json")),
                "{\"é\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"é\":1}", e.getBody());
        assertFalse(e.getIsBase64Encoded());
    }

    @Test
    void base64EncodesABinaryBody() {
        byte[] bytes = {0, (byte) 0xff, 1};
        APIGatewayV2HTTPEvent e = event("PUT", "/x", "", Map.of("Content-Type", List.of("image/png")), bytes);
        assertTrue(e.getIsBase64Encoded());
        assertEquals(Base64.getEncoder().encodeToString(bytes), e.getBody());
    }
}
