package dev.newsdesk.priming;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;

/**
 * Carries priming's requests over a real loopback socket to the {@link OfflineHttpClient}'s answers, so that
 * the SDK's url-connection client, the JDK's HTTP and socket classes and the SDK's response-header parsing are
 * loaded and compiled before the snapshot too (they are what the first real request would otherwise pay for).
 * It listens on 127.0.0.1 only and keeps connections alive, as S3 and DynamoDB do, so that reusing a pooled
 * connection is primed as well as opening one; {@link #close} closes every connection with the server (a socket
 * the JDK still pools then fails its next use, and no client uses it again: priming's clients are closed).
 */
final class LoopbackServer implements AutoCloseable {

    private final ServerSocket socket;
    private final OfflineHttpClient answers;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

    private LoopbackServer(ServerSocket socket, OfflineHttpClient answers) {
        this.socket = socket;
        this.answers = answers;
    }

    static LoopbackServer start(OfflineHttpClient answers) {
        try {
            ServerSocket socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
            LoopbackServer server = new LoopbackServer(socket, answers);
            Thread thread = new Thread(server::serve, "priming-loopback");
            thread.setDaemon(true);
            thread.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** Accepts connections until closed, each served on a thread of its own (a client may hold several). */
    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connection.setTcpNoDelay(true);
                connections.add(connection);
                Thread thread = new Thread(() -> converse(connection), "priming-loopback-connection");
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                // closed while waiting
            }
        }
    }

    /** Answers the requests of one connection until the client or {@link #close} ends it. */
    private void converse(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            while (exchange(in, connection.getOutputStream())) {
                // the next request on the same connection
            }
        } catch (IOException e) {
            // a broken exchange: the SDK's call fails and priming reports it
        } finally {
            connections.remove(connection);
        }
    }

    /** Answers one request; false at the end of the connection. */
    private boolean exchange(InputStream in, OutputStream out) throws IOException {
        String first = line(in);
        if (first.isEmpty()) return false;
        String[] requestLine = first.split(" ");
        SdkHttpFullRequest.Builder request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.fromValue(requestLine[0])).uri(URI.create(endpoint() + requestLine[1]));
        int length = 0;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            request.appendHeader(name, value);
            if (name.equalsIgnoreCase("content-length")) length = Integer.parseInt(value);
        }
        byte[] body = in.readNBytes(length);
        HttpExecuteResponse answer = answers.prepareRequest(HttpExecuteRequest.builder().request(request.build())
                .contentStreamProvider(() -> new ByteArrayInputStream(body)).build()).call();

        byte[] content = answer.responseBody().map(LoopbackServer::readAll).orElse(new byte[0]);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(answer.httpResponse().statusCode()).append(" \r\n");
        answer.httpResponse().forEachHeader((name, values) -> {
            if (name.equalsIgnoreCase("content-length")) return;
            values.forEach(value -> head.append(name).append(": ").append(value).append("\r\n"));
        });
        head.append("Content-Length: ").append(content.length).append("\r\nKeep-Alive: timeout=5\r\n\r\n");
        // One write: a second small one on a kept-alive connection would wait for the client's delayed ACK.
        ByteArrayOutputStream answerBytes = new ByteArrayOutputStream();
        answerBytes.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        answerBytes.write(content);
        answerBytes.writeTo(out);
        out.flush();
        return true;
    }

    /** One header line, without its CRLF. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closeQuietly(socket);
        connections.forEach(LoopbackServer::closeQuietly);
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
