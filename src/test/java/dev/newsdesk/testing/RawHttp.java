package dev.newsdesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A client that sends the exact bytes a test gives, however malformed (no HTTP library would send a bad request
 * line or a 1 MB URL), and reads one response back: what the one-machine server's tests and fuzzing need.
 */
public final class RawHttp {

    /** A response as read from the wire; {@code status} is -1 when the server closed without answering. */
    public record Response(int status, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    /**
     * Sends {@code request} on a new connection and reads one response, skipping interim (1xx) ones; the body is
     * read by its Content-Length (none for {@code HEAD}, 204 and 304) or up to the close. Every read waits at
     * most {@code timeoutMillis}.
     */
    public static Response exchange(URI server, byte[] request, boolean head, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException refusedMidway) {
                // The server may answer and close before it read everything (a request line over its limit):
                // the answer is still there to read.
            }
            return read(socket.getInputStream(), head);
        }
    }

    /** As above, for a request given as text (ISO-8859-1: one byte per char). */
    public static Response exchange(URI server, String request, int timeoutMillis) throws IOException {
        return exchange(server, request.getBytes(StandardCharsets.ISO_8859_1), request.startsWith("HEAD "),
                timeoutMillis);
    }

    /** Reads one response from {@code in}. */
    public static Response read(InputStream in, boolean head) throws IOException {
        while (true) {
            String statusLine = line(in);
            if (statusLine == null) {
                return new Response(-1, Map.of(), new byte[0]);
            }
            String[] parts = statusLine.split(" ", 3);
            int status = Integer.parseInt(parts[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.merge(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip(), (a, b) -> a + ", " + b);
            }
            if (status < 200) {
                continue;
            }
            byte[] body;
            if (head || status == 204 || status == 304) {
                body = new byte[0];
            } else if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else {
                body = in.readAllBytes();
            }
            return new Response(status, headers, body);
        }
    }

    /** A line without its CRLF; null at the end of the stream before any byte of it. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
