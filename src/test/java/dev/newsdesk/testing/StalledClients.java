package dev.newsdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds {@code count} connections to a server open and stalled: a quarter send nothing, a quarter half a request
 * line, a quarter half the header lines, a quarter a head and part of its body. When the server closes one (or
 * answers it: a 408) another takes its place at once, so the count holds however long a test runs. One thread,
 * one selector.
 */
public final class StalledClients implements AutoCloseable {

    private static final String[] STARTS = {"", "GET /artic", "GET /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: ",
            "POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\nabc"};

    private final InetSocketAddress server;
    private final Selector selector;
    private final AtomicInteger replaced = new AtomicInteger();
    private final Thread keeper;
    private volatile boolean running = true;

    private StalledClients(InetSocketAddress server, Selector selector) {
        this.server = server;
        this.selector = selector;
        this.keeper = new Thread(this::keep, "stalled-clients");
        keeper.setDaemon(true);
    }

    /** Opens {@code count} stalled connections to {@code endpoint} and keeps them open until {@link #close()}. */
    public static StalledClients open(URI endpoint, int count) throws IOException {
        StalledClients clients = new StalledClients(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()),
                Selector.open());
        for (int i = 0; i < count; i++) {
            clients.openOne(i);
        }
        clients.keeper.start();
        return clients;
    }

    /** How many the server closed or answered, each replaced by a new one. */
    public int replaced() {
        return replaced.get();
    }

    private void openOne(int kind) throws IOException {
        SocketChannel channel = SocketChannel.open(server);
        channel.write(ByteBuffer.wrap(STARTS[kind % STARTS.length].getBytes(StandardCharsets.US_ASCII)));
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_READ, kind);
    }

    private void keep() {
        ByteBuffer sink = ByteBuffer.allocate(4096);
        try {
            while (running) {
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    SocketChannel channel = (SocketChannel) key.channel();
                    sink.clear();
                    try {
                        channel.read(sink);
                    } catch (IOException reset) {
                        // closed as well
                    }
                    key.cancel();
                    channel.close();
                    if (running) {
                        replaced.incrementAndGet();
                        openOne((Integer) key.attachment());
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            if (running) throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        running = false;
        keeper.join(5_000);
        for (SelectionKey key : selector.keys()) {
            key.channel().close();
        }
        selector.close();
    }
}
