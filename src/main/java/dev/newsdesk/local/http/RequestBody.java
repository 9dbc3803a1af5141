package dev.newsdesk.local.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;

/**
 * Collects a request's body as it arrives, holding no thread while the client is slow to send it: when nothing is
 * there yet, Jetty is asked to call back once more has come. A blocking read would hold a worker thread per stalled
 * body until the idle deadline, and enough stalled bodies would leave none to answer anyone else.
 *
 * <p>It ends once, with the whole body or with a refusal: 413 as soon as more than the limit has come (a chunked body
 * declares no length), 408 when the client stalled past the idle deadline or went away. Jetty runs a plain
 * {@link Runnable} demand callback where it may block, so whoever receives the body may wait on the store.
 */
final class RequestBody implements Runnable {

    private final Content.Source source;
    private final int max;
    private final Consumer<byte[]> whole;
    private final Consumer<HttpRefusal> refused;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private RequestBody(Content.Source source, int max, Consumer<byte[]> whole, Consumer<HttpRefusal> refused) {
        this.source = source;
        this.max = max;
        this.whole = whole;
        this.refused = refused;
    }

    /** Reads {@code source} to its end, then hands the body to {@code whole}, or a refusal to {@code refused}. */
    static void read(Content.Source source, int max, Consumer<byte[]> whole, Consumer<HttpRefusal> refused) {
        new RequestBody(source, max, whole, refused).run();
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = source.read();
            if (chunk == null) {
                source.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                if (!chunk.isLast()) source.fail(chunk.getFailure());
                refused.accept(HttpRefusal.timeout("the request's body"));
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            boolean tooLarge = bytes.size() + buffer.remaining() > max;
            if (!tooLarge) {
                byte[] part = new byte[buffer.remaining()];
                buffer.get(part);
                bytes.writeBytes(part);
            }
            chunk.release();
            if (tooLarge) {
                refused.accept(HttpRefusal.bodyTooLarge(max));
                return;
            }
            if (chunk.isLast()) {
                whole.accept(bytes.toByteArray());
                return;
            }
        }
    }
}
