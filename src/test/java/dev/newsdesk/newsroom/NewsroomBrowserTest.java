package dev.newsdesk.newsroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.AwsClients;
import dev.newsdesk.Settings;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.functions.Services;
import dev.newsdesk.local.DynaliteServer;
import dev.newsdesk.local.EventPump;
import dev.newsdesk.local.EditorKeys;
import dev.newsdesk.local.IngestDelivery;
import dev.newsdesk.local.JwtAuthorizer;
import dev.newsdesk.local.LocalApiServer;
import dev.newsdesk.local.LocalSignIn;
import dev.newsdesk.local.S3ProxyLaunch;
import dev.newsdesk.local.S3ProxyServer;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
import dev.newsdesk.testing.PageBrowser;
import dev.newsdesk.testing.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The newsroom page in a real headless browser (each subclass names one) against the one-machine mode's pieces: its S3Proxy (a child process, as
 * {@code ./newsdesk local} starts it, CORS included), the event pump, the real handlers behind the local API
 * server, and dynalite. An editor drops files on the page and sees them published, opens one and sees it as
 * readers will, sees its views per hour once the rollup has run (on an injected clock), and sees why a file failed.
 * Screenshots at a laptop's and a phone's width go to target/newsroom/BROWSER/. What a person does goes through the
 * browser's own input; what the test reads is read by a script in the page, the same in every browser.
 */
