package dev.newsdesk.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP API of the one-machine mode: a loopback HTTP/1.1 server that does what API Gateway does in front of
 * ApiFunction, translating each request into a payload-2.0 event ({@link ApiGatewayEvents}), calling the handler
 * synchronously, and writing its answer back ({@link ApiGatewayResponses}). At most {@code threads} requests are
 * in the handler at once, as that many Lambda instances would be.
 *
 * <p>It reads requests itself ({@link HttpRequestReader}) rather than through the JDK's HttpServer, which answers
 * a malformed target such as {@code /articles/%} with an HTML 400 and an oversize header by closing the connection,
 * before any handler could answer problem+json. Each connection has its own thread, so a client that stalls holds
 * only its own until its {@link HttpLimits} time runs out.
 */
public final class LocalApiServer implements AutoCloseable {

    /** How much of a refused request is read and dropped before its connection closes. */
    private static final long DRAIN_BYTES = 4L * 1024 * 1024;

    private final ServerSocket listener;
    private final ExecutorService connections;
    private final Semaphore handlerSlots;
    private final AtomicInteger open = new AtomicInteger();
    /** Open connections, and whether each is inside a request (close() lets those finish). */
    private final Map<Socket, AtomicBoolean> sockets = new ConcurrentHashMap<>();
    private final HttpLimits limits;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
    private final String region;
    private final PrintStream out;
    private final boolean logRequests;
    private volatile Hooks hooks = new Hooks() { };

    /** What the one-machine mode does around each invocation (it keeps the rankings fresh). */
    public interface Hooks {
        /** Before the handler sees {@code request}; {@code arrivedNanos} is when it arrived. */
        default void before(HttpRequestData request, long arrivedNanos) {
        }

        /** After the handler answered {@code request} with {@code status}. */
        default void after(HttpRequestData request, int status) {
        }
    }

    private LocalApiServer(ServerSocket listener, int threads, HttpLimits limits,
                           RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, String region,
                           PrintStream out, boolean logRequests) {
        this.listener = listener;
        this.limits = limits;
        this.handlerSlots = new Semaphore(threads);
        this.handler = handler;
        this.region = region;
        this.out = out;
        this.logRequests = logRequests;
        AtomicInteger n = new AtomicInteger();
        // One thread per open connection, made when needed and let go when idle: a stalled client blocks no other.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(limits.maxConnections(), limits.maxConnections(),
                10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "api-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        this.connections = pool;
    }

    /** Starts serving on 127.0.0.1:{@code port} (0 picks a free port) with {@code threads} handler slots. */
    public static LocalApiServer start(int port, int threads,
                                       RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                       String region, PrintStream out, boolean logRequests) throws IOException {
        return start(port, threads, HttpLimits.defaults(), handler, region, out, logRequests);
    }

