package dev.newsdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.local.DynaliteServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The Firefox driver over WebDriver BiDi, on hand-written pages: input, scripts' values, waits, the console. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirefoxPageTest {

    private final AtomicReference<String> html = new AtomicReference<>("");
    private final AtomicInteger opened = new AtomicInteger();
    private HttpServer server;
    private FirefoxPage page;

    /** Pages come from a loopback server: Firefox reports no network events for a data: page. */
    @BeforeAll
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = html.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        page = FirefoxPage.start(640, 480, Duration.ofSeconds(3));
    }

    @AfterAll
    void stop() {
        if (page != null) page.close();
        if (server != null) server.stop(0);
    }

    @Test
    void typingReplacesTheFieldsTextAndEnterSubmitsItsForm() {
        open("<form id=f><input id=t value=old></form><script>"
                + "f.onsubmit = e => { e.preventDefault(); document.title = 'sent ' + t.value; };</script>");
        page.type("#t", "new é");
        page.pressEnter("#t");
        assertTrue(page.waitUntil("return document.title === arguments[0]", "sent new é"));
    }

    @Test
    void aClickReachesAButtonBelowTheWindow() {
        open("<div style='height: 3000px'></div><button id=b>go</button>"
                + "<script>b.onclick = e => document.title = 'clicked ' + e.isTrusted;</script>");
        page.click("#b");
        assertEquals("clicked true", page.run("return document.title"));
    }

    @Test
    void aChosenFileReachesTheFileInput(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("story.txt"), "text");
        open("<input type=file id=f><script>f.onchange = async () => "
                + "document.title = f.files[0].name + ':' + await f.files[0].text();</script>");
        page.attach("#f", file);
        assertTrue(page.waitUntil("return document.title === 'story.txt:text'"));
    }

    @Test
    void theChoiceInADropDownIsSeenByThePage() {
        open("<select id=s><option value=a>all</option><option value=p>pending</option></select>"
                + "<script>s.onchange = () => document.title = s.value;</script>");
        page.choose("#s", "pending");
        assertEquals("p", page.run("return document.title"));
        assertThrows(AssertionError.class, () -> page.choose("#s", "nowhere"));
    }

    @Test
    void scriptsTakeAndGiveBackPlainValues() {
        open("<p>values</p>");
        assertEquals(List.of("text", 7L, true, 2.5, "NaN"), Arrays.asList(
                page.run("return arguments[0]", "text"), page.run("return arguments[0] + 4", 3),
                page.run("return arguments[0]", true), page.run("return 5 / 2"), page.run("return 0 / 0")));
        assertEquals(null, page.run("return null"));
        assertEquals(null, page.run("return undefined"));
        assertThrows(IllegalArgumentException.class, () -> page.run("return document.body"));
        assertThrows(IllegalArgumentException.class, () -> page.run("return 1", List.of()));
        assertThrows(AssertionError.class, () -> page.run("throw new Error('no')"));
    }

    @Test
    void aWaitEndsTrueWhenThePageGetsThereAndFalseWhenItNeverDoes() {
        open("<p id=p></p><script>setTimeout(() => p.textContent = 'later', 200);</script>");
        assertTrue(page.waitUntil("return document.getElementById('p').textContent === 'later'"));
        assertFalse(page.waitUntil("return document.getElementById('nowhere') !== null"));
    }

    @Test
    void theConsoleReportsExceptionsErrorsFailedLoadsAndPolicyRefusals() throws Exception {
        page.errors();
        String closed = "http://127.0.0.1:" + DynaliteServer.freePort(); // nothing listens there
        open("<meta http-equiv='Content-Security-Policy' content=\"img-src 'none'\">"
                + "<img src='" + closed + "/refused.png'>"
                + "<script>console.error('told');</script><script>throw new Error('thrown');</script>"
                + "<script>fetch('" + closed + "/nothing-listens-here').catch(() => document.title = 'failed');"
                + "</script>"); // the fetch fails last, well after the rest
        assertTrue(page.waitUntil("return document.title === 'failed'"));
        String errors = String.join("\n", page.errors());
        for (String said : List.of("told", "thrown", "Content-Security-Policy", "nothing-listens-here failed")) {
            assertTrue(errors.contains(said), said + " in\n" + errors);
        }
    }

    /** Opens {@code markup}, at a new address each time so that the browser loads it afresh. */
    private void open(String markup) {
        html.set(markup);
        page.open("http://127.0.0.1:" + server.getAddress().getPort() + "/" + opened.incrementAndGet());
    }
}
