package dev.newsdesk.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A client's side of the authorization code flow with PKCE, over HTTP, as the newsroom page does it in a browser:
 * for tests of a provider's authorize and token endpoints without a browser.
 *
 * @param http a client that does not follow redirects (the authorize answer is read, not followed)
 */
public record CodeFlow(HttpClient http, URI authorize, URI token, String clientId, String redirectUri) {

    /** The S256 challenge of {@code verifier} (RFC 7636 §4.2), written independently of the provider's. */
    public static String challenge(String verifier) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }

    /** GET authorize with {@code params} (the flow's own are filled in unless given); the raw answer. */
    public HttpResponse<String> authorize(Map<String, String> params) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", redirectUri, "code_challenge_method", "S256", "state", "st4te"));
        all.putAll(params);
        all.values().removeIf(v -> v == null);
        return http.send(HttpRequest.newBuilder(URI.create(authorize + "?" + form(all))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The parameters the authorize answer's redirect carries back to the page (code, state, error…). */
    public static Map<String, String> returned(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("location").orElseThrow(() ->
                new AssertionError("no redirect: " + redirect.statusCode() + " " + redirect.body()));
        String query = URI.create(location).getRawQuery();
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** A code for {@code verifier}'s challenge, from a sign-in that succeeded. */
    public String code(String verifier) throws Exception {
        return returned(authorize(Map.of("code_challenge", challenge(verifier)))).get("code");
    }

    /** POST token: the code redeemed with {@code verifier}, returning to {@code redirect}, from {@code origin}. */
    public HttpResponse<String> redeem(String code, String verifier, String redirect, String origin) throws Exception {
        Map<String, String> params = new LinkedHashMap<>(Map.of("grant_type", "authorization_code", "code", code,
                "client_id", clientId, "redirect_uri", redirect, "code_verifier", verifier));
        return http.send(HttpRequest.newBuilder(token).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin).POST(HttpRequest.BodyPublishers.ofString(form(params))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
