package dev.newsdesk.local.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on 127.0.0.1 with a thread per open connection, at most {@link HttpLimits#maxConnections()}
 * of them. The JDK's {@code com.sun.net.httpserver} read request heads on a fixed pool and could not refuse them in
 * problem+json (docs/reliability.md, "The one-machine API"); here a stalled client holds its own thread only, until
 * its deadline, and every request is checked ({@link HeadReader}, {@link BodyReader}) before {@link Exchange} sees
 * it.
 */
public final class LoopbackHttpServer implements AutoCloseable {

    private final ServerSocket listener;
    private final HttpLimits limits;
    private final Exchange exchange;
    private final Semaphore slots;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService connections;
    private final Thread acceptor;

    private LoopbackHttpServer(ServerSocket listener, HttpLimits limits, Exchange exchange) {
        this.listener = listener;
        this.limits = limits;
        this.exchange = exchange;
        this.slots = new Semaphore(limits.maxConnections());
        AtomicInteger n = new AtomicInteger();
        this.connections = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "api-connection-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptAll, "api-acceptor");
        acceptor.setDaemon(true);
    }

    /** Listens on 127.0.0.1:{@code port} (0 picks a free port) and serves each connection with {@code exchange}. */
    public static LoopbackHttpServer start(int port, HttpLimits limits, Exchange exchange) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress("127.0.0.1", port), 128);
        LoopbackHttpServer server = new LoopbackHttpServer(listener, limits, exchange);
        server.acceptor.start();
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                return;
            }
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException closed) {
                slots.release();
                continue; // closed: the loop ends; anything else: the next accept
            }
            open.add(socket);
            try {
                connections.execute(() -> {
                    try {
                        new ClientConnection(socket, limits, exchange).run();
                    } finally {
                        open.remove(socket);
                        slots.release();
                    }
                });
            } catch (RuntimeException stopping) {
                open.remove(socket);
                closeQuietly(socket);
                slots.release();
            }
        }
    }

    /** Stops accepting, lets requests in flight finish (up to a second), then closes the connections left. */
    @Override
    public void close() {
        closeQuietly(listener);
        acceptor.interrupt();
        connections.shutdown();
        try {
            if (!connections.awaitTermination(1, TimeUnit.SECONDS)) {
                open.forEach(LoopbackHttpServer::closeQuietly);
                connections.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing: nothing to do about it
        }
    }
}
