package dev.newsdesk.local;

import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.local.http.HttpRequestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T00:31:02.123Z");

    private static HttpApiEvent event(String method, String path, String query,
                                      Map<String, List<String>> headers, byte[] body) {
        return ApiGatewayEvents.toEvent(new HttpRequestData(method, path, query, "HTTP/1.1", "127.0.0.1", headers,
                body), NOW, "req-1", 3000);
    }

    private static HttpApiEvent get(String path, String query) {
        return event("GET", path, query, Map.of("Host", List.of("127.0.0.1:3000"), "User-Agent", List.of("curl/8")),
                new byte[0]);
    }

    @Test
    void carriesTheStagesVariables() {
        HttpApiEvent e = ApiGatewayEvents.toEvent(new HttpRequestData("GET", "/newsroom", null, "HTTP/1.1",
                "127.0.0.1", Map.of(), new byte[0]), NOW, "req-2", 3000, Map.of("signInClient", "local"));
        assertEquals(Map.of("signInClient", "local"), e.stageVariables());
        assertEquals(Map.of(), get("/newsroom", "").stageVariables(), "none unless the stage has some");
    }

    @Test
    void fillsTheFixedFieldsOfPayload2() {
        HttpApiEvent e = get("/articles/caf%C3%A9", "");
        assertEquals("2.0", e.version());
        assertEquals("$default", e.routeKey());
        assertEquals("/articles/caf%C3%A9", e.rawPath());
        assertEquals("", e.rawQueryString());
        assertEquals(Map.of(), e.queryStringParameters());
        assertEquals(List.of(), e.cookies());
        assertNull(e.body());
        assertFalse(e.isBase64Encoded());
        var ctx = e.requestContext();
        assertEquals("$default", ctx.routeKey());
        assertEquals("$default", ctx.stage());
        assertEquals("req-1", ctx.requestId());
        assertEquals("29/Nov/2026:00:31:02 +0000", ctx.time());
        assertEquals(NOW.toEpochMilli(), ctx.timeEpoch());
        assertEquals("127.0.0.1:3000", ctx.domainName());
        assertEquals("GET", ctx.http().method());
        assertEquals("/articles/caf%C3%A9", ctx.http().path());
        assertEquals("HTTP/1.1", ctx.http().protocol());
        assertEquals("127.0.0.1", ctx.http().sourceIp());
        assertEquals("curl/8", ctx.http().userAgent());
    }

    @Test
    void lowerCasesHeaderNamesAndJoinsRepeatsWithCommas() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Accept", List.of("text/html", "application/json"));
        headers.put("X-Custom", List.of("1"));
        HttpApiEvent e = event("GET", "/", "", headers, new byte[0]);
        assertEquals("text/html,application/json", e.headers().get("accept"));
        assertEquals("1", e.headers().get("x-custom"));
        assertEquals("127.0.0.1", e.headers().get("x-forwarded-for"));
        assertEquals("http", e.headers().get("x-forwarded-proto"));
        assertEquals("3000", e.headers().get("x-forwarded-port"));
    }

    @Test
    void movesCookiesOutOfTheHeaders() {
        HttpApiEvent e = event("GET", "/", "", Map.of("Cookie", List.of("a=1; b=2", "c=3")), new byte[0]);
        assertEquals(List.of("a=1", "b=2", "c=3"), e.cookies());
        assertFalse(e.headers().containsKey("cookie"));
    }

    @Test
    void decodesQueryParametersAndJoinsRepeatsWithCommas() {
        HttpApiEvent e = get("/articles", "section=Politique&keyword=a&keyword=b%20c&q=x+y&flag&bad=%zz");
        assertEquals("section=Politique&keyword=a&keyword=b%20c&q=x+y&flag&bad=%zz", e.rawQueryString());
        Map<String, String> p = e.queryStringParameters();
        assertEquals("Politique", p.get("section"));
        assertEquals("a,b c", p.get("keyword"));
        assertEquals("x y", p.get("q"));
        assertEquals("", p.get("flag"));
        assertEquals("%zz", p.get("bad"));
    }

    @Test
    void passesATextBodyAsIs() {
        HttpApiEvent e = event("POST", "/x", "", Map.of("Content-Type", List.of("application/json")),
                "{\"é\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"é\":1}", e.body());
        assertFalse(e.isBase64Encoded());
    }

    @Test
    void base64EncodesABinaryBody() {
        byte[] bytes = {0, (byte) 0xff, 1};
        HttpApiEvent e = event("PUT", "/x", "", Map.of("Content-Type", List.of("image/png")), bytes);
        assertTrue(e.isBase64Encoded());
        assertEquals(Base64.getEncoder().encodeToString(bytes), e.body());
    }
}
