package dev.newsdesk.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the HTTP/1.1 requests of one connection, within {@link HttpLimits}. The raw request target is taken as
 * it came (a path the handler cannot decode is the handler's to answer, as behind API Gateway); anything that is
 * not HTTP is a {@link HttpRejection}, never an exception the client would see as a reset or an HTML page.
 */
final class HttpRequestReader {

    private static final int MAX_BLANK_LINES = 8;
    private static final int MAX_CHUNK_LINE = 1024;

    private final Socket socket;
    private final InputStream in;
    private final HttpLimits limits;
    private long deadlineNanos;

    HttpRequestReader(Socket socket, HttpLimits limits) throws IOException {
        this.socket = socket;
        this.in = new java.io.BufferedInputStream(socket.getInputStream());
        this.limits = limits;
    }

    /** The next request; null when the client closed the connection or stayed idle past its limit. */
    HttpRequestData next() throws IOException, HttpRejection {
        int first;
        try {
            socket.setSoTimeout(millis(limits.idleTimeout().toNanos()));
            first = in.read();
        } catch (SocketTimeoutException idle) {
            return null;
        }
        if (first < 0) return null;
        deadlineNanos = System.nanoTime() + limits.headTimeout().toNanos();
        String requestLine = line(first, limits.maxRequestLine(), 414, "uri-too-long", "URI too long");
        for (int blank = 0; requestLine.isEmpty(); blank++) { // a client may send CRLF before a request
            if (blank == MAX_BLANK_LINES) throw HttpRejection.badRequest("no request line");
            requestLine = line(read(), limits.maxRequestLine(), 414, "uri-too-long", "URI too long");
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || !isToken(parts[0]) || !parts[1].startsWith("/") && !parts[1].equals("*")) {
            throw HttpRejection.badRequest("the request line is not METHOD /path HTTP/1.1");
        }
        if (!parts[2].equals("HTTP/1.1") && !parts[2].equals("HTTP/1.0")) {
            throw new HttpRejection(505, "http-version-not-supported", "HTTP version not supported",
                    "this server speaks HTTP/1.1 and HTTP/1.0");
        }
        if (!isVisibleAscii(parts[1])) throw HttpRejection.badRequest("the request target has characters URLs cannot");
        Map<String, List<String>> headers = headers();
        byte[] body = body(headers);
        String target = parts[1];
        int q = target.indexOf('?');
        String address = socket.getInetAddress().getHostAddress();
        return new HttpRequestData(parts[0], q < 0 ? target : target.substring(0, q),
                q < 0 ? "" : target.substring(q + 1), parts[2], address, headers, body);
    }

    /** Header names lower-cased, values in arrival order; the whole section within its limits. */
    private Map<String, List<String>> headers() throws IOException, HttpRejection {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int budget = limits.maxHeaderBytes();
        for (int count = 0; ; count++) {
            String line = line(read(), budget, 431, "header-fields-too-large", "Request header fields too large");
            if (line.isEmpty()) return headers;
            budget -= line.length() + 2;
            if (count == limits.maxHeaders()) {
                throw new HttpRejection(431, "header-fields-too-large", "Request header fields too large",
                        "more than " + limits.maxHeaders() + " header lines");
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.substring(0, colon))) {
                throw HttpRejection.badRequest("a header line is not Name: value");
            }
            headers.computeIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
    }

    private byte[] body(Map<String, List<String>> headers) throws IOException, HttpRejection {
        List<String> lengths = headers.get("content-length");
        List<String> encodings = headers.get("transfer-encoding");
        if (encodings != null) {
            if (lengths != null) throw HttpRejection.badRequest("both Content-Length and Transfer-Encoding");
            if (!encodings.equals(List.of("chunked")) && !encodings.equals(List.of("Chunked"))) {
                throw new HttpRejection(501, "not-implemented", "Not implemented",
                        "the only transfer encoding accepted is chunked");
            }
            continueIfExpected(headers);
            return chunked();
        }
        if (lengths == null) return new byte[0];
        long length;
        try {
            length = lengths.stream().map(Long::parseLong).distinct().reduce((a, b) -> -1L).orElseThrow();
        } catch (NumberFormatException e) {
            throw HttpRejection.badRequest("Content-Length is not a number");
        }
        if (length < 0) throw HttpRejection.badRequest("Content-Length is not one non-negative number");
        if (length > limits.maxBodyBytes()) throw tooLarge();
        continueIfExpected(headers);
        return exactly((int) length);
    }

    private byte[] chunked() throws IOException, HttpRejection {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            deadlineNanos = Long.MAX_VALUE;
            String sizeLine = line(read(), MAX_CHUNK_LINE, 400, "bad-request", "Bad request");
            int size;
            try {
                size = Integer.parseInt(sizeLine.split(";", 2)[0].strip(), 16);
            } catch (NumberFormatException e) {
                throw HttpRejection.badRequest("a chunk size is not hexadecimal");
            }
            if (size < 0 || body.size() + (long) size > limits.maxBodyBytes()) throw tooLarge();
            if (size == 0) {
                headersAfterChunks();
                return body.toByteArray();
            }
            body.writeBytes(exactly(size));
            if (!line(read(), 0, 400, "bad-request", "Bad request").isEmpty()) {
                throw HttpRejection.badRequest("a chunk is longer than its size");
            }
        }
    }

    private void headersAfterChunks() throws IOException, HttpRejection {
        for (int budget = limits.maxHeaderBytes(); ; ) {
            String trailer = line(read(), budget, 431, "header-fields-too-large", "Request header fields too large");
            if (trailer.isEmpty()) return;
            budget -= trailer.length() + 2;
        }
    }

    private void continueIfExpected(Map<String, List<String>> headers) throws IOException {
        List<String> expect = headers.get("expect");
        if (expect != null && expect.stream().anyMatch(v -> v.equalsIgnoreCase("100-continue"))) {
            socket.getOutputStream().write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }
    }

    private byte[] exactly(int length) throws IOException, HttpRejection {
        byte[] bytes = new byte[length];
        for (int off = 0; off < length; ) {
            socket.setSoTimeout(millis(limits.readTimeout().toNanos()));
            int n;
            try {
                n = in.read(bytes, off, length - off);
            } catch (SocketTimeoutException e) {
                throw timeout();
            }
            if (n < 0) throw HttpRejection.badRequest("the body ended before its length");
            off += n;
        }
        return bytes;
    }

    /**
     * One line, CRLF or LF ended, of at most {@code max} bytes ({@code first} is its first byte): longer is
     * rejected with {@code status}. Bytes above ASCII are taken as Latin-1, as HTTP's header grammar does.
     */
    private String line(int first, int max, int status, String type, String title)
            throws IOException, HttpRejection {
        StringBuilder line = new StringBuilder();
        for (int b = first; b != '\n'; b = read()) {
            if (b != '\r') {
                if (line.length() >= max) {
                    throw new HttpRejection(status, type, title, "longer than the " + max + " bytes accepted");
                }
                line.append((char) b);
            }
        }
        return line.toString();
    }

    /** One byte of the request head, before its deadline whatever the pace. */
    private int read() throws IOException, HttpRejection {
        long left = deadlineNanos == Long.MAX_VALUE ? limits.readTimeout().toNanos() : deadlineNanos - System.nanoTime();
        if (left <= 0) throw timeout();
        socket.setSoTimeout(millis(left));
        int b;
        try {
            b = in.read();
        } catch (SocketTimeoutException e) {
            throw timeout();
        }
        if (b < 0) throw HttpRejection.badRequest("the connection ended inside a request");
        return b;
    }

    private HttpRejection timeout() {
        return new HttpRejection(408, "request-timeout", "Request timeout",
                "the request did not arrive within " + limits.headTimeout().toMillis() + " ms");
    }

    private HttpRejection tooLarge() {
        return new HttpRejection(413, "content-too-large", "Content too large",
                "a request body may have at most " + limits.maxBodyBytes() + " bytes");
    }

    private static int millis(long nanos) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, nanos / 1_000_000));
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7F || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) return false;
        }
        return true;
    }

    private static boolean isVisibleAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) <= 0x20 || s.charAt(i) >= 0x7F) return false;
        }
        return true;
    }
}
