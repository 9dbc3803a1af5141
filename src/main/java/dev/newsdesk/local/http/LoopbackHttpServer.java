package dev.newsdesk.local.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The one-machine API's HTTP/1.1 server on 127.0.0.1: Jetty, under {@link HttpLimits}. Jetty reads requests on
 * non-blocking selectors and {@link RequestBody} collects bodies as they arrive, so a client that stalls anywhere in
 * its request holds no thread, only its connection until the idle deadline; what Jetty refuses before any handler
 * runs (a malformed or ambiguous target, a line or headers too large) is answered by {@link ProblemAnswers} in
 * problem+json like every other error of the API.
 */
public final class LoopbackHttpServer implements AutoCloseable {

    /** Threads that run the exchange (it waits on DynamoDB); selectors and the acceptor come on top. */
    private static final int WORKERS = 32;

    private final Server server;
    private final ServerConnector connector;

    private LoopbackHttpServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Listens on 127.0.0.1:{@code port} (0 picks a free port) and serves each request with {@code exchange}. */
    public static LoopbackHttpServer start(int port, HttpLimits limits, Exchange exchange) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(WORKERS + 4, 4);
        threads.setName("api");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setRequestHeaderSize(limits.maxRequestLineBytes() + limits.maxHeaderBytes());
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        // API Gateway passes an encoded '/' (an S3 key in /uploads/{key}) through in the raw path: so does this.
        config.setUriCompliance(UriCompliance.DEFAULT.with("api-gateway",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR, UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING));
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        server.setErrorHandler(new ProblemAnswers(exchange));
        server.setHandler(new Exchanging(limits, exchange));
        server.setStopTimeout(1_000);
        try {
            server.start();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the API server did not start on port " + port + ": " + e.getMessage(), e);
        }
        return new LoopbackHttpServer(server, connector);
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** Stops accepting, lets requests in flight finish (up to a second), then closes the connections left. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception ignored) {
            // stopping: the connections are closed whatever went wrong
        }
    }

    /** Hands each request that Jetty accepted to the exchange, after the checks Jetty leaves to its handlers. */
    private static final class Exchanging extends Handler.Abstract {

        private final HttpLimits limits;
        private final Exchange exchange;

        Exchanging(HttpLimits limits, Exchange exchange) {
            this.limits = limits;
            this.exchange = exchange;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String rawPath = request.getHttpURI().getPath();
            String rawQuery = request.getHttpURI().getQuery();
            try {
                if (rawPath.length() + (rawQuery == null ? 0 : rawQuery.length() + 1) > limits.maxRequestLineBytes()) {
                    throw HttpRefusal.requestLineTooLong(limits.maxRequestLineBytes());
                }
                if (request.getHeaders().size() > limits.maxHeaders()) {
                    throw HttpRefusal.headersTooLarge("more than " + limits.maxHeaders() + " header lines");
                }
                if (request.getLength() > limits.maxBodyBytes()) throw HttpRefusal.bodyTooLarge(limits.maxBodyBytes());
            } catch (HttpRefusal refusal) {
                refuse(refusal, response, callback);
                return true;
            }
            RequestBody.read(request, limits.maxBodyBytes(), body -> answer(request, body, response, callback),
                    refusal -> refuse(refusal, response, callback));
            return true;
        }

        private void answer(Request request, byte[] body, Response response, Callback callback) {
            String rawQuery = request.getHttpURI().getQuery();
            HttpReply reply;
            try {
                reply = exchange.answer(new HttpRequestData(request.getMethod(), request.getHttpURI().getPath(),
                        rawQuery == null ? "" : rawQuery, request.getConnectionMetaData().getProtocol(),
                        Request.getRemoteAddr(request), headers(request), body));
            } catch (RuntimeException e) {
                callback.failed(e); // it broke its contract: an error answer, not a hung connection
                return;
            }
            write(reply, response, callback);
        }

        private void refuse(HttpRefusal refusal, Response response, Callback callback) {
            exchange.refused(refusal);
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            write(refusal.reply(), response, callback);
        }

        private static Map<String, List<String>> headers(Request request) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (HttpField field : request.getHeaders()) {
                headers.computeIfAbsent(field.getName().toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                        .add(field.getValue());
            }
            return headers;
        }
    }

    static void write(HttpReply reply, Response response, Callback callback) {
        response.setStatus(reply.status());
        reply.headers().forEach((name, values) -> values.forEach(v -> response.getHeaders().add(name, v)));
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }
}
