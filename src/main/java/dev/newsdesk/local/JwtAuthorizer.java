package dev.newsdesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.article.ArticleJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of an API Gateway HTTP API JWT authorizer, for {@code ./newsdesk local --auth}: a bearer token signed
 * RS256 by one of the provider's keys (JWKS), whose {@code iss} is the issuer, whose {@code aud} (or, for an access
 * token, {@code client_id}) is one of the audiences, that has not expired ({@code exp}) and is already valid
 * ({@code nbf}, {@code iat}). Anything else, a malformed token included, is refused with the reason: never a throw.
 */
public final class JwtAuthorizer {

    private final String issuer;
    private final Set<String> audiences;
    private final Map<String, RSAPublicKey> keys;
    private final Clock clock;

    public JwtAuthorizer(String issuer, Set<String> audiences, Map<String, RSAPublicKey> keys, Clock clock) {
        this.issuer = issuer;
        this.audiences = Set.copyOf(audiences);
        this.keys = Map.copyOf(keys);
        this.clock = clock;
    }

    /** Why the request's {@code Authorization} header (null: none) does not let it through; empty if it does. */
    public Optional<String> refusal(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.of("the request has no Authorization header: send Authorization: Bearer <token>");
        }
        String token = authorization.strip();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) token = token.substring(7).strip();
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) return Optional.of("the token is not a JWT (three dot-separated parts)");
        try {
            JsonNode header = json(parts[0]);
            if (!"RS256".equals(header.path("alg").asText())) return Optional.of("the token is not signed with RS256");
            RSAPublicKey key = keys.get(header.path("kid").asText());
            if (key == null) return Optional.of("the token is signed by a key the issuer does not publish");
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.of("the token's signature does not match");
            }
            return claimsRefusal(json(parts[1]));
        } catch (IllegalArgumentException | java.io.IOException | GeneralSecurityException malformed) {
            return Optional.of("the token is not a well-formed JWT");
        }
    }

    private Optional<String> claimsRefusal(JsonNode claims) {
        long now = clock.instant().getEpochSecond();
        if (!issuer.equals(claims.path("iss").asText(null))) return Optional.of("the token is from another issuer");
        if (!audienceMatches(claims)) return Optional.of("the token is for another audience");
        if (!claims.path("exp").isNumber()) return Optional.of("the token has no expiry (exp)");
        if (claims.path("exp").asLong() <= now) return Optional.of("the token has expired");
        if (claims.has("nbf") && (!claims.get("nbf").isNumber() || claims.get("nbf").asLong() > now)) {
            return Optional.of("the token is not valid yet (nbf)");
        }
        if (claims.has("iat") && (!claims.get("iat").isNumber() || claims.get("iat").asLong() > now)) {
            return Optional.of("the token was issued in the future (iat)");
        }
        return Optional.empty();
    }

    private boolean audienceMatches(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        if (aud.isTextual() && audiences.contains(aud.asText())) return true;
        if (aud.isArray()) {
            for (JsonNode a : aud) if (audiences.contains(a.asText())) return true;
        }
        return claims.path("client_id").isTextual() && audiences.contains(claims.get("client_id").asText());
    }

    private static JsonNode json(String part) throws java.io.IOException {
        JsonNode node = ArticleJson.mapper().readTree(Base64.getUrlDecoder().decode(part));
        if (node == null || !node.isObject()) throw new java.io.IOException("not a JSON object");
        return node;
    }
}
