package dev.newsdesk.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.api.ApiRouter;
import dev.newsdesk.article.ArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The HTTP API of the one-machine mode: a loopback HTTP server that does what API Gateway does in front of
 * ApiFunction, translating each request into a payload-2.0 event ({@link ApiGatewayEvents}), calling the handler
 * synchronously, and writing its answer back ({@link ApiGatewayResponses}). Requests run on a fixed pool of
 * threads, so concurrent requests reach the handler concurrently, as concurrent Lambda instances would.
 */
public final class LocalApiServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
    private final String region;
    private final PrintStream out;
    /** Where the handler's own log lines go (the terminal, or the one-machine mode's handler log file). */
    private final Consumer<String> handlerLog;
    private final boolean logRequests;
    private volatile Hooks hooks = new Hooks() { };
    /** The JWT authorizer's rules on the editor routes ({@code --auth}); null: they are open, on loopback. */
    private volatile JwtAuthorizer authorizer;

    /** What the one-machine mode does around each invocation (it keeps the rankings fresh). */
    public interface Hooks {
        /** Before the handler sees {@code request}; {@code arrivedNanos} is when it arrived. */
        default void before(HttpRequestData request, long arrivedNanos) {
        }

        /** After the handler answered {@code request} with {@code status}. */
        default void after(HttpRequestData request, int status) {
        }
    }

    private LocalApiServer(HttpServer server, ExecutorService workers,
                           RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, String region,
                           PrintStream out, Consumer<String> handlerLog, boolean logRequests) {
        this.server = server;
        this.workers = workers;
        this.handler = handler;
        this.region = region;
        this.out = out;
        this.handlerLog = handlerLog;
        this.logRequests = logRequests;
    }

    /**
     * Starts serving on 127.0.0.1:{@code port} (0 picks a free port) with {@code threads} workers; the handler's
     * log lines go to {@code out} with the server's own.
     */
    public static LocalApiServer start(int port, int threads,
                                       RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                       String region, PrintStream out, boolean logRequests) throws IOException {
        return start(port, threads, handler, region, out, out::println, logRequests);
    }

    /** As above; the handler's log lines go to {@code handlerLog}. */
    public static LocalApiServer start(int port, int threads,
                                       RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                       String region, PrintStream out, Consumer<String> handlerLog,
                                       boolean logRequests) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "api-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        LocalApiServer api = new LocalApiServer(server, workers, handler, region, out, handlerLog, logRequests);
        server.createContext("/", api::handle);
        server.setExecutor(workers);
        server.start();
        return api;
    }

    public void hooks(Hooks hooks) {
        this.hooks = hooks;
    }

    /** From now on, the editor routes need a token {@code authorizer} accepts, as on AWS. */
    public void requireTokens(JwtAuthorizer authorizer) {
        this.authorizer = authorizer;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        int status = 500;
        try (exchange) {
            HttpReply reply = invoke(read(exchange));
            status = reply.status();
            write(exchange, reply);
        } finally {
            if (logRequests) {
                out.println(LogTime.now() + "  api     "
                        + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())
                        + "  " + status + "  " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
            }
        }
    }

    private HttpRequestData read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        URI uri = exchange.getRequestURI();
        return new HttpRequestData(exchange.getRequestMethod(), uri.getRawPath(),
                uri.getRawQuery() == null ? "" : uri.getRawQuery(), exchange.getProtocol(),
                exchange.getRemoteAddress().getAddress().getHostAddress(), Map.copyOf(exchange.getRequestHeaders()),
                body);
    }

    /** Calls the handler as API Gateway would: a throw or a useless answer becomes a bare 500. */
    HttpReply invoke(HttpRequestData request) {
        long arrived = System.nanoTime();
        APIGatewayV2HTTPEvent event = ApiGatewayEvents.toEvent(request, Instant.now(), requestId(),
                server.getAddress().getPort());
        JwtAuthorizer gate = authorizer;
        if (gate != null && ApiRouter.isEditorRoute(request.method(), request.rawPath())) {
            Optional<String> refusal = gate.refusal(header(request, "authorization"));
            if (refusal.isPresent()) {
                return unauthorized(refusal.get());
            }
        }
        try {
            hooks.before(request, arrived);
            HttpReply reply = ApiGatewayResponses.toReply(handler.handleRequest(event,
                    new LocalContext("ApiFunction", region, Duration.ofSeconds(10), 1024, handlerLog)));
            hooks.after(request, reply.status());
            return reply;
        } catch (RuntimeException e) {
            out.println("api: the handler threw on " + request.method() + " " + request.rawPath() + ": " + e);
            return ApiGatewayResponses.INTERNAL_ERROR;
        }
    }

    private static String header(HttpRequestData request, String name) {
        return request.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .flatMap(h -> h.getValue().stream()).findFirst().orElse(null);
    }

    /**
     * What the authorizer answers instead of the function: 401, as on AWS (where API Gateway's body is only
     * {@code {"message":"Unauthorized"}}), here as problem+json with the reason, which helps on one's own machine.
     */
    private static HttpReply unauthorized(String reason) {
        var problem = ArticleJson.mapper().createObjectNode()
                .put("type", "https://newsdesk.dev/problems/unauthorized")
                .put("title", "Unauthorized")
                .put("status", 401)
                .put("detail", reason);
        Map<String, List<String>> headers = Map.of(
                "content-type", List.of("application/problem+json"),
                "cache-control", List.of("no-store"),
                "www-authenticate", List.of("Bearer"),
                "access-control-allow-origin", List.of("*"));
        return new HttpReply(401, headers, problem.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void write(HttpExchange exchange, HttpReply reply) throws IOException {
        reply.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, List.copyOf(values)));
        boolean noBody = reply.body().length == 0 || "HEAD".equalsIgnoreCase(exchange.getRequestMethod())
                || reply.status() == 204 || reply.status() == 304;
        // -1: no body at all; HttpServer sets Content-Length itself otherwise.
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
        if (!noBody) {
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(reply.body());
            }
        }
    }

    /** API Gateway's request ids look like {@code JKJaXmPLvHcESHA=}; any unique string does here. */
    private static String requestId() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Stops accepting, lets requests in flight finish (up to a second), then stops the workers. */
    @Override
    public void close() {
        server.stop(1);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
