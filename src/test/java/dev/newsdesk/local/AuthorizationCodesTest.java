package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.testing.CodeFlow;
import dev.newsdesk.testing.MovableClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The local provider's codes: redeemed once, in time, by the client that holds the verifier (RFC 7636). */
class AuthorizationCodesTest {

    private static final String CLIENT = "newsroom";
    private static final String PAGE = "http://127.0.0.1:3000/newsroom";
    /** A verifier and its S256 challenge, computed outside Java (Python's hashlib and base64.urlsafe_b64encode). */
    private static final String VERIFIER = "dBjftJeZ4CVP-mJ92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String CHALLENGE = "ngF5GsXcbwljx6u133FFr3Xht9xooA_DuaX_3QwODtc";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T09:00:00Z"));
    private final AuthorizationCodes codes = new AuthorizationCodes(clock);

    @Test
    void theChallengeIsTheBase64urlSha256OfTheVerifier() throws Exception {
        assertEquals(CHALLENGE, AuthorizationCodes.challengeOf(VERIFIER));
        assertEquals(CHALLENGE, CodeFlow.challenge(VERIFIER), "the test's own computation agrees");
    }

    @Test
    void theRightVerifierRedeemsTheCodeForItsSignIn() {
        String code = codes.issue(CLIENT, PAGE, CHALLENGE, "openid");
        AuthorizationCodes.Redemption redemption = codes.redeem(code, CLIENT, PAGE, VERIFIER);
        assertTrue(redemption.granted(), String.valueOf(redemption.refusal()));
        assertEquals("openid", redemption.signIn().scope());
    }

    @Test
    void aWrongVerifierIsRefused() {
        String code = codes.issue(CLIENT, PAGE, CHALLENGE, "openid");
        String other = "x".repeat(43);
        assertRefused(codes.redeem(code, CLIENT, PAGE, other), "invalid_grant", "does not match");
    }

    @Test
    void aCodeIsRedeemedOnceEvenAfterAFailedAttempt() {
        String code = codes.issue(CLIENT, PAGE, CHALLENGE, "openid");
        assertTrue(codes.redeem(code, CLIENT, PAGE, VERIFIER).granted());
        assertRefused(codes.redeem(code, CLIENT, PAGE, VERIFIER), "invalid_grant", "used already");

        String second = codes.issue(CLIENT, PAGE, CHALLENGE, "openid");
        assertFalse(codes.redeem(second, CLIENT, PAGE, "y".repeat(43)).granted());
        assertRefused(codes.redeem(second, CLIENT, PAGE, VERIFIER), "invalid_grant", "used already");
    }

    @Test
    void anotherRedirectUriIsRefused() {
        String code = codes.issue(CLIENT, PAGE, CHALLENGE, "openid");
        assertRefused(codes.redeem(code, CLIENT, "http://127.0.0.1:3000/elsewhere", VERIFIER), "invalid_grant",
                "redirect_uri");
    }

    @Test
    void anotherClientIsRefused() {
        String code = codes.issue(CLIENT, PAGE, CHALLENGE, "openid");
        assertRefused(codes.redeem(code, "someone-else", PAGE, VERIFIER), "invalid_grant", "another client");
    }

    @Test
    void aCodeExpiresAfterAMinute() {
        String code = codes.issue(CLIENT, PAGE, CHALLENGE, "openid");
        clock.advance(AuthorizationCodes.LIFETIME);
        assertRefused(codes.redeem(code, CLIENT, PAGE, VERIFIER), "invalid_grant", "expired");
    }

    @Test
    void aMalformedVerifierOrUnknownCodeIsRefusedNotThrown() {
        String code = codes.issue(CLIENT, PAGE, CHALLENGE, "openid");
        assertRefused(codes.redeem(code, CLIENT, PAGE, "short"), "invalid_request", "43 to 128");
        assertRefused(codes.redeem(null, CLIENT, PAGE, VERIFIER), "invalid_grant", "unknown");
        assertRefused(codes.redeem("made-up", CLIENT, PAGE, VERIFIER), "invalid_grant", "unknown");
    }

    @Test
    void onlyAnS256ChallengeGetsACode() {
        assertThrows(IllegalArgumentException.class, () -> codes.issue(CLIENT, PAGE, "plain-verifier", "openid"));
        assertThrows(IllegalArgumentException.class, () -> codes.issue(CLIENT, PAGE, null, "openid"));
    }

    private static void assertRefused(AuthorizationCodes.Redemption redemption, String error, String why) {
        assertFalse(redemption.granted());
        assertEquals(error, redemption.refusal().error());
        assertTrue(redemption.refusal().description().contains(why), redemption.refusal().description());
    }
}
