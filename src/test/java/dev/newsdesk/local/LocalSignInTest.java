package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.testing.CodeFlow;
import dev.newsdesk.testing.MovableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local hosted login over real HTTP on loopback: discovery, a sign-in that returns a code to the page, and a
 * token endpoint that gives tokens the JWT authorizer takes only for the verifier of the code's challenge, once,
 * and answers every mistake with an OAuth error (never a redirect to an address it does not know).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalSignInTest {

    private static final String PAGE = "http://127.0.0.1:3000/newsroom";
    private static final String ORIGIN = "http://127.0.0.1:3000";
    private static final String VERIFIER = "a-verifier-of-forty-three-characters-or-more_0123";

    private final MovableClock clock = new MovableClock(Instant.now());
    private final HttpClient http = HttpClient.newHttpClient(); // follows no redirects
    private LocalSignIn provider;
    private CodeFlow flow;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        provider = LocalSignIn.start(0, EditorKeys.loadOrCreate(dir), List.of(PAGE), clock);
        JsonNode discovery = json(get(provider.issuer() + LocalSignIn.DISCOVERY));
        flow = new CodeFlow(http, URI.create(discovery.get("authorization_endpoint").asText()),
                URI.create(discovery.get("token_endpoint").asText()), EditorKeys.AUDIENCE, PAGE);
    }

    @AfterAll
    void stop() {
        if (provider != null) provider.close();
    }

    @Test
    void discoveryNamesTheIssuerItsEndpointsAndS256AndAnyPageMayReadIt() throws Exception {
        HttpResponse<String> response = get(provider.issuer() + LocalSignIn.DISCOVERY);
        assertEquals(200, response.statusCode());
        assertEquals(Optional.of("*"), response.headers().firstValue("access-control-allow-origin"));
        JsonNode doc = json(response);
        assertEquals(provider.issuer(), doc.get("issuer").asText());
        assertEquals("[\"S256\"]", doc.get("code_challenge_methods_supported").toString());
        assertEquals(200, get(doc.get("jwks_uri").asText()).statusCode());
    }

    @Test
    void theCodeAndTheVerifierGetATokenTheAuthorizerTakes() throws Exception {
        HttpResponse<String> signIn = flow.authorize(Map.of("code_challenge", CodeFlow.challenge(VERIFIER)));
        assertEquals(302, signIn.statusCode(), signIn.body());
        Map<String, String> back = CodeFlow.returned(signIn);
        assertEquals("st4te", back.get("state"), "the page's state comes back");
        assertTrue(signIn.headers().firstValue("location").orElseThrow().startsWith(PAGE + "?"));

        HttpResponse<String> tokens = flow.redeem(back.get("code"), VERIFIER, PAGE, ORIGIN);
        assertEquals(200, tokens.statusCode(), tokens.body());
        assertEquals(Optional.of(ORIGIN), tokens.headers().firstValue("access-control-allow-origin"));
        assertEquals(Optional.of("no-store"), tokens.headers().firstValue("cache-control"));
        JsonNode answer = json(tokens);
        assertEquals("Bearer", answer.get("token_type").asText());
        JwtAuthorizer authorizer = provider.authorizer();
        assertEquals(Optional.empty(), authorizer.refusal("Bearer " + answer.get("access_token").asText()));
        assertEquals(Optional.empty(), authorizer.refusal("Bearer " + answer.get("id_token").asText()));
    }

    @Test
    void aWrongVerifierAReusedCodeOrAnotherRedirectUriIsAnInvalidGrant() throws Exception {
        String code = flow.code(VERIFIER);
        assertOAuthError(flow.redeem(code, VERIFIER.replace('a', 'b'), PAGE, ORIGIN), "invalid_grant",
                "does not match");
        assertOAuthError(flow.redeem(code, VERIFIER, PAGE, ORIGIN), "invalid_grant", "used already");

        String used = flow.code(VERIFIER);
        assertEquals(200, flow.redeem(used, VERIFIER, PAGE, ORIGIN).statusCode());
        assertOAuthError(flow.redeem(used, VERIFIER, PAGE, ORIGIN), "invalid_grant", "used already");

        String elsewhere = flow.code(VERIFIER);
        assertOAuthError(flow.redeem(elsewhere, VERIFIER, "http://127.0.0.1:3000/other", ORIGIN), "invalid_grant",
                "redirect_uri");
    }

    @Test
    void anUnknownRedirectUriOrClientIsRefusedThereAndNeverRedirected() throws Exception {
        HttpResponse<String> foreign = flow.authorize(Map.of("code_challenge", CodeFlow.challenge(VERIFIER),
                "redirect_uri", "https://attacker.example/newsroom"));
        assertEquals(400, foreign.statusCode());
        assertFalse(foreign.headers().firstValue("location").isPresent());
        assertTrue(foreign.body().contains("redirect_uri must be one of"), foreign.body());

        HttpResponse<String> client = flow.authorize(Map.of("code_challenge", CodeFlow.challenge(VERIFIER),
                "client_id", "another-app"));
        assertEquals(400, client.statusCode());
        assertFalse(client.headers().firstValue("location").isPresent());
    }

    @Test
    void aSignInWithoutPkceGoesBackToThePageWithTheError() throws Exception {
        Map<String, String> plain = CodeFlow.returned(flow.authorize(Map.of("code_challenge", VERIFIER,
                "code_challenge_method", "plain")));
        assertEquals("invalid_request", plain.get("error"));
        assertTrue(plain.get("error_description").contains("S256"), plain.get("error_description"));
        assertEquals("st4te", plain.get("state"));
        assertFalse(plain.containsKey("code"));

        Map<String, String> none = CodeFlow.returned(flow.authorize(Map.of()));
        assertEquals("invalid_request", none.get("error"));
        Map<String, String> implicit = CodeFlow.returned(flow.authorize(Map.of("response_type", "token",
                "code_challenge", CodeFlow.challenge(VERIFIER))));
        assertEquals("unsupported_response_type", implicit.get("error"));
    }

    @Test
    void theTokenEndpointTakesOnlyAFormPostOfTheCodeGrant() throws Exception {
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(flow.token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertOAuthError(json, "invalid_request", "x-www-form-urlencoded");
        HttpResponse<String> password = http.send(HttpRequest.newBuilder(flow.token())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=a&password=b")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertOAuthError(password, "unsupported_grant_type", "authorization_code");
        HttpResponse<String> got = get(flow.token().toString());
        assertEquals(405, got.statusCode());
        assertEquals(Optional.of("POST"), got.headers().firstValue("allow"));
        assertEquals(404, get(provider.issuer() + "/nothing").statusCode());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return ArticleJson.mapper().readTree(response.body());
    }

    private static void assertOAuthError(HttpResponse<String> response, String error, String why) throws Exception {
        assertEquals(400, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertEquals(error, body.get("error").asText());
        assertTrue(body.get("error_description").asText().contains(why), body.toString());
    }
}
