package dev.newsdesk.local.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Serves one client connection, one request after the other (keep-alive and pipelined requests included), on its
 * own thread: a client that stalls holds this thread and nothing else, until its deadline closes it.
 */
final class ClientConnection implements Runnable {

    /** After a refusal, what is still coming is read and dropped for this long at most (see lingeringClose). */
    private static final long LINGER_NANOS = 2_000_000_000L;
    private static final int LINGER_MAX_BYTES = 4 * 1024 * 1024;

    private final Socket socket;
    private final HttpLimits limits;
    private final Exchange exchange;

    ClientConnection(Socket socket, HttpLimits limits, Exchange exchange) {
        this.socket = socket;
        this.limits = limits;
        this.exchange = exchange;
    }

    @Override
    public void run() {
        try (socket) {
            socket.setTcpNoDelay(true);
            DeadlineInput in = new DeadlineInput(socket);
            OutputStream out = socket.getOutputStream();
            while (serveOne(in, out)) {
                // the next request of this connection
            }
        } catch (IOException clientGone) {
            // the client closed or reset the connection: there is no one left to answer
        }
    }

    /** Reads one request and answers it; false when the connection is to be closed. */
    private boolean serveOne(DeadlineInput in, OutputStream out) throws IOException {
        in.deadlineIn(limits.headTimeout().toNanos());
        RequestHead head;
        byte[] body;
        try {
            head = HeadReader.read(in, limits);
            if (head == null) {
                return false;
            }
            if (BodyReader.announcesBody(head) && head.values("expect").stream()
                    .anyMatch(v -> v.equalsIgnoreCase("100-continue"))) {
                ReplyWriter.writeContinue(out);
            }
            in.deadlineIn(limits.bodyTimeout().toNanos());
            body = readBody(head, in);
        } catch (HttpRefusal refusal) {
            ReplyWriter.write(out, refusal.reply(), false, true);
            exchange.refused(refusal);
            lingeringClose(in);
            return false;
        }
        HttpReply reply = exchange.answer(new HttpRequestData(head.method(), head.rawPath(), head.rawQuery(),
                head.version(), socket.getInetAddress().getHostAddress(), head.headers(), body));
        boolean keepAlive = head.keepAlive();
        ReplyWriter.write(out, reply, head.method().equalsIgnoreCase("HEAD"), !keepAlive);
        if (!keepAlive) {
            lingeringClose(in);
        }
        return keepAlive;
    }

    private byte[] readBody(RequestHead head, DeadlineInput in) throws HttpRefusal, IOException {
        try {
            return BodyReader.read(head, in, limits.maxBodyBytes());
        } catch (SocketTimeoutException e) {
            throw HttpRefusal.timeout("the request's body");
        }
    }

    /**
     * Closes the sending side, then reads what the client still sends before closing: closing a socket with
     * unread input makes the kernel answer with a reset, which can destroy the answer before the client reads it
     * (a 1 MB URL refused after its first 8 KB would then look like a dropped connection).
     */
    private void lingeringClose(DeadlineInput in) {
        try {
            socket.shutdownOutput();
            in.deadlineIn(LINGER_NANOS);
            byte[] sink = new byte[8192];
            int total = 0;
            for (int n; total < LINGER_MAX_BYTES && (n = in.read(sink, 0, sink.length)) > 0; ) {
                total += n;
            }
        } catch (IOException ignored) {
            // timed out or reset: the connection is closed next anyway
        }
    }
}
