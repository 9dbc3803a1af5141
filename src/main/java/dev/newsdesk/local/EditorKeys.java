package dev.newsdesk.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsdesk.Sha256;
import dev.newsdesk.article.ArticleJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The identity provider of {@code ./newsdesk local --auth}, in miniature: one RSA key pair kept under the data
 * folder (the private key, and its public half as a JWKS file, as a provider publishes it), that signs editor
 * tokens RS256 with the claims an OpenID Connect ID token has. Only the one-machine mode and the tests use it.
 */
public final class EditorKeys {

    /** The issuer ({@code iss}) of tokens signed without the local sign-in provider (tests sign such tokens). */
    public static final String ISSUER = "https://auth.newsdesk.local";
    /** The audience ({@code aud}) of local tokens: what a Cognito app client id is on AWS. */
    public static final String AUDIENCE = "newsdesk-newsroom";

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final String kid;
    private final KeyPair pair;
    private final Path jwksFile;

    private EditorKeys(String kid, KeyPair pair, Path jwksFile) {
        this.kid = kid;
        this.pair = pair;
        this.jwksFile = jwksFile;
    }

    /** The key pair kept in {@code dir} (created there, readable by its owner only, on first use). */
    public static EditorKeys loadOrCreate(Path dir) throws IOException {
        Path privateFile = dir.resolve("editor-signing-key.pk8");
        Path jwks = dir.resolve("jwks.json");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            KeyPair pair;
            if (Files.isRegularFile(privateFile)) {
                var key = (java.security.interfaces.RSAPrivateCrtKey) rsa.generatePrivate(
                        new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
                RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(
                        new java.security.spec.RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
                pair = new KeyPair(pub, key);
            } else {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                pair = generator.generateKeyPair();
                Files.createDirectories(dir);
                Files.write(privateFile, pair.getPrivate().getEncoded());
                ownerOnly(privateFile);
            }
            String kid = Sha256.hex(B64URL.encodeToString(pair.getPublic().getEncoded())).substring(0, 16);
            Files.writeString(jwks, Jwks.write(kid, (RSAPublicKey) pair.getPublic()));
            return new EditorKeys(kid, pair, jwks);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IOException("cannot read the editor signing key " + privateFile + ": delete it to make a new one", e);
        }
    }

    /** The public keys, as an authorizer reads them from the provider. */
    public Path jwksFile() {
        return jwksFile;
    }

    /** An editor's ID token of {@link #ISSUER}, valid from {@code now} for {@code lifetime}. */
    public String editorToken(Instant now, Duration lifetime) {
        return editorToken(ISSUER, now, lifetime);
    }

    /** An editor's ID token of {@code issuer}, valid from {@code now} for {@code lifetime}. */
    public String editorToken(String issuer, Instant now, Duration lifetime) {
        Map<String, Object> claims = editorClaims(issuer, now, lifetime);
        claims.put("aud", AUDIENCE);
        claims.put("token_use", "id");
        return sign(claims);
    }

    /**
     * An editor's access token of {@code issuer} for {@code scope}: as Cognito's, it names the client in
     * {@code client_id} (there is no {@code aud}), which the JWT authorizer takes as the audience.
     */
    public String accessToken(String issuer, Instant now, Duration lifetime, String scope) {
        Map<String, Object> claims = editorClaims(issuer, now, lifetime);
        claims.put("client_id", AUDIENCE);
        claims.put("scope", scope);
        claims.put("token_use", "access");
        return sign(claims);
    }

    private static Map<String, Object> editorClaims(String issuer, Instant now, Duration lifetime) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", "local-editor");
        claims.put("iat", now.getEpochSecond());
        claims.put("nbf", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        return claims;
    }

    /** A JWT with exactly {@code claims}, signed RS256 with this key (tests sign expired or foreign tokens with it). */
    public String sign(Map<String, Object> claims) {
        try {
            String header = B64URL.encodeToString(ArticleJson.mapper().writeValueAsBytes(
                    Map.of("alg", "RS256", "typ", "JWT", "kid", kid)));
            String payload = B64URL.encodeToString(ArticleJson.mapper().writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign((PrivateKey) pair.getPrivate());
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64URL.encodeToString(rsa.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder's own permissions apply
        }
    }
}