@ExtendWith(LocalAws.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NewsroomBrowserTest {

    /** How long a wait for the page lasts at most before the test fails (slow shared machines included). */
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final int HEIGHT = 900;
    private static final int LAPTOP = 1280;
    private static final int PHONE = 390;
    private static final String BUCKET = "newsroom-articles";
    private static final String TITLE = "Council approves the bridge repairs";
    private static final String MALI =
            "Avec le soutien de la Russie, le Mali ouvre une nouvelle page de stabilité sécuritaire";

    /** Now, to the minute: presigned URLs must be valid for the real S3Proxy; the test moves it for the rollup. */
    private final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.MINUTES));
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();
    private Path dir;
    private S3ProxyServer s3proxy;
    private S3Client s3;
    private Services services;
    private EventPump pump;
    private LocalApiServer api;
    private Path shots;
    PageBrowser browser;

    /** A new headless browser {@code width} by {@link #HEIGHT} CSS pixels, waiting at most {@link #PATIENCE}. */
    abstract PageBrowser startBrowser(int width) throws Exception;

    /** The browser's name, for its screenshots' folder. */
    abstract String browserName();

    @BeforeAll
    void start(LocalAws.Env env, @TempDir Path files) throws Exception {
        dir = files; // the servers' files, removed with the test class
        shots = Files.createDirectories(Path.of("target", "newsroom", browserName()));
        PrintStream log = new PrintStream(printed, true, StandardCharsets.UTF_8);
        int apiPort = DynaliteServer.freePort();
        s3proxy = S3ProxyServer.start(S3ProxyLaunch.fromClassPath(System.getProperty("java.class.path")),
                DynaliteServer.freePort(), dir.resolve("s3"), List.of("http://127.0.0.1:" + apiPort),
                dir.resolve("s3proxy.properties"), dir.resolve("s3proxy.log"));
        Settings settings = Settings.local(env.table(), BUCKET, s3proxy.endpoint(),
                env.settings().dynamoDbEndpoint().orElseThrow());
        s3 = AwsClients.s3(settings);
        s3.createBucket(b -> b.bucket(BUCKET));
        services = Services.create(settings, clock);
        pump = EventPump.create(s3, BUCKET, settings.region(), dir.resolve("pump.json"), dir.resolve("waiting.json"),
                new IngestDelivery(new IngestFunction(services)::handle, settings.region(), log, line -> { }), log);
        pump.start(Duration.ofMillis(100));
        api = LocalApiServer.start(apiPort, 8, new ApiFunction(services)::handle, settings.region(), log, false);
        browser = startBrowser(LAPTOP);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) browser.close();
        if (api != null) api.close();
        if (pump != null) pump.close();
        if (s3 != null) s3.close();
        if (s3proxy != null) s3proxy.close();
        if (shots != null) Files.writeString(shots.resolve("servers.log"), printed.toString(StandardCharsets.UTF_8));
    }

    /** Opens the button's upload as a keyboard user does: focus on it, Enter. */
    void openFromTheKeyboard(String button) {
        browser.pressEnter(button);
    }

    /** What a finished test's page still says (its timers calling a server the test closed) is not the next one's. */
    @AfterEach
    void leaveThePage() {
        browser.open("about:blank");
        browser.errors();
    }

    @Test
    void anEditorUploadsSeesTheArticleAndItsViewsAndWhyAFileFailed() throws Exception {
        browser.open(api.endpoint() + "/newsroom");
        waitFor("#ranking-note");

        // Drag and drop: two files dropped at once into the folder "city/".
        browser.type("#folder", "city/");
        browser.run(DROP, "bridge.json", bridgeJson(), "application/json",
                "mali.txt", new String(Pipeline.sample(), StandardCharsets.UTF_8), "text/plain");
        String bridge = waitFor("#uploads li[data-key='city/bridge.json'][data-state='published']");
        assertTrue(bridge.contains(TITLE), bridge);
        waitFor("#uploads li[data-key='city/mali.txt'][data-state='published']");
        waitFor("#sent li.done[data-key='city/bridge.json']");

        // The file input, as a keyboard user reaches it: an empty file fails.
        Path empty = Files.createDirectories(dir.resolve("files")).resolve("empty.txt");
        Files.write(empty, new byte[0]);
        browser.type("#folder", "drafts");
        browser.attach("#file", empty);
        String failed = "#uploads li[data-key='drafts/empty.txt'][data-state='failed']";
        waitFor(failed);
        openFromTheKeyboard(failed + " button.key");
        String why = waitFor("#status[data-state='failed'] .why");
        assertTrue(why.contains("empty"), why);
        screenshot("failed", LAPTOP);

        // Opened, the published one reads as readers will see it, with its lead image.
        browser.click("#uploads li[data-key='city/bridge.json'] button.key");
        assertEquals(TITLE, waitFor("#preview .headline"));
        assertTrue(text("#preview .body").contains("voted on Tuesday"));
        assertTrue(((String) browser.run("return document.querySelector(arguments[0]).src",
                "#preview figure.lead img")).endsWith("/newsroom/icon.svg"));
        waitFor("#chart[data-total]");
        assertEquals("0", attribute("#chart", "data-total"), "no views rolled up yet");

        // Readers read it; the rollup runs a few minutes later; the chart shows the hour's views.
        String slug = text("#uploads li[data-key='city/bridge.json'] .slug");
        for (int reader = 1; reader <= 4; reader++) read(slug, reader);
        clock.advance(Duration.ofMinutes(3));
        services.rollup().run(clock.instant());
        long ranked = rankedViews(slug);
        assertTrue(ranked >= 4, "the readers' views and the page's own: " + ranked);
        browser.click("#views-refresh");
        waitUntil("return document.querySelector(arguments[0]).getAttribute(arguments[1]) === arguments[2]",
                "#chart", "data-total", Long.toString(ranked));
        assertTrue(count("#chart svg rect.bar") > 0, "the chart's bars");
        assertEquals(0, ((Number) browser.run("const svg = document.querySelector(arguments[0]);"
                + "return [...svg.querySelectorAll('text')].filter(t => {"
                + " const box = t.getBBox(); return box.x + box.width > svg.viewBox.baseVal.width + 0.5; }).length",
                "#chart svg")).intValue(), "every label of the chart ends inside it (today's starts near the edge)");

        // The most read of the week lists it.
        browser.click("[data-window='7d']");
        assertEquals(TITLE, waitFor("#ranking li button.ranked"));

        screenshot("article", LAPTOP);
        screenshot("article", PHONE);
        browser.click("#uploads li[data-key='drafts/empty.txt'] button.key");
        waitFor("#status[data-state='failed'] .why");
        screenshot("failed", PHONE);

        assertEquals(List.of(), browser.errors(), "the browser's console");
    }

    @Test
    void whereTheEditorRoutesAreGuardedThePageAsksForATokenAndUsesIt() throws Exception {
        EditorKeys keys = EditorKeys.loadOrCreate(dir.resolve("auth"));
        JsonNode jwk = ArticleJson.mapper().readTree(Files.readString(keys.jwksFile())).get("keys").get(0);
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("n").asText())),
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("e").asText()))));
        api.requireTokens(new JwtAuthorizer(EditorKeys.ISSUER, Set.of(EditorKeys.AUDIENCE),
                Map.of(jwk.get("kid").asText(), key), clock));
        try {
            browser.open(api.endpoint() + "/newsroom");
            waitFor("#signin");
            signIn("not-a-token");
            waitForText("#signin-why", "refused");
            signIn(keys.editorToken(clock.instant(), Duration.ofHours(1)));
            waitForText("#refreshed", "Updated"); // the uploads loaded
            assertFalse(shown("#signin"), "the form is gone");
            List<String> errors = browser.errors();
            assertTrue(errors.stream().allMatch(e -> e.contains("401")), "only the refusals: " + errors);
        } finally {
            api.requireTokens(null);
        }
    }

    @Test
    void anUploadWhoseIngestDiedHalfWayShowsUnderThePendingFilter() throws Exception {
        // What an ingest leaves when it dies after seeing the event and before applying it: the entry, never taken out.
        services.uploads().seen(BUCKET, "late/story.txt", "0".repeat(31) + "1", clock.instant().toString());
        browser.open(api.endpoint() + "/newsroom");
        waitFor("#state");
        browser.choose("#state", "pending");
        String row = waitFor("#uploads li[data-key='late/story.txt'][data-state='pending']");
        assertTrue(row.contains("seen"), row);
        assertEquals(1, count("#uploads li"), "only what is pending");
        assertEquals(List.of(), browser.errors(), "the browser's console");
    }

    @Test
    void theEditorSignsInWithTheHostedLoginThroughPkceAndSignsOut() throws Exception {
        int pagePort = DynaliteServer.freePort();
        PrintStream log = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try (LocalSignIn provider = LocalSignIn.start(0, EditorKeys.loadOrCreate(dir.resolve("auth")),
                List.of("http://127.0.0.1:" + pagePort + "/newsroom"), clock);
             LocalApiServer guarded = LocalApiServer.start(pagePort, 4,
                     new ApiFunction(services)::handle, "us-east-1", log, false)) {
            guarded.stageVariables(provider.pageConfig().stageVariables());
            guarded.requireTokens(provider.authorizer());
            browser.open(guarded.endpoint() + "/newsroom");
            waitFor("#signin-provider");
            browser.click("#signin-provider");
            // The provider signs the local editor in and sends the browser back with a code; the page trades it
            // (with its verifier) for a token and loads the uploads, an editor route, with it.
            waitForText("#refreshed", "Updated");
            assertEquals(guarded.endpoint() + "/newsroom", browser.run("return location.href"),
                    "the code left the address");
            assertFalse(shown("#signin"), "the form is gone");
            String token = (String) browser.run("return sessionStorage.getItem('newsdesk.editor-token')");
            assertEquals(Optional.empty(), provider.authorizer().refusal("Bearer " + token));

            waitFor("#signout");
            browser.click("#signout");
            waitFor("#signin-provider");
            assertEquals("You are signed out.", text("#signin-why"));
            assertEquals(null, browser.run("return sessionStorage.getItem('newsdesk.editor-token')"));
            List<String> errors = browser.errors();
            assertTrue(errors.stream().allMatch(e -> e.contains("401")), "only the first visit's refusal: " + errors);
        }
    }

    private void signIn(String token) {
        browser.type("#token", token);
        browser.pressEnter("#token");
    }

    /** Drops files (name, text, type, …) on the drop zone as a person's drag would: a real DataTransfer. */
    private static final String DROP = """
            const zone = document.getElementById('drop');
            const data = new DataTransfer();
            for (let i = 0; i < arguments.length; i += 3) {
              data.items.add(new File([arguments[i + 1]], arguments[i], { type: arguments[i + 2] }));
            }
            for (const type of ['dragenter', 'dragover', 'drop']) {
              zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
            }
            """;

    /** An article with a lead image served by the API itself (the test's browser reaches no other host). */
    private String bridgeJson() {
        return new String(Pipeline.json(Map.of(
                "title", TITLE,
                "section", "City",
                "authors", List.of("Ana Ruiz"),
                "publishedAt", "2026-12-01T09:30:00Z",
                "image", Map.of("url", api.endpoint() + "/newsroom/icon.svg", "alt", "The Newsdesk icon",
                        "caption", "The river bridge, closed since May.", "credit", "Photo: A. Ruiz"),
                "html", "<p>The city council voted on Tuesday to fund the repair of the two river bridges, a project "
                        + "residents have asked for since the floods of last spring.</p><p>Work starts in March, "
                        + "the mayor said, and the <a href=\"https://gazette.example/budget\">full budget</a> is "
                        + "<em>online</em>.</p>")), StandardCharsets.UTF_8);
    }

    private void read(String slug, int reader) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(api.endpoint() + "/articles/" + slug)).header("User-Agent", "Reader/" + reader).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    private long rankedViews(String slug) throws Exception {
        for (JsonNode ranked : api("/rankings?window=7d").get("articles")) {
            if (ranked.get("slug").asText().equals(slug)) return ranked.get("views").asLong();
        }
        throw new AssertionError(slug + " is not in the week's rankings");
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api.endpoint() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return ArticleJson.mapper().readTree(response.body());
    }

    /** Waits for the element {@code css} names to show; its text. If it never does, keeps what the page showed. */
    private String waitFor(String css) throws Exception {
        waitUntil("const e = document.querySelector(arguments[0]);\n"
                + "return !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'", css);
        return text(css);
    }

    private void waitForText(String css, String part) throws Exception {
        waitUntil("const e = document.querySelector(arguments[0]); return !!e && e.innerText.includes(arguments[1])",
                css, part);
    }

    /** Waits until {@code body} (a script) holds; if it never does, keeps what the page showed and said, to read. */
    private void waitUntil(String body, Object... arguments) throws Exception {
        if (browser.waitUntil(body, arguments)) return;
        Files.write(shots.resolve("failure.png"), browser.screenshot());
        throw new AssertionError("never true: " + body + " " + List.of(arguments) + "\npage: " + text("main")
                + "\nconsole: " + browser.errors() + "\n(" + shots.resolve("failure.png") + ")");
    }

    /** The element's text as rendered (null when there is none). */
    private String text(String css) {
        return (String) browser.run("const e = document.querySelector(arguments[0]); return e && e.innerText.trim()",
                css);
    }

    private String attribute(String css, String name) {
        return (String) browser.run("return document.querySelector(arguments[0]).getAttribute(arguments[1])",
                css, name);
    }

    private boolean shown(String css) {
        return (Boolean) browser.run("const e = document.querySelector(arguments[0]);\n"
                + "return !!e && e.getClientRects().length > 0", css);
    }

    private long count(String css) {
        return ((Number) browser.run("return document.querySelectorAll(arguments[0]).length", css)).longValue();
    }

    /** The whole page at {@code width}, however tall; nothing may stick out sideways. */
    private void screenshot(String name, int width) throws Exception {
        browser.resize(width);
        try {
            long wide = ((Number) browser.run("return document.documentElement.scrollWidth")).longValue();
            assertTrue(wide <= width, name + ": the page is " + wide + " px wide in a " + width + " px window");
            Files.write(shots.resolve(name + "-" + width + ".png"), browser.screenshot());
        } finally {
            browser.resize(LAPTOP);
        }
    }
}
