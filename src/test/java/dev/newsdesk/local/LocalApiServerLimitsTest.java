package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.local.http.HttpLimits;
import dev.newsdesk.testing.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one-machine server's own refusals, on real sockets: what a malformed, oversized or stalled request gets
 * (a problem+json answer or a close, and never the handler), and that stalled clients do not hold up others.
 */
class LocalApiServerLimitsTest {

    /** Far above any answer here, and far below the head deadline some tests set: never what decides a test. */
    private static final int CLIENT_TIMEOUT_MS = 20_000;

    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<HttpApiEvent> seen = new AtomicReference<>();
    private final List<Socket> stalled = new ArrayList<>();
    private LocalApiServer server;

    @AfterEach
    void stop() throws Exception {
        for (Socket s : stalled) s.close();
        if (server != null) server.close();
    }

    private void start(HttpLimits limits) throws Exception {
        server = LocalApiServer.start(0, 4, (event, ctx) -> {
            calls.incrementAndGet();
            seen.set(event);
            return new HttpApiResponse(200, null, null, "{\"ok\":true}", false);
        }, "us-east-1", quiet, line -> { }, false, limits);
    }

    private RawHttp.Response send(String request) throws Exception {
        return RawHttp.exchange(server.endpoint(), request, CLIENT_TIMEOUT_MS);
    }

    private static void assertProblem(int status, RawHttp.Response response) throws Exception {
        assertEquals(status, response.status(), response.text());
        assertEquals("application/problem+json", response.header("content-type"));
        JsonNode problem = ArticleJson.mapper().readTree(response.body());
        assertEquals(status, problem.get("status").asInt());
        assertTrue(problem.get("type").asText().startsWith("https://newsdesk.dev/problems/"), response.text());
    }

    @Test
    void aTargetThatDoesNotDecodeIsAProblem400AndNeverReachesTheHandler() throws Exception {
        start(HttpLimits.DEFAULT);
        RawHttp.Response response = send("GET /articles/% HTTP/1.1\r\nHost: x\r\n\r\n");
        assertProblem(400, response);
        assertTrue(response.text().contains("URI path"), response.text());
        assertEquals(0, calls.get());
    }

    @Test
    void aOneMegabyteUrlIsAProblem414() throws Exception {
        start(HttpLimits.DEFAULT);
        assertProblem(414, send("GET /" + "a".repeat(1 << 20) + " HTTP/1.1\r\nHost: x\r\n\r\n"));
        assertEquals(0, calls.get());
    }

