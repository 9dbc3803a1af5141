package dev.newsdesk.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.local.http.Exchange;
import dev.newsdesk.local.http.HttpLimits;
import dev.newsdesk.local.http.HttpReply;
import dev.newsdesk.local.http.HttpRequestData;
import dev.newsdesk.local.http.LoopbackHttpServer;
import dev.newsdesk.newsroom.SignInConfig;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hosted login of {@code ./newsdesk local --auth}: a minimal OpenID Connect provider on loopback, so that the
 * newsroom page signs in exactly as it does with Cognito (authorization code + PKCE S256). Its discovery document
 * and keys are public; its authorize endpoint signs in one fixed local editor at once (there is no password on
 * one's own machine) and sends the browser back with a code; its token endpoint redeems the code for tokens signed
 * by the mode's {@link EditorKeys}, once, and only with the verifier of the code's challenge.
 */
public final class LocalSignIn implements Exchange, AutoCloseable {

    /** The local editor's tokens last a working day, as the token {@code --auth} writes does. */
    static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    static final String DISCOVERY = "/.well-known/openid-configuration";
    static final String JWKS = "/.well-known/jwks.json";
    static final String AUTHORIZE = "/oauth2/authorize";
    static final String TOKEN = "/oauth2/token";
    private static final String SCOPES = "openid";

    private final EditorKeys keys;
    private final Set<String> redirectUris;
    private final Set<String> origins;
    private final AuthorizationCodes codes;
    private final Clock clock;
    private volatile LoopbackHttpServer server;

    private LocalSignIn(EditorKeys keys, List<String> redirectUris, Clock clock) {
        this.keys = keys;
        this.redirectUris = Set.copyOf(redirectUris);
        this.origins = Set.copyOf(redirectUris.stream().map(LocalSignIn::origin).toList());
        this.codes = new AuthorizationCodes(clock);
        this.clock = clock;
    }

    /**
     * Serves on 127.0.0.1:{@code port} (0: a free port), signing with {@code keys}; a sign-in may return only to
     * one of {@code redirectUris} (the newsroom page's addresses), whose origins may call the token endpoint.
     */
    public static LocalSignIn start(int port, EditorKeys keys, List<String> redirectUris, Clock clock)
            throws IOException {
        LocalSignIn provider = new LocalSignIn(keys, redirectUris, clock);
        provider.server = LoopbackHttpServer.start(port, HttpLimits.DEFAULT, provider);
        return provider;
    }

    /** The issuer: this server's address, as its tokens' {@code iss} and discovery say. */
    public String issuer() {
        return "http://127.0.0.1:" + server.port();
    }

    /** What the newsroom page needs to sign in here (its endpoints come from discovery). */
    public SignInConfig pageConfig() {
        return new SignInConfig(issuer(), EditorKeys.AUDIENCE, SCOPES, null, null, null);
    }

    /** The rules API Gateway's JWT authorizer would apply to this issuer's tokens. */
    public JwtAuthorizer authorizer() throws IOException {
        return new JwtAuthorizer(issuer(), Set.of(EditorKeys.AUDIENCE),
                Jwks.read(java.nio.file.Files.readString(keys.jwksFile())), clock);
    }

    @Override
    public HttpReply answer(HttpRequestData request) {
        String path = request.rawPath();
        String method = request.method();
        return switch (path) {
            case DISCOVERY -> method.equals("GET") ? publicJson(200, discovery()) : notAllowed("GET");
            case JWKS -> method.equals("GET") ? jwks() : notAllowed("GET");
            case AUTHORIZE -> method.equals("GET") ? authorize(params(request.rawQuery())) : notAllowed("GET");
            case TOKEN -> method.equals("POST") ? token(request) : notAllowed("POST");
            default -> text(404, "no such endpoint: see " + issuer() + DISCOVERY);
        };
    }

    private Map<String, Object> discovery() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer());
        doc.put("authorization_endpoint", issuer() + AUTHORIZE);
        doc.put("token_endpoint", issuer() + TOKEN);
        doc.put("jwks_uri", issuer() + JWKS);
        doc.put("response_types_supported", List.of("code"));
        doc.put("grant_types_supported", List.of("authorization_code"));
        doc.put("code_challenge_methods_supported", List.of("S256"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("scopes_supported", List.of(SCOPES));
        doc.put("token_endpoint_auth_methods_supported", List.of("none"));
        return doc;
    }

    private HttpReply jwks() {
        try {
            return withCors(new HttpReply(200, json(), java.nio.file.Files.readAllBytes(keys.jwksFile())), "*");
        } catch (IOException e) {
            return text(503, "the keys cannot be read: " + e.getMessage());
        }
    }

    /**
     * RFC 6749 §4.1.2.1: a request whose client or redirect URI is wrong is answered here, never redirected (an
     * attacker's address must not receive anything); any other mistake goes back to the page as {@code error}.
     */
    private HttpReply authorize(Map<String, String> params) {
        String redirectUri = params.get("redirect_uri");
        if (!EditorKeys.AUDIENCE.equals(params.get("client_id"))) {
            return text(400, "unknown client_id: this provider knows only " + EditorKeys.AUDIENCE);
        }
        if (redirectUri == null || !redirectUris.contains(redirectUri)) {
            return text(400, "redirect_uri must be one of " + redirectUris.stream().sorted().toList());
        }
        Map<String, String> back = new LinkedHashMap<>();
        if (!"code".equals(params.get("response_type"))) {
            back.put("error", "unsupported_response_type");
            back.put("error_description", "response_type must be code");
        } else if (!"S256".equals(params.get("code_challenge_method"))
                || !AuthorizationCodes.isChallenge(params.get("code_challenge"))) {
            back.put("error", "invalid_request");
            back.put("error_description", "PKCE is required: code_challenge (43 characters) with "
                    + "code_challenge_method=S256");
        } else {
            back.put("code", codes.issue(params.get("client_id"), redirectUri, params.get("code_challenge"),
                    params.getOrDefault("scope", SCOPES)));
        }
        if (params.get("state") != null) back.put("state", params.get("state"));
        return new HttpReply(302, Map.of("location", List.of(redirectUri + "?" + form(back)),
                "cache-control", List.of("no-store")), new byte[0]);
    }

    private HttpReply token(HttpRequestData request) {
        String origin = request.header("origin");
        String allowed = origin != null && origins.contains(origin) ? origin : null;
        String type = request.header("content-type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return tokenError(allowed, "invalid_request", "send the parameters as application/x-www-form-urlencoded");
        }
        Map<String, String> params = params(new String(request.body(), StandardCharsets.UTF_8));
        if (!"authorization_code".equals(params.get("grant_type"))) {
            return tokenError(allowed, "unsupported_grant_type", "grant_type must be authorization_code");
        }
        if (!EditorKeys.AUDIENCE.equals(params.get("client_id"))) {
            return tokenError(allowed, "invalid_client", "unknown client_id");
        }
        AuthorizationCodes.Redemption redemption = codes.redeem(params.get("code"), params.get("client_id"),
                params.get("redirect_uri"), params.get("code_verifier"));
        if (!redemption.granted()) {
            return tokenError(allowed, redemption.refusal().error(), redemption.refusal().description());
        }
        var now = clock.instant();
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("access_token", keys.accessToken(issuer(), now, TOKEN_LIFETIME, redemption.signIn().scope()));
        tokens.put("id_token", keys.editorToken(issuer(), now, TOKEN_LIFETIME));
        tokens.put("token_type", "Bearer");
        tokens.put("expires_in", TOKEN_LIFETIME.toSeconds());
        return noStore(withCors(reply(200, tokens), allowed));
    }

    private HttpReply tokenError(String allowedOrigin, String error, String description) {
        return noStore(withCors(reply(400, Map.of("error", error, "error_description", description)), allowedOrigin));
    }

    private HttpReply publicJson(int status, Object body) {
        return withCors(reply(status, body), "*");
    }

    private static HttpReply reply(int status, Object body) {
        try {
            return new HttpReply(status, json(), ArticleJson.mapper().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
    }

    private static Map<String, List<String>> json() {
        return Map.of("content-type", List.of("application/json; charset=utf-8"));
    }

    private static HttpReply withCors(HttpReply reply, String origin) {
        if (origin == null) return reply;
        Map<String, List<String>> headers = new LinkedHashMap<>(reply.headers());
        headers.put("access-control-allow-origin", List.of(origin));
        if (!origin.equals("*")) headers.put("vary", List.of("Origin"));
        return new HttpReply(reply.status(), headers, reply.body());
    }

    /** RFC 6749 §5.1: token answers must not be cached. */
    private static HttpReply noStore(HttpReply reply) {
        Map<String, List<String>> headers = new LinkedHashMap<>(reply.headers());
        headers.put("cache-control", List.of("no-store"));
        return new HttpReply(reply.status(), headers, reply.body());
    }

    private static HttpReply notAllowed(String allow) {
        HttpReply reply = text(405, "this endpoint answers " + allow + " only");
        Map<String, List<String>> headers = new LinkedHashMap<>(reply.headers());
        headers.put("allow", List.of(allow));
        return new HttpReply(405, headers, reply.body());
    }

    private static HttpReply text(int status, String message) {
        return new HttpReply(status, Map.of("content-type", List.of("text/plain; charset=utf-8")),
                (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> params(String encoded) {
        Map<String, String> params = ApiGatewayEvents.queryParameters(encoded);
        return params == null ? Map.of() : params;
    }

    private static String form(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((name, value) -> out.append(out.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return out.toString();
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @Override
    public void close() {
        server.close();
    }
}
