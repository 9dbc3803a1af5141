package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the one-machine API does with clients that stall or send what is not HTTP: real sockets on loopback, and
 * every refusal a problem+json answer.
 */
class LocalApiLimitsTest {

    private static final int STALLED = 16;

    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream());

    private LocalApiServer server(HttpLimits limits) throws IOException {
        return LocalApiServer.start(0, 2, limits, (event, ctx) -> APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200).withHeaders(Map.of("Content-Type", "text/plain"))
                .withBody(event.getRawPath()).build(), "us-east-1", quiet, false);
    }

    @Test
    void stalledConnectionsDoNotKeepAnotherClientWaiting() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try (LocalApiServer server = server(HttpLimits.defaults())) {
            for (int i = 0; i < STALLED; i++) {
                Socket s = connect(server);
                stalled.add(s);
                // Half of them never finish their headers, half never send a byte.
                if (i % 2 == 0) s.getOutputStream().write("GET /slow HTTP/1.1\r\nHost: x\r\n".getBytes());
            }

            String answer = exchange(server, "GET /other HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

            assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
            assertTrue(answer.endsWith("/other"), answer);
        } finally {
            for (Socket s : stalled) s.close();
        }
    }

    @Test
    void headersThatTrickleInTooSlowlyAreAnswered408() throws Exception {
        HttpLimits limits = HttpLimits.defaults();
        HttpLimits quick = new HttpLimits(limits.maxRequestLine(), limits.maxHeaderBytes(), limits.maxHeaders(),
                limits.maxBodyBytes(), Duration.ofMillis(200), limits.readTimeout(), limits.idleTimeout(),
                limits.maxConnections());
        try (LocalApiServer server = server(quick); Socket s = connect(server)) {
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n".getBytes());

            String answer = readAll(s.getInputStream());

            assertProblem(408, answer);
        }
    }

    @Test
    void anOversizeHeaderIsAnswered431() throws Exception {
        try (LocalApiServer server = server(HttpLimits.defaults())) {
            String answer = exchange(server, "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024)
                    + "\r\n\r\n");
            assertProblem(431, answer);
        }
    }

    @Test
    void tooManyHeaderLinesAreAnswered431() throws Exception {
        try (LocalApiServer server = server(HttpLimits.defaults())) {
            assertProblem(431, exchange(server, "GET / HTTP/1.1\r\n" + "X-A: 1\r\n".repeat(101) + "\r\n"));
        }
    }

    @Test
    void aOneMegabyteUrlIsAnswered414() throws Exception {
        try (LocalApiServer server = server(HttpLimits.defaults())) {
            String answer = exchange(server, "GET /" + "a".repeat(1024 * 1024) + " HTTP/1.1\r\nHost: x\r\n\r\n");
            assertProblem(414, answer);
        }
    }

    @Test
    void whatIsNotHttpIsAnswered400() throws Exception {
        try (LocalApiServer server = server(HttpLimits.defaults())) {
            assertProblem(400, exchange(server, "HELLO\r\n\r\n"));
            assertProblem(400, exchange(server, "GET /a b HTTP/1.1\r\n\r\n"));
            assertProblem(400, exchange(server, "GET / HTTP/1.1\r\nno colon here\r\n\r\n"));
            assertProblem(400, exchange(server, "GET / HTTP/1.1\r\nBad Name: 1\r\n\r\n"));
            assertProblem(400, exchange(server, "POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n"));
            assertProblem(400, exchange(server, "POST / HTTP/1.1\r\nContent-Length: 3\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n"));
            assertProblem(505, exchange(server, "GET / HTTP/2.0\r\n\r\n"));
            assertProblem(413, exchange(server, "POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n"));
        }
    }

    @Test
    void anUndecodablePathOrQueryReachesTheHandlerAsBehindApiGateway() throws Exception {
        try (LocalApiServer server = server(HttpLimits.defaults())) {
            String path = exchange(server, "GET /articles/% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertTrue(path.startsWith("HTTP/1.1 200 ") && path.endsWith("/articles/%"), path);
            String query = exchange(server, "GET /q?a=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertTrue(query.startsWith("HTTP/1.1 200 ") && query.endsWith("/q"), query);
        }
    }

    @Test
    void keepsAConnectionAliveAndReadsAChunkedBody() throws Exception {
        try (LocalApiServer server = server(HttpLimits.defaults()); Socket s = connect(server)) {
            s.getOutputStream().write(("POST /one HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "3\r\nabc\r\n0\r\n\r\n" + "GET /two HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes());

            String answers = readAll(s.getInputStream());

            assertEquals(2, answers.split("HTTP/1.1 200 ", -1).length - 1, answers);
            assertTrue(answers.contains("/one") && answers.endsWith("/two"), answers);
        }
    }

    private static void assertProblem(int status, String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer);
        assertTrue(answer.contains("\r\ncontent-type: application/problem+json\r\n"), answer);
        assertTrue(answer.contains("\"status\":" + status), answer);
    }

    private static Socket connect(LocalApiServer server) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.endpoint().getPort());
        s.setSoTimeout(10_000); // a test that would hang fails instead
        return s;
    }

    /** Sends {@code request} on a new connection and reads until the server closes it. */
    private static String exchange(LocalApiServer server, String request) throws IOException {
        try (Socket s = connect(server)) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return readAll(s.getInputStream());
        }
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