    @Test
    void aHundredKilobyteHeaderIsAProblem431() throws Exception {
        start(HttpLimits.DEFAULT);
        assertProblem(431, send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(100_000) + "\r\n\r\n"));
    }

    @Test
    void moreHeaderLinesThanTheLimitIsAProblem431() throws Exception {
        start(HttpLimits.DEFAULT);
        StringBuilder request = new StringBuilder("GET / HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i <= HttpLimits.DEFAULT.maxHeaders(); i++) request.append("X-").append(i).append(": v\r\n");
        assertProblem(431, send(request.append("\r\n").toString()));
    }

    @Test
    void aBodyAboveTheLimitIsAProblem413BeforeItIsSent() throws Exception {
        start(HttpLimits.DEFAULT);
        // Only the head is sent: the answer cannot wait for a body that never comes.
        assertProblem(413, send("POST /articles HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n"));
    }

    @Test
    void aStalledHeadIsClosedAtItsDeadlineAndAStalledBodyIsAnswered408() throws Exception {
        start(HttpLimits.DEFAULT.withIdleTimeout(Duration.ofMillis(300)));
        assertEquals(-1, send("GET /articles HTTP/1.1\r\nHost: x\r\n").status(), "closed without an answer");
        assertEquals(-1, send("").status(), "closed without an answer");
        assertProblem(408, send("POST /articles HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc"));
        assertEquals(0, calls.get());
    }

    @Test
    void sixtyFourStalledConnectionsDoNotHoldUpAnotherClient() throws Exception {
        // The stalled connections' deadline is far beyond the client's timeout: an answer can only come from a
        // server that serves the client beside them (the JDK's com.sun.net.httpserver, with 32 workers, did not within 15 s).
        start(HttpLimits.DEFAULT.withIdleTimeout(Duration.ofMinutes(5)));
        String[] starts = {"", "GET /artic", "GET /articles HTTP/1.1\r\nHost: x\r\nAccept: "};
        for (int i = 0; i < 64; i++) {
            Socket s = new Socket(server.endpoint().getHost(), server.endpoint().getPort());
            s.getOutputStream().write(starts[i % starts.length].getBytes(StandardCharsets.US_ASCII));
            stalled.add(s);
        }
        assertEquals(200, send("GET /articles HTTP/1.1\r\nHost: x\r\n\r\n").status());
    }

    @Test
    void moreStalledBodiesThanWorkerThreadsDoNotHoldUpAnotherClient() throws Exception {
        // Each connection sends a head and part of its body, then nothing, 64 of them: more than the server has
        // worker threads. A server that read bodies in blocking reads would have none left for the client.
        start(HttpLimits.DEFAULT.withIdleTimeout(Duration.ofMinutes(5)));
        for (int i = 0; i < 64; i++) {
            Socket s = new Socket(server.endpoint().getHost(), server.endpoint().getPort());
            s.getOutputStream().write("POST /articles HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nabc"
                    .getBytes(StandardCharsets.US_ASCII));
            stalled.add(s);
        }
        assertEquals(200, send("GET /articles HTTP/1.1\r\nHost: x\r\n\r\n").status());
        assertEquals(1, calls.get(), "no stalled body reached the handler");
    }

    @Test
    void aChunkedBodyThatGrowsPastTheLimitIsAProblem413() throws Exception {
        start(new HttpLimits(8 * 1024, 16 * 1024, 100, 100, Duration.ofSeconds(10), 512));
        String chunk = "3c\r\n" + "a".repeat(60) + "\r\n";
        assertProblem(413, send("POST /articles HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + chunk + chunk + "0\r\n\r\n"));
        assertEquals(0, calls.get());
        assertEquals(200, send("POST /articles HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + chunk + "0\r\n\r\n").status(), "a chunked body within the limit is served");
    }

    @Test
    void aConnectionServesPipelinedRequestsInTurn() throws Exception {
        start(HttpLimits.DEFAULT);
        try (Socket s = new Socket(server.endpoint().getHost(), server.endpoint().getPort())) {
            s.setSoTimeout(CLIENT_TIMEOUT_MS);
            s.getOutputStream().write(("GET /a HTTP/1.1\r\nHost: x\r\n\r\nHEAD /b HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            assertEquals("{\"ok\":true}", new String(RawHttp.read(in, false).body(), StandardCharsets.UTF_8));
            RawHttp.Response head = RawHttp.read(in, true);
            assertEquals("11", head.header("content-length"), "a HEAD gets the length a GET would");
            RawHttp.Response last = RawHttp.read(in, false);
            assertEquals("close", last.header("connection"));
            assertEquals(-1, in.read(), "closed after the request that asked for it");
        }
        assertEquals(3, calls.get());
        assertEquals("/c", seen.get().rawPath());
    }

    @Test
    void aChunkedBodyAfterExpectContinueReachesTheHandlerWhole() throws Exception {
        start(HttpLimits.DEFAULT);
        RawHttp.Response response = send("POST /articles?x=1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n"
                + "Expect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4;ext=1\r\ndefg\r\n0\r\n\r\n");
        assertEquals(200, response.status());
        assertEquals("abcdefg", new String(Base64.getDecoder().decode(seen.get().body()), StandardCharsets.UTF_8));
        assertEquals("x=1", seen.get().rawQueryString());
    }

    @Test
    void aRequestWithTwoFramingsIsAProblem400() throws Exception {
        start(HttpLimits.DEFAULT);
        assertProblem(400, send("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"));
        assertProblem(400, send("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"));
        assertEquals(0, calls.get());
    }
}
