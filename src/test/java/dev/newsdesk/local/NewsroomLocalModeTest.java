package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.testing.CodeFlow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code ./newsdesk local --auth}, whole, with S3Proxy as a child process (from the tests' class path): the editor
 * routes take only a valid token, as the JWT authorizer on AWS does; a presigned URL from {@code POST /uploads}
 * takes a browser's PUT (CORS for the API's origin) on the real S3Proxy, and the file is then ingested.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsroomLocalModeTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path data;
    private LocalOptions options;
    private LocalMode mode;
    private EditorKeys keys;
    private String token;

    @BeforeAll
    void startMode() throws Exception {
        data = Files.createTempDirectory("newsdesk-newsroom");
        options = LocalOptions.parse(List.of("--s3-port", port(), "--dynamodb-port", port(), "--api-port", port(),
                "--data", data.toString(), "--quiet-api", "--auth", "--auth-port", port()), Map.of(), Path.of("").toAbsolutePath())
                .withS3Proxy(S3ProxyLaunch.fromClassPath(System.getProperty("java.class.path")));
        mode = new LocalMode(options, new PrintStream(printed, true, StandardCharsets.UTF_8));
        mode.start();
        token = Files.readString(options.editorTokenFile()).strip();
        keys = EditorKeys.loadOrCreate(options.authDir()); // the mode's own key, to sign tokens it must refuse
    }

    @AfterAll
    void stopMode() throws Exception {
        if (mode != null) mode.stop();
        Files.writeString(Path.of("target", "newsroom-local-mode.log"), printed.toString(StandardCharsets.UTF_8));
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void editorRoutesTakeOnlyAValidTokenAndPublicRoutesStayOpen() throws Exception {
        assertUnauthorized(api("GET", "/uploads", null, null), "no Authorization header");
        assertEquals(200, api("GET", "/uploads", token, null).statusCode());
        assertEquals(200, api("GET", "/uploads", "Bearer " + token, null).statusCode());
        assertEquals(200, api("GET", "/articles", null, null).statusCode(), "public");
        assertEquals(200, api("GET", "/rankings", null, null).statusCode(), "public");
        assertEquals(204, api("OPTIONS", "/uploads", null, null).statusCode(), "a preflight carries no token");

        long now = Instant.now().getEpochSecond();
        Map<String, String> refused = new LinkedHashMap<>(); // token -> the reason given
        refused.put(keys.sign(claims(now - 7200, now - 60)), "expired");
        refused.put(keys.sign(with(claims(now, now + 3600), "nbf", now + 600)), "not valid yet");
        refused.put(keys.sign(with(claims(now, now + 3600), "iss", "https://someone-else.example")), "another issuer");
        refused.put(keys.sign(with(claims(now, now + 3600), "aud", "another-app")), "another audience");
        refused.put(keys.sign(without(claims(now, now + 3600), "exp")), "no expiry");
        refused.put(tamper(token), "signature does not match");
        refused.put(unsigned(), "not signed with RS256");
        refused.put("not-a-jwt", "not a JWT");
        refused.put("a.b.c", "not a well-formed JWT");
        for (var t : refused.entrySet()) {
            assertUnauthorized(api("GET", "/uploads", "Bearer " + t.getKey(), null), t.getValue());
            assertUnauthorized(api("POST", "/uploads", "Bearer " + t.getKey(), "{\"key\":\"a/b.txt\"}"), t.getValue());
        }
        Map<String, Object> accessToken = without(claims(now, now + 3600), "aud");
        accessToken.put("client_id", EditorKeys.AUDIENCE); // a Cognito access token names its client this way
        assertEquals(200, api("GET", "/uploads", keys.sign(accessToken), null).statusCode());
    }

    @Test
    void thePageIsToldOfTheLocalHostedLoginWhoseCodeFlowGivesATokenTheEditorRoutesTake() throws Exception {
        JsonNode signIn = ArticleJson.mapper().readTree(api("GET", "/newsroom/config.json", null, null).body())
                .get("signIn");
        assertEquals(issuer(), signIn.get("issuer").asText());
        assertEquals(EditorKeys.AUDIENCE, signIn.get("clientId").asText());
        String policy = api("GET", "/newsroom", null, null).headers().firstValue("content-security-policy")
                .orElseThrow();
        assertTrue(policy.contains("connect-src 'self' http://127.0.0.1:" + options.s3Port() + " " + issuer() + ";"),
                policy);

        JsonNode discovery = ArticleJson.mapper().readTree(http.send(HttpRequest.newBuilder(
                URI.create(issuer() + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String page = options.pageAddresses().get(0);
        CodeFlow flow = new CodeFlow(http, URI.create(discovery.get("authorization_endpoint").asText()),
                URI.create(discovery.get("token_endpoint").asText()), signIn.get("clientId").asText(), page);
        String verifier = "the-page-keeps-this-verifier-in-its-tab-only-0123456789";
        HttpResponse<String> tokens = flow.redeem(flow.code(verifier), verifier, page,
                options.browserOrigins().get(0));
        assertEquals(200, tokens.statusCode(), tokens.body());
        String accessToken = ArticleJson.mapper().readTree(tokens.body()).get("access_token").asText();
        assertEquals(200, api("GET", "/uploads", "Bearer " + accessToken, null).statusCode());
    }

    @Test
    void aBrowserPutsThePresignedUploadStraightIntoS3AndItIsPublished() throws Exception {
        HttpResponse<String> granted = api("POST", "/uploads", token, "{\"key\":\"city/council.html\"}");
        assertEquals(200, granted.statusCode(), granted.body());
        URI url = URI.create(ArticleJson.mapper().readTree(granted.body()).get("url").asText());
        assertEquals(options.s3Port(), url.getPort(), "the URL points at the local S3Proxy");
        String origin = "http://127.0.0.1:" + options.apiPort();

        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(url)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, preflight.statusCode(), preflight.body());
        assertEquals(Optional.of(origin), preflight.headers().firstValue("Access-Control-Allow-Origin"));

        byte[] file = Files.readAllBytes(Path.of("src/test/resources/samples/city-council.html"));
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(url)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(file))
                .header("Origin", origin)
                .header("Content-Type", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), put.body());
        assertEquals(Optional.of(origin), put.headers().firstValue("Access-Control-Allow-Origin"));

        HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(url)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "PUT").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(stranger.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                "another site's page may not upload: " + stranger.headers().map());

        String path = "/uploads/" + URLEncoder.encode("city/council.html", StandardCharsets.UTF_8);
        JsonNode status = awaitState(path, "published");
        assertEquals("Council approves the bridge repairs", status.get("title").asText());
    }

    private JsonNode awaitState(String path, String state) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<String> answer = api("GET", path, token, null);
            JsonNode body = ArticleJson.mapper().readTree(answer.body());
            if (answer.statusCode() == 200 && state.equals(body.path("state").asText())) return body;
            if (System.nanoTime() > deadline) throw new AssertionError("never " + state + ": " + answer.body());
            Thread.sleep(50); // polling the pump's progress, not waiting for a time to pass
        }
    }

    private HttpResponse<String> api(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + options.apiPort() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) request.header("Authorization", authorization);
        if (body != null) request.header("Content-Type", "application/json");
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertUnauthorized(HttpResponse<String> response, String reason) throws Exception {
        assertEquals(401, response.statusCode(), response.body());
        assertEquals(Optional.of("application/problem+json"), response.headers().firstValue("content-type"));
        String detail = ArticleJson.mapper().readTree(response.body()).get("detail").asText();
        assertTrue(detail.contains(reason), detail);
    }

    /** The mode's sign-in provider: the issuer whose tokens it takes. */
    private String issuer() {
        return "http://127.0.0.1:" + options.authPort();
    }

    private Map<String, Object> claims(long issuedAt, long expires) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer());
        claims.put("sub", "someone");
        claims.put("aud", EditorKeys.AUDIENCE);
        claims.put("iat", issuedAt);
        claims.put("exp", expires);
        return claims;
    }

    private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        claims.put(name, value);
        return claims;
    }

    private static Map<String, Object> without(Map<String, Object> claims, String name) {
        claims.remove(name);
        return claims;
    }

    /** The token with one character of its payload changed: the signature no longer covers it. */
    private static String tamper(String token) {
        int at = token.indexOf('.') + 5;
        char c = token.charAt(at);
        return token.substring(0, at) + (c == 'A' ? 'B' : 'A') + token.substring(at + 1);
    }

    /** An "alg": "none" token, which an authorizer must never take. */
    private String unsigned() {
        var b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"iss\":\"" + issuer() + "\",\"aud\":\"" + EditorKeys.AUDIENCE
                + "\",\"exp\":" + (now + 3600) + "}").getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static String port() throws Exception {
        return Integer.toString(DynaliteServer.freePort());
    }
}
