package dev.newsdesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The newsroom page and its files through ApiFunction's handler, on S3Proxy and dynalite. */
@ExtendWith(LocalAws.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsroomRoutesTest {

    private Pipeline pipeline;
    private String bucketOrigin;

    @BeforeAll
    void start(LocalAws.Env env) {
        pipeline = new Pipeline(env);
        var endpoint = env.settings().s3Endpoint().orElseThrow();
        bucketOrigin = endpoint.getScheme() + "://" + endpoint.getAuthority();
    }

    private HttpApiResponse page() {
        HttpApiResponse response = pipeline.get("/newsroom");
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    @Test
    void thePageComesWithAPolicyThatAllowsNoInlineScriptAndLetsItUploadToTheBucket() {
        Map<String, String> headers = page().headers();
        assertEquals("text/html; charset=utf-8", headers.get("Content-Type"));
        assertEquals("no-cache", headers.get("Cache-Control"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        String policy = headers.get("Content-Security-Policy");
        assertTrue(policy.startsWith("default-src 'none'; script-src 'self'; style-src 'self'; "), policy);
        assertTrue(policy.contains("connect-src 'self' " + bucketOrigin + ";"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe"), policy);
    }

    @Test
    void thePageHoldsNoInlineScriptOrStyleThatThePolicyWouldBlock() {
        Document html = Jsoup.parse(page().body());
        for (Element script : html.select("script")) {
            assertTrue(script.hasAttr("src"), script.outerHtml());
            assertEquals("", script.data(), script.outerHtml());
        }
        assertTrue(html.select("style, [style]").isEmpty(), "inline style");
        for (Element any : html.getAllElements()) {
            any.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), any.tagName() + " " + a));
        }
    }

    @Test
    void everyFileThePageLinksIsServedUnderItsVersionAndCachedForAYear() {
        Document html = Jsoup.parse(page().body());
        List<String> links = html.select("script[src], link[href]").stream()
                .map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href")).toList();
        assertEquals(4, links.size(), links.toString());
        Map<String, String> types = Map.of("newsroom.js", "text/javascript; charset=utf-8",
                "signin.js", "text/javascript; charset=utf-8",
                "newsroom.css", "text/css; charset=utf-8", "icon.svg", "image/svg+xml; charset=utf-8");
        for (String link : links) {
            assertTrue(link.matches("newsroom/[a-z.]+\\?v=[0-9a-f]{16}"), link); // relative: works under a stage
            HttpApiResponse file = pipeline.get("/" + link);
            assertEquals(200, file.statusCode(), link);
            assertEquals(types.get(link.substring("newsroom/".length(), link.indexOf('?'))),
                    file.headers().get("Content-Type"), link);
            assertEquals("public, max-age=31536000, immutable", file.headers().get("Cache-Control"), link);
            assertFalse(file.body().isEmpty(), link);
        }
    }

    @Test
    void theConfigSaysThereIsNoHostedLoginWhenNoneIsSet() throws Exception {
        HttpApiResponse config = pipeline.get("/newsroom/config.json");
        assertEquals(200, config.statusCode());
        assertEquals("no-cache", config.headers().get("Cache-Control"));
        assertEquals("{\"signIn\":null}", config.body());
    }

    @Test
    void theStagesVariablesGiveThePageItsHostedLoginAndLetItFetchFromTheProvider() throws Exception {
        Map<String, String> stage = Map.of("NEWSROOM_ISSUER", "https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_Ab",
                "NEWSROOM_CLIENT_ID", "4r8client", "NEWSROOM_SCOPES", "openid,email",
                "NEWSROOM_TOKEN_ENDPOINT", "https://editors.auth.eu-west-3.amazoncognito.com/oauth2/token");
        JsonNode signIn = ArticleJson.mapper().readTree(pipeline.getOnStage("/newsroom/config.json", stage).body())
                .get("signIn");
        assertEquals("https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_Ab", signIn.get("issuer").asText());
        assertEquals("4r8client", signIn.get("clientId").asText());
        assertEquals("openid email", signIn.get("scopes").asText());
        assertTrue(signIn.get("authorizationEndpoint") == null, "left to discovery");
        String policy = pipeline.getOnStage("/newsroom", stage).headers().get("Content-Security-Policy");
        assertTrue(policy.contains("connect-src 'self' " + bucketOrigin + " https://cognito-idp.eu-west-3.amazonaws.com"
                + " https://editors.auth.eu-west-3.amazoncognito.com;"), policy);
        assertEquals("{\"signIn\":null}", pipeline.get("/newsroom/config.json").body(), "no variables, no login");
    }

    @Test
    void aMisconfiguredStageLeavesThePageWithoutHostedLoginNotBroken() {
        HttpApiResponse config = pipeline.getOnStage("/newsroom/config.json",
                Map.of("NEWSROOM_ISSUER", "not a url", "NEWSROOM_CLIENT_ID", "c"));
        assertEquals(200, config.statusCode());
        assertEquals("{\"signIn\":null}", config.body());
        assertEquals(200, pipeline.getOnStage("/newsroom", Map.of("NEWSROOM_ISSUER", "https://x.example")).statusCode());
    }

    @Test
    void aFileAskedForWithoutTheLinkedVersionIsRevalidatedInstead() {
        assertEquals("no-cache", pipeline.get("/newsroom/newsroom.js").headers().get("Cache-Control"));
        assertEquals("no-cache", pipeline.get("/newsroom/newsroom.js?v=0123456789abcdef").headers()
                .get("Cache-Control"));
    }

    @Test
    void aVisitWithTheCurrentETagGetsA304WithoutBody() {
        String etag = page().headers().get("ETag");
        HttpApiResponse again = pipeline.request("GET", "/newsroom", Map.of("if-none-match", etag));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void anUnknownFileIsA404Problem() {
        for (String path : List.of("/newsroom/secret.txt", "/newsroom/..%2Fpom.xml", "/newsroom/a/newsroom.js")) {
            HttpApiResponse response = pipeline.get(path);
            assertEquals(404, response.statusCode(), path);
            assertEquals("application/problem+json", response.headers().get("Content-Type"), path);
        }
    }

    @Test
    void theSlashedAddressRedirectsToThePageAndOtherMethodsAre405() {
        HttpApiResponse slashed = pipeline.get("/newsroom/");
        assertEquals(308, slashed.statusCode());
        assertEquals("../newsroom", slashed.headers().get("Location"));
        assertEquals(405, pipeline.request("POST", "/newsroom", Map.of()).statusCode());
        HttpApiResponse head = pipeline.request("HEAD", "/newsroom", Map.of());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }
}