    public static LocalApiServer start(int port, int threads, HttpLimits limits,
                                       RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                       String region, PrintStream out, boolean logRequests) throws IOException {
        ServerSocket listener = new ServerSocket(port, 128, InetAddress.getByName("127.0.0.1"));
        LocalApiServer api = new LocalApiServer(listener, threads, limits, handler, region, out, logRequests);
        Thread acceptor = new Thread(api::accept, "api-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return api;
    }

    public void hooks(Hooks hooks) {
        this.hooks = hooks;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException closed) {
                return;
            }
            if (open.incrementAndGet() > limits.maxConnections()) {
                refuse(socket);
                continue;
            }
            try {
                connections.execute(() -> serve(socket));
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                refuse(socket);
            }
        }
    }

    /** More connections than the limit: one answer at once, on the accepting thread (it fits the socket buffer). */
    private void refuse(Socket socket) {
        try (socket) {
            socket.setSoTimeout(1);
            HttpReplyWriter.write(socket.getOutputStream(), new HttpRejection(503, "too-many-connections",
                    "Service unavailable", "more than " + limits.maxConnections() + " connections are open")
                    .reply(), false, true);
        } catch (IOException gone) {
            // the client left first
        } finally {
            open.decrementAndGet();
        }
    }

    /** The requests of one connection, kept alive until the client closes, idles too long or errs. */
    private void serve(Socket socket) {
        AtomicBoolean busy = new AtomicBoolean();
        sockets.put(socket, busy);
        try (socket) {
            socket.setTcpNoDelay(true);
            HttpRequestReader requests = new HttpRequestReader(socket, limits);
            OutputStream response = socket.getOutputStream();
            while (true) {
                HttpRequestData request;
                try {
                    request = requests.next();
                } catch (HttpRejection rejected) {
                    HttpReplyWriter.write(response, rejected.reply(), false, true);
                    log("-", "(refused: " + rejected.getMessage() + ")", rejected.status(), System.nanoTime());
                    drain(socket);
                    return;
                }
                if (request == null) return;
                busy.set(true);
                long start = System.nanoTime();
                HttpReply reply = invoke(request);
                boolean close = closes(request);
                HttpReplyWriter.write(response, reply, request.method().equalsIgnoreCase("HEAD"), close);
                log(request.method(), request.rawPath() + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery()),
                        reply.status(), start);
                if (close) return;
                busy.set(false);
            }
        } catch (IOException clientGone) {
            // nothing to answer to
        } finally {
            sockets.remove(socket);
            open.decrementAndGet();
        }
    }

    /**
     * Reads what the client is still sending (a 1 MB URL after its 414), a bounded amount for a bounded time:
     * closing with unread bytes would reset the connection, and the client could lose the answer.
     */
    private void drain(Socket socket) throws IOException {
        socket.shutdownOutput();
        socket.setSoTimeout(millis(limits.readTimeout()));
        byte[] sink = new byte[8192];
        try {
            for (long left = DRAIN_BYTES; left > 0; ) {
                int n = socket.getInputStream().read(sink);
                if (n < 0) return;
                left -= n;
            }
        } catch (java.net.SocketTimeoutException enough) {
            // the client stopped sending
        }
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }

    private static boolean closes(HttpRequestData request) {
        List<String> connection = request.headers().getOrDefault("connection", List.of());
        boolean close = connection.stream().anyMatch(v -> v.equalsIgnoreCase("close"));
        boolean keepAlive = connection.stream().anyMatch(v -> v.equalsIgnoreCase("keep-alive"));
        return close || request.protocol().equals("HTTP/1.0") && !keepAlive;
    }

    private void log(String method, String target, int status, long startNanos) {
        if (logRequests) {
            out.println(LogTime.now() + "  api     " + method + " " + target + "  " + status + "  "
                    + Duration.ofNanos(System.nanoTime() - startNanos).toMillis() + " ms");
        }
    }

    /** Calls the handler as API Gateway would: a throw or a useless answer becomes a bare 500. */
    HttpReply invoke(HttpRequestData request) {
        long arrived = System.nanoTime();
        APIGatewayV2HTTPEvent event = ApiGatewayEvents.toEvent(request, Instant.now(), requestId(),
                listener.getLocalPort());
        handlerSlots.acquireUninterruptibly();
        try {
            hooks.before(request, arrived);
            HttpReply reply = ApiGatewayResponses.toReply(handler.handleRequest(event,
                    new LocalContext("ApiFunction", region, Duration.ofSeconds(10), 1024, out::println)));
            hooks.after(request, reply.status());
            return reply;
        } catch (RuntimeException e) {
            out.println("api: the handler threw on " + request.method() + " " + request.rawPath() + ": " + e);
            return ApiGatewayResponses.INTERNAL_ERROR;
        } finally {
            handlerSlots.release();
        }
    }

    /** API Gateway's request ids look like {@code JKJaXmPLvHcESHA=}; any unique string does here. */
    private static String requestId() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Stops accepting, closes idle connections, lets requests in flight finish (up to five seconds). */
    @Override
    public void close() {
        closeQuietly(listener);
        sockets.forEach((socket, busy) -> {
            if (!busy.get()) closeQuietly(socket);
        });
        connections.shutdown();
        try {
            connections.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sockets.keySet().forEach(LocalApiServer::closeQuietly);
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
