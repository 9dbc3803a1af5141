package dev.newsdesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.article.ArticleJson;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON Web Key Sets (RFC 7517) of RSA signing keys: what an OpenID Connect provider publishes, read and written. */
final class Jwks {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private Jwks() {
    }

    /** The set holding {@code key} under {@code kid}, as a provider serves it. */
    static String write(String kid, RSAPublicKey key) {
        ObjectNode jwk = ArticleJson.mapper().createObjectNode()
                .put("kty", "RSA").put("use", "sig").put("alg", "RS256").put("kid", kid)
                .put("n", B64URL.encodeToString(unsigned(key.getModulus())))
                .put("e", B64URL.encodeToString(unsigned(key.getPublicExponent())));
        ObjectNode set = ArticleJson.mapper().createObjectNode();
        set.putArray("keys").add(jwk);
        return set.toPrettyString();
    }

    /** The RSA signing keys of a set, by kid; keys of other types are left out. */
    static Map<String, RSAPublicKey> read(String json) throws IOException {
        JsonNode set = ArticleJson.mapper().readTree(json);
        Map<String, RSAPublicKey> keys = new LinkedHashMap<>();
        if (set == null || !(set.get("keys") instanceof ArrayNode list)) {
            throw new IOException("not a JSON Web Key Set: no \"keys\" array");
        }
        for (JsonNode jwk : list) {
            if (!"RSA".equals(jwk.path("kty").asText()) || !jwk.hasNonNull("kid")) continue;
            try {
                BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("n").asText()));
                BigInteger e = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("e").asText()));
                keys.put(jwk.get("kid").asText(),
                        (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e)));
            } catch (IllegalArgumentException | GeneralSecurityException bad) {
                throw new IOException("key " + jwk.get("kid").asText() + " of the set is not a valid RSA key", bad);
            }
        }
        return keys;
    }

    /** A big-endian number without the sign byte Java adds, as JWK wants it. */
    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
