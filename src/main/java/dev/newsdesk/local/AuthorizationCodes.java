package dev.newsdesk.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The authorization codes of the local sign-in provider (RFC 6749 §4.1 with PKCE, RFC 7636): each is handed out
 * for one client, one redirect URI and one S256 code challenge, and is redeemed once, within a minute, by the
 * client that proves it holds the verifier. Any other redemption is refused with the OAuth error and why.
 */
final class AuthorizationCodes {

    /** RFC 6749 §4.1.2 recommends at most ten minutes; a browser redirect takes well under one. */
    static final Duration LIFETIME = Duration.ofMinutes(1);
    /** RFC 7636 §4.1: 43 to 128 characters of the unreserved set. */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    /** A challenge is the base64url SHA-256 of a verifier: 43 characters. */
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> codes = new ConcurrentHashMap<>();

    AuthorizationCodes(Clock clock) {
        this.clock = clock;
    }

    /** What a code was handed out for. */
    record Issued(String clientId, String redirectUri, String challenge, String scope, Instant expires) {
    }

    /** A refusal, as the token endpoint words it: an RFC 6749 §5.2 error code and a description. */
    record Refusal(String error, String description) {
    }

    /** Whether {@code challenge} is an S256 challenge at all (its length and alphabet). */
    static boolean isChallenge(String challenge) {
        return challenge != null && CHALLENGE.matcher(challenge).matches();
    }

    /** The S256 challenge of {@code verifier}: base64url(SHA-256(ASCII(verifier))), RFC 7636 §4.2. */
    static String challengeOf(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return B64URL.encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A new single-use code for a sign-in of {@code clientId} that returns to {@code redirectUri}. */
    String issue(String clientId, String redirectUri, String challenge, String scope) {
        if (!isChallenge(challenge)) throw new IllegalArgumentException("not an S256 code challenge");
        forgetExpired();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String code = B64URL.encodeToString(bytes);
        codes.put(code, new Issued(clientId, redirectUri, challenge, scope, clock.instant().plus(LIFETIME)));
        return code;
    }

    /**
     * Redeems {@code code}: it is gone after the first attempt, right or wrong (RFC 6749 §10.5), so a code seen by
     * someone else cannot be tried again. Either the sign-in the code was issued for, or why not.
     */
    Redemption redeem(String code, String clientId, String redirectUri, String verifier) {
        Issued issued = code == null ? null : codes.remove(code);
        if (issued == null) {
            return refused("invalid_grant", "the code is unknown, or was used already");
        }
        if (!clock.instant().isBefore(issued.expires())) {
            return refused("invalid_grant", "the code has expired");
        }
        if (!issued.clientId().equals(clientId)) {
            return refused("invalid_grant", "the code was issued to another client");
        }
        if (!issued.redirectUri().equals(redirectUri)) {
            return refused("invalid_grant", "redirect_uri is not the one the code was issued for");
        }
        if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
            return refused("invalid_request", "code_verifier must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~");
        }
        if (!MessageDigest.isEqual(challengeOf(verifier).getBytes(StandardCharsets.US_ASCII),
                issued.challenge().getBytes(StandardCharsets.US_ASCII))) {
            return refused("invalid_grant", "code_verifier does not match the code challenge");
        }
        return new Redemption(issued, null);
    }

    /** The outcome of a redemption: the sign-in, or the refusal. */
    record Redemption(Issued signIn, Refusal refusal) {
        boolean granted() {
            return refusal == null;
        }
    }

    private static Redemption refused(String error, String description) {
        return new Redemption(null, new Refusal(error, description));
    }

    /** Codes never redeemed are dropped once expired, so the map stays small. */
    private void forgetExpired() {
        Instant now = clock.instant();
        codes.values().removeIf(issued -> !now.isBefore(issued.expires()));
    }
}
