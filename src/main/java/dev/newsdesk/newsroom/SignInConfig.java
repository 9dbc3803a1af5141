package dev.newsdesk.newsroom;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the newsroom page signs editors in with their provider's hosted login (authorization code + PKCE, no
 * secret: the page is public code), served to the page as {@code GET /newsroom/config.json}. The endpoints are
 * optional: without them the page reads them from the issuer's OpenID Connect discovery document.
 *
 * <p>The settings are the HTTP API stage's variables (template.yaml), not the function's environment: they follow
 * the template's parameters (JwtIssuer, JwtAudience), and a new parameter value publishes no function version
 * (docs/deploy.md), so an environment variable would keep the old one.
 *
 * @param issuer                the provider's issuer (the tokens' {@code iss}, and where discovery is)
 * @param clientId              the page's client id at the provider (the tokens' audience)
 * @param scopes                the scopes asked for, space-separated (a stage variable holds no space: there,
 *                              comma-separated)
 * @param authorizationEndpoint where the page sends the editor to sign in; null: from discovery
 * @param tokenEndpoint         where the page exchanges the code for tokens; null: from discovery
 * @param logoutEndpoint        where signing out ends the provider's session too (Cognito's {@code /logout});
 *                              null: signing out forgets the tokens only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignInConfig(String issuer, String clientId, String scopes, String authorizationEndpoint,
                           String tokenEndpoint, String logoutEndpoint) {

    public static final String ISSUER = "NEWSROOM_ISSUER";
    public static final String CLIENT_ID = "NEWSROOM_CLIENT_ID";
    public static final String SCOPES = "NEWSROOM_SCOPES";
    public static final String AUTHORIZATION_ENDPOINT = "NEWSROOM_AUTHORIZATION_ENDPOINT";
    public static final String TOKEN_ENDPOINT = "NEWSROOM_TOKEN_ENDPOINT";
    public static final String LOGOUT_ENDPOINT = "NEWSROOM_LOGOUT_ENDPOINT";

    /** @throws IllegalArgumentException if an address is not an absolute http(s) URL, or a value is missing */
    public SignInConfig {
        issuer = url(issuer, ISSUER);
        if (clientId == null || clientId.isBlank()) throw new IllegalArgumentException(CLIENT_ID + " is empty");
        scopes = scopes == null || scopes.isBlank() ? "openid" : String.join(" ", scopes.strip().split("[,\\s]+"));
        authorizationEndpoint = optionalUrl(authorizationEndpoint, AUTHORIZATION_ENDPOINT);
        tokenEndpoint = optionalUrl(tokenEndpoint, TOKEN_ENDPOINT);
        logoutEndpoint = optionalUrl(logoutEndpoint, LOGOUT_ENDPOINT);
    }

    /** The page's sign-in as the stage's variables set it; empty when no issuer is named. */
    public static Optional<SignInConfig> from(Map<String, String> variables) {
        String issuer = variables.get(ISSUER);
        if (issuer == null || issuer.isBlank()) return Optional.empty();
        return Optional.of(new SignInConfig(issuer, variables.get(CLIENT_ID), variables.get(SCOPES),
                variables.get(AUTHORIZATION_ENDPOINT), variables.get(TOKEN_ENDPOINT), variables.get(LOGOUT_ENDPOINT)));
    }

    /** The stage variables that give these settings (the one-machine mode's stand-in for API Gateway sets them). */
    public Map<String, String> stageVariables() {
        Map<String, String> variables = new java.util.LinkedHashMap<>();
        variables.put(ISSUER, issuer);
        variables.put(CLIENT_ID, clientId);
        variables.put(SCOPES, scopes.replace(' ', ','));
        if (authorizationEndpoint != null) variables.put(AUTHORIZATION_ENDPOINT, authorizationEndpoint);
        if (tokenEndpoint != null) variables.put(TOKEN_ENDPOINT, tokenEndpoint);
        if (logoutEndpoint != null) variables.put(LOGOUT_ENDPOINT, logoutEndpoint);
        return Map.copyOf(variables);
    }

    /** The origins the page fetches from to sign in: discovery's (the issuer's) and the token endpoint's. */
    Set<String> fetchedOrigins() {
        List<String> urls = new ArrayList<>(List.of(issuer));
        if (tokenEndpoint != null) urls.add(tokenEndpoint);
        Set<String> origins = new LinkedHashSet<>();
        for (String url : urls) {
            URI uri = URI.create(url);
            origins.add(uri.getScheme() + "://" + uri.getRawAuthority());
        }
        return origins;
    }

    private static String optionalUrl(String value, String name) {
        return value == null || value.isBlank() ? null : url(value, name);
    }

    private static String url(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " is empty");
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a URL: " + value);
        }
        if (!uri.isAbsolute() || uri.getRawAuthority() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) URL, not " + value);
        }
        return uri.toString();
    }
}
