package dev.newsdesk.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.newsdesk.api.ApiRouter;
import dev.newsdesk.api.Problem;
import dev.newsdesk.api.Responses;
import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.local.http.Exchange;
import dev.newsdesk.local.http.HttpLimits;
import dev.newsdesk.local.http.HttpRefusal;
import dev.newsdesk.local.http.HttpReply;
import dev.newsdesk.local.http.HttpRequestData;
import dev.newsdesk.local.http.LoopbackHttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * The HTTP API of the one-machine mode: a loopback HTTP server ({@link LoopbackHttpServer}: Jetty, which refuses
 * malformed, oversized and stalled requests before they reach it) that does what API Gateway does in front of ApiFunction,
 * translating each request into a payload-2.0 event ({@link ApiGatewayEvents}), calling the handler synchronously,
 * and writing its answer back ({@link ApiGatewayResponses}). Up to {@code threads} requests reach the handler at
 * once, as concurrent Lambda instances would.
 */
public final class LocalApiServer implements AutoCloseable, Exchange {

    private final RequestHandler<HttpApiEvent, HttpApiResponse> handler;
    private final Semaphore handlerSlots;
    private final String region;
    private final PrintStream out;
    /** Where the handler's own log lines go (the terminal, or the one-machine mode's handler log file). */
    private final Consumer<String> handlerLog;
    private final boolean logRequests;
    private volatile LoopbackHttpServer server;
    private volatile Hooks hooks = new Hooks() { };
    /** The JWT authorizer's rules on the editor routes ({@code --auth}); null: they are open, on loopback. */
    private volatile JwtAuthorizer authorizer;
    /** What the stage passes with each request, as API Gateway does (the newsroom's sign-in settings). */
    private volatile Map<String, String> stageVariables = Map.of();

    /** What the one-machine mode does around each invocation (it keeps the rankings fresh). */
    public interface Hooks {
        /** Before the handler sees {@code request}; {@code arrivedNanos} is when it arrived. */
        default void before(HttpRequestData request, long arrivedNanos) {
        }

        /** After the handler answered {@code request} with {@code status}. */
        default void after(HttpRequestData request, int status) {
        }
    }

    private LocalApiServer(int threads, RequestHandler<HttpApiEvent, HttpApiResponse> handler,
                           String region, PrintStream out, Consumer<String> handlerLog, boolean logRequests) {
        this.handlerSlots = new Semaphore(threads);
        this.handler = handler;
        this.region = region;
        this.out = out;
        this.handlerLog = handlerLog;
        this.logRequests = logRequests;
    }

    /**
     * Starts serving on 127.0.0.1:{@code port} (0 picks a free port), up to {@code threads} requests in the handler
     * at once; the handler's log lines go to {@code out} with the server's own.
     */
    public static LocalApiServer start(int port, int threads,
                                       RequestHandler<HttpApiEvent, HttpApiResponse> handler,
                                       String region, PrintStream out, boolean logRequests) throws IOException {
        return start(port, threads, handler, region, out, out::println, logRequests, HttpLimits.DEFAULT);
    }

    /** As above; the handler's log lines go to {@code handlerLog}, and the server holds clients to {@code limits}. */
    public static LocalApiServer start(int port, int threads,
                                       RequestHandler<HttpApiEvent, HttpApiResponse> handler,
                                       String region, PrintStream out, Consumer<String> handlerLog,
                                       boolean logRequests, HttpLimits limits) throws IOException {
        LocalApiServer api = new LocalApiServer(threads, handler, region, out, handlerLog, logRequests);
        api.server = LoopbackHttpServer.start(port, limits, api);
        return api;
    }

    public void hooks(Hooks hooks) {
        this.hooks = hooks;
    }

    /** From now on, the editor routes need a token {@code authorizer} accepts, as on AWS. */
    public void requireTokens(JwtAuthorizer authorizer) {
        this.authorizer = authorizer;
    }

    /** From now on, each request carries these stage variables, as the stage on AWS passes its own. */
    public void stageVariables(Map<String, String> variables) {
        this.stageVariables = Map.copyOf(variables);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public HttpReply answer(HttpRequestData request) {
        long start = System.nanoTime();
        HttpReply reply;
        try {
            handlerSlots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ApiGatewayResponses.INTERNAL_ERROR; // only while the server stops
        }
        try {
            reply = invoke(request);
        } finally {
            handlerSlots.release();
        }
        if (logRequests) {
            out.println(LogTime.now() + "  api     " + request.method() + " " + request.rawPath()
                    + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery())
                    + "  " + reply.status() + "  " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
        }
        return reply;
    }

    @Override
    public void refused(HttpRefusal refusal) {
        if (logRequests) {
            out.println(LogTime.now() + "  api     refused  " + refusal.status() + "  " + refusal.getMessage());
        }
    }

    /** Calls the handler as API Gateway would: a throw or a useless answer becomes a bare 500. */
    HttpReply invoke(HttpRequestData request) {
        long arrived = System.nanoTime();
        HttpApiEvent event = ApiGatewayEvents.toEvent(request, Instant.now(), requestId(), server.port(),
                stageVariables);
        JwtAuthorizer gate = authorizer;
        if (gate != null && ApiRouter.isEditorRoute(request.method(), request.rawPath())) {
            Optional<String> refusal = gate.refusal(request.header("authorization"));
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

    /**
     * What the authorizer answers instead of the function: 401, as on AWS (where API Gateway's body is only
     * {@code {"message":"Unauthorized"}}), here as problem+json with the reason, which helps on one's own machine.
     */
    private static HttpReply unauthorized(String reason) {
        return HttpReply.of(Responses.problem(Problem.UNAUTHORIZED, reason)
                .withHeaders(Map.of("WWW-Authenticate", "Bearer")));
    }

    /** API Gateway's request ids look like {@code JKJaXmPLvHcESHA=}; any unique string does here. */
    private static String requestId() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Stops accepting, lets requests in flight finish (up to a second), then closes the connections left. */
    @Override
    public void close() {
        server.close();
    }
}
