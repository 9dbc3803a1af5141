package dev.newsdesk.newsroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.Settings;
import dev.newsdesk.article.ArticleJson;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The page's hosted-login settings, as template.yaml sets them, and what they let the page fetch. */
class SignInConfigTest {

    private static final Map<String, String> COGNITO = Map.of(
            SignInConfig.ISSUER, "https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_AbC",
            SignInConfig.CLIENT_ID, "4r8client",
            SignInConfig.SCOPES, "openid,email",
            SignInConfig.AUTHORIZATION_ENDPOINT, "https://news-editors.auth.eu-west-3.amazoncognito.com/oauth2/authorize",
            SignInConfig.TOKEN_ENDPOINT, "https://news-editors.auth.eu-west-3.amazoncognito.com/oauth2/token",
            SignInConfig.LOGOUT_ENDPOINT, "https://news-editors.auth.eu-west-3.amazoncognito.com/logout");

    @Test
    void noIssuerNoHostedLogin() {
        assertEquals(Optional.empty(), SignInConfig.from(Map.of()));
        assertEquals(Optional.empty(), SignInConfig.from(Map.of(SignInConfig.ISSUER, " ")));
    }

    @Test
    void thePageMayFetchFromTheIssuerAndTheTokenEndpoint() {
        SignInConfig cognito = SignInConfig.from(COGNITO).orElseThrow();
        assertEquals(Set.of("https://cognito-idp.eu-west-3.amazonaws.com",
                "https://news-editors.auth.eu-west-3.amazoncognito.com"), cognito.fetchedOrigins());
        Settings aws = Settings.from(Map.of(Settings.TABLE_NAME, "t", Settings.BUCKET_NAME, "b",
                Settings.REGION, "eu-west-3"));
        String policy = ContentSecurityPolicy.forPage(aws, Optional.of(cognito)).header();
        assertTrue(policy.contains("https://s3.eu-west-3.amazonaws.com https://cognito-idp.eu-west-3.amazonaws.com "
                + "https://news-editors.auth.eu-west-3.amazoncognito.com;"), policy);
    }

    @Test
    void theSettingsGoThroughStageVariablesUnchanged() {
        SignInConfig cognito = SignInConfig.from(COGNITO).orElseThrow();
        assertEquals("openid email", cognito.scopes(), "a stage variable's commas are the scope list's spaces");
        assertEquals(COGNITO, cognito.stageVariables());
        assertEquals(Optional.of(cognito), SignInConfig.from(cognito.stageVariables()));
    }

    @Test
    void withoutEndpointsThePageUsesDiscoveryAndTheScopesDefaultToOpenid() throws Exception {
        SignInConfig oidc = SignInConfig.from(Map.of(SignInConfig.ISSUER, "https://login.example.com/",
                SignInConfig.CLIENT_ID, "newsroom")).orElseThrow();
        assertEquals("openid", oidc.scopes());
        assertEquals("{\"issuer\":\"https://login.example.com/\",\"clientId\":\"newsroom\",\"scopes\":\"openid\"}",
                ArticleJson.mapper().writeValueAsString(oidc));
    }

    @Test
    void aMisconfiguredDeploymentIsStoppedWithTheVariablesName() {
        var noClient = assertThrows(IllegalArgumentException.class, () -> SignInConfig.from(
                Map.of(SignInConfig.ISSUER, "https://login.example.com")));
        assertTrue(noClient.getMessage().contains(SignInConfig.CLIENT_ID), noClient.getMessage());
        var relative = assertThrows(IllegalArgumentException.class, () -> SignInConfig.from(Map.of(
                SignInConfig.ISSUER, "https://login.example.com", SignInConfig.CLIENT_ID, "c",
                SignInConfig.TOKEN_ENDPOINT, "/oauth2/token")));
        assertTrue(relative.getMessage().contains(SignInConfig.TOKEN_ENDPOINT), relative.getMessage());
        var script = assertThrows(IllegalArgumentException.class, () -> SignInConfig.from(Map.of(
                SignInConfig.ISSUER, "javascript:alert(1)", SignInConfig.CLIENT_ID, "c")));
        assertTrue(script.getMessage().contains("http(s)"), script.getMessage());
    }
}
