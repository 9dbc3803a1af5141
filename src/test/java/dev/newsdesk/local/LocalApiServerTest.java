package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.functions.events.HttpApiResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The HTTP server around a fake handler: real sockets, real HTTP. */
class LocalApiServerTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream());

    @Test
    void turnsARequestIntoAnEventAndTheResponseIntoHttp() throws Exception {
        AtomicReference<HttpApiEvent> seen = new AtomicReference<>();
        try (LocalApiServer server = LocalApiServer.start(0, 4, (event, ctx) -> {
            seen.set(event);
            return new HttpApiResponse(201, Map.of("Content-Type", "text/plain", "X-Test", "yes"), List.of("s=1"),
                    "créé", false);
        }, "us-east-1", quiet, false)) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(server.endpoint() + "/articles/x?limit=2&keyword=a&keyword=b"))
                    .header("Cookie", "a=1").header("X-Multi", "1").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(201, response.statusCode());
            assertEquals("créé", response.body());
            assertEquals("yes", response.headers().firstValue("x-test").orElseThrow());
            assertEquals("s=1", response.headers().firstValue("set-cookie").orElseThrow());
            HttpApiEvent e = seen.get();
            assertEquals("/articles/x", e.rawPath());
            assertEquals("limit=2&keyword=a&keyword=b", e.rawQueryString());
            assertEquals("a,b", e.queryStringParameters().get("keyword"));
            assertEquals(List.of("a=1"), e.cookies());
            assertEquals("1", e.headers().get("x-multi"));
            assertEquals("GET", e.requestContext().http().method());
        }
    }

    @Test
    void aThrowingHandlerGivesApiGatewaysBare500() throws Exception {
        try (LocalApiServer server = LocalApiServer.start(0, 2, (event, ctx) -> {
            throw new IllegalStateException("bug");
        }, "us-east-1", quiet, false)) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(500, response.statusCode());
            assertEquals("{\"message\":\"Internal Server Error\"}", response.body());
        }
    }

    @Test
    void runsRequestsConcurrently() throws Exception {
        int n = 8;
        CountDownLatch allInside = new CountDownLatch(n);
        try (LocalApiServer server = LocalApiServer.start(0, 32, (event, ctx) -> {
            allInside.countDown();
            try {
                // Only returns once all n requests are inside the handler at the same time.
                boolean together = allInside.await(10, TimeUnit.SECONDS);
                return new HttpApiResponse(together ? 200 : 503, null, null, null, false);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "us-east-1", quiet, false)) {
            List<CompletableFuture<HttpResponse<String>>> responses = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                responses.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.endpoint() + "/" + i)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> r : responses) {
                assertEquals(200, r.get(20, TimeUnit.SECONDS).statusCode());
            }
            assertTrue(allInside.getCount() == 0);
        }
    }
}
