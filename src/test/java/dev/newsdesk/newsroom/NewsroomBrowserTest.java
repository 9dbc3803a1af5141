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
import dev.newsdesk.testing.HeadlessChromium;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The newsroom page in headless Chromium against the one-machine mode's pieces: its S3Proxy (a child process, as
 * {@code ./newsdesk local} starts it, CORS included), the event pump, the real handlers behind the local API
 * server, and dynalite. An editor drops files on the page and sees them published, opens one and sees it as
 * readers will, sees its views per hour once the rollup has run (on an injected clock), and sees why a file failed.
 * Screenshots at a laptop's and a phone's width go to target/newsroom/.
 */
@ExtendWith(LocalAws.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsroomBrowserTest {

    private static final Path SHOTS = Path.of("target", "newsroom");
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
    private ChromeDriver browser;

    @BeforeAll
    void start(LocalAws.Env env) throws Exception {
        dir = Files.createTempDirectory("newsroom-browser");
        Files.createDirectories(SHOTS);
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
        browser = HeadlessChromium.start(LAPTOP, 900);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) browser.quit();
        if (api != null) api.close();
        if (pump != null) pump.close();
        if (s3 != null) s3.close();
        if (s3proxy != null) s3proxy.close();
        Files.writeString(SHOTS.resolve("servers.log"), printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEditorUploadsSeesTheArticleAndItsViewsAndWhyAFileFailed() throws Exception {
        browser.get(api.endpoint() + "/newsroom");
        waitFor(By.cssSelector("#ranking-note"));

        // Drag and drop: two files dropped at once into the folder "city/".
        browser.findElement(By.id("folder")).sendKeys("city/");
        browser.executeScript(DROP, "bridge.json", bridgeJson(), "application/json",
                "mali.txt", new String(Pipeline.sample(), StandardCharsets.UTF_8), "text/plain");
        WebElement bridge = waitFor(By.cssSelector("#uploads li[data-key='city/bridge.json'][data-state='published']"));
        assertTrue(bridge.getText().contains(TITLE), bridge.getText());
        waitFor(By.cssSelector("#uploads li[data-key='city/mali.txt'][data-state='published']"));
        waitFor(By.cssSelector("#sent li.done[data-key='city/bridge.json']"));

        // The file input, as a keyboard user reaches it: an empty file fails.
        Path empty = Files.createDirectories(dir.resolve("files")).resolve("empty.txt");
        Files.write(empty, new byte[0]);
        browser.findElement(By.id("folder")).clear();
        browser.findElement(By.id("folder")).sendKeys("drafts");
        browser.findElement(By.id("file")).sendKeys(empty.toString());
        WebElement failed = waitFor(By.cssSelector("#uploads li[data-key='drafts/empty.txt'][data-state='failed']"));
        failed.findElement(By.cssSelector("button.key")).sendKeys(Keys.ENTER);
        WebElement why = waitFor(By.cssSelector("#status[data-state='failed'] .why"));
        assertTrue(why.getText().contains("empty"), why.getText());
        screenshot("failed-" + LAPTOP, LAPTOP);

        // Opened, the published one reads as readers will see it, with its lead image.
        browser.findElement(By.cssSelector("#uploads li[data-key='city/bridge.json'] button.key")).click();
        WebElement headline = waitFor(By.cssSelector("#preview .headline"));
        assertEquals(TITLE, headline.getText());
        assertTrue(browser.findElement(By.cssSelector("#preview .body")).getText().contains("voted on Tuesday"));
        assertTrue(browser.findElement(By.cssSelector("#preview figure.lead img")).getAttribute("src")
                .endsWith("/newsroom/icon.svg"));
        assertEquals("0", waitFor(By.cssSelector("#chart[data-total]")).getAttribute("data-total"),
                "no views rolled up yet");

        // Readers read it; the rollup runs a few minutes later; the chart shows the hour's views.
        String slug = browser.findElement(By.cssSelector("#uploads li[data-key='city/bridge.json'] .slug")).getText();
        for (int reader = 1; reader <= 4; reader++) read(slug, reader);
        clock.advance(Duration.ofMinutes(3));
        services.rollup().run(clock.instant());
        long ranked = rankedViews(slug);
        assertTrue(ranked >= 4, "the readers' views and the page's own: " + ranked);
        browser.findElement(By.id("views-refresh")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(
                By.id("chart"), "data-total", Long.toString(ranked)));
        assertFalse(browser.findElements(By.cssSelector("#chart svg rect.bar")).isEmpty());

        // The most read of the week lists it.
        browser.findElement(By.cssSelector("[data-window='7d']")).click();
        WebElement top = waitFor(By.cssSelector("#ranking li button.ranked"));
        assertEquals(TITLE, top.getText());

        screenshot("article-" + LAPTOP, LAPTOP);
        screenshot("article-" + PHONE, PHONE);
        browser.findElement(By.cssSelector("#uploads li[data-key='drafts/empty.txt'] button.key")).click();
        waitFor(By.cssSelector("#status[data-state='failed'] .why"));
        screenshot("failed-" + PHONE, PHONE);

        assertEquals(List.of(), HeadlessChromium.errors(browser), "the browser's console");
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
            browser.get(api.endpoint() + "/newsroom");
            waitFor(By.id("signin"));
            signIn("not-a-token");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("signin-why"), "refused"));
            signIn(keys.editorToken(clock.instant(), Duration.ofHours(1)));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("refreshed"), "Updated")); // the uploads loaded
            assertFalse(browser.findElement(By.id("signin")).isDisplayed(), "the form is gone");
            List<String> errors = HeadlessChromium.errors(browser);
            assertTrue(errors.stream().allMatch(e -> e.contains("401")), "only the refusals: " + errors);
        } finally {
            api.requireTokens(null);
        }
    }

    @Test
    void anUploadWhoseIngestDiedHalfWayShowsUnderThePendingFilter() throws Exception {
        // What an ingest leaves when it dies after seeing the event and before applying it: the entry, never taken out.
        services.uploads().seen(BUCKET, "late/story.txt", "0".repeat(31) + "1", clock.instant().toString());
        browser.get(api.endpoint() + "/newsroom");
        new Select(waitFor(By.id("state"))).selectByVisibleText("pending");
        WebElement row = waitFor(By.cssSelector("#uploads li[data-key='late/story.txt'][data-state='pending']"));
        assertTrue(row.getText().contains("seen"), row.getText());
        assertEquals(1, browser.findElements(By.cssSelector("#uploads li")).size(), "only what is pending");
        assertEquals(List.of(), HeadlessChromium.errors(browser), "the browser's console");
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
            browser.get(guarded.endpoint() + "/newsroom");
            waitFor(By.id("signin-provider")).click();
            // The provider signs the local editor in and sends the browser back with a code; the page trades it
            // (with its verifier) for a token and loads the uploads, an editor route, with it.
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("refreshed"), "Updated"));
            assertEquals(guarded.endpoint() + "/newsroom", browser.getCurrentUrl(), "the code left the address");
            assertFalse(browser.findElement(By.id("signin")).isDisplayed(), "the form is gone");
            String token = (String) browser.executeScript("return sessionStorage.getItem('newsdesk.editor-token')");
            assertEquals(Optional.empty(), provider.authorizer().refusal("Bearer " + token));

            waitFor(By.id("signout")).click();
            waitFor(By.id("signin-provider"));
            assertEquals("You are signed out.", browser.findElement(By.id("signin-why")).getText());
            assertEquals(null, browser.executeScript("return sessionStorage.getItem('newsdesk.editor-token')"));
            List<String> errors = HeadlessChromium.errors(browser);
            assertTrue(errors.stream().allMatch(e -> e.contains("401")), "only the first visit's refusal: " + errors);
        }
    }

    private void signIn(String token) {
        WebElement field = browser.findElement(By.id("token"));
        field.sendKeys(token);
        field.sendKeys(Keys.ENTER);
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

    /** Waits for {@code what} to show; if it never does, keeps what the page showed and said, to read. */
    private WebElement waitFor(By what) throws Exception {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(what));
        } catch (TimeoutException e) {
            Files.write(SHOTS.resolve("failure.png"), browser.getScreenshotAs(OutputType.BYTES));
            throw new AssertionError("never shown: " + what + "\npage: " + browser.findElement(By.tagName("main"))
                    .getText() + "\nconsole: " + HeadlessChromium.errors(browser) + "\n(target/newsroom/failure.png)", e);
        }
    }

    /** The whole page at {@code width}, however tall; nothing may stick out sideways. */
    private void screenshot(String name, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        long wide = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        assertTrue(wide <= width, name + ": the page is " + wide + " px wide in a " + width + " px window");
        long tall = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", tall, "scale", 1)));
        Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        browser.manage().window().setSize(new Dimension(LAPTOP, 900));
    }
}
