package dev.newsdesk.local.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a request's body as its head announces it (RFC 9112 §6): {@code Content-Length} bytes, or chunks. A
 * body that says both, or says its length in two ways, is refused (the classic request-smuggling ambiguity),
 * and so is one above {@link HttpLimits#maxBodyBytes()}, before a byte of it is read when the length is given.
 */
final class BodyReader {

    /** A chunk-size line: hex digits, perhaps extensions; anything longer is not one. */
    private static final int MAX_CHUNK_LINE = 1024;

    private BodyReader() {
    }

    /** Whether the head announces a body (then a client that sent {@code Expect: 100-continue} waits for it). */
    static boolean announcesBody(RequestHead head) {
        return !head.values("transfer-encoding").isEmpty()
                || head.values("content-length").stream().anyMatch(v -> !v.strip().equals("0"));
    }

    /** The body's bytes (none when the head announces none). */
    static byte[] read(RequestHead head, InputStream in, int maxBytes) throws HttpRefusal, IOException {
        List<String> encodings = head.values("transfer-encoding");
        List<String> lengths = head.values("content-length");
        if (!encodings.isEmpty()) {
            if (!lengths.isEmpty()) {
                throw HttpRefusal.badRequest("a request cannot have both Transfer-Encoding and Content-Length");
            }
            if (encodings.size() != 1 || !encodings.get(0).equalsIgnoreCase("chunked")) {
                throw HttpRefusal.badRequest("the only Transfer-Encoding this server reads is chunked");
            }
            return chunked(in, maxBytes);
        }
        if (lengths.isEmpty()) {
            return new byte[0];
        }
        long length = contentLength(lengths);
        if (length > maxBytes) {
            throw HttpRefusal.bodyTooLarge(maxBytes);
        }
        return exactly(in, (int) length);
    }

    /** The one length the Content-Length lines give (repeats of the same number are allowed, RFC 9110 §8.6). */
    private static long contentLength(List<String> lines) throws HttpRefusal {
        String length = null;
        for (String line : lines) {
            for (String value : line.split(",", -1)) {
                String v = value.strip();
                if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw HttpRefusal.badRequest("Content-Length must be a whole number of bytes");
                }
                if (length != null && !length.equals(v)) {
                    throw HttpRefusal.badRequest("the request gives two different Content-Lengths");
                }
                length = v;
            }
        }
        return Long.parseLong(length);
    }

    private static byte[] chunked(InputStream in, int maxBytes) throws HttpRefusal, IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String line = line(in);
            int semicolon = line.indexOf(';');
            String hex = (semicolon < 0 ? line : line.substring(0, semicolon)).strip();
            if (hex.isEmpty() || hex.length() > 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80)) {
                throw HttpRefusal.badRequest("a chunk must start with its size in hex digits");
            }
            long size = Long.parseLong(hex, 16);
            if (size == 0) {
                skipTrailers(in);
                return body.toByteArray();
            }
            if (body.size() + size > maxBytes) {
                throw HttpRefusal.bodyTooLarge(maxBytes);
            }
            body.write(exactly(in, (int) size));
            if (!line(in).isEmpty()) {
                throw HttpRefusal.badRequest("a chunk is longer than its size says");
            }
        }
    }

    /** Trailer lines after the last chunk, up to the empty line: read and dropped (API Gateway passes none). */
    private static void skipTrailers(InputStream in) throws HttpRefusal, IOException {
        for (int lines = 0; !line(in).isEmpty(); lines++) {
            if (lines == 100) {
                throw HttpRefusal.badRequest("more than 100 trailer lines after the last chunk");
            }
        }
    }

    /** A line of the chunked framing, without its CRLF (or bare LF). */
    private static String line(InputStream in) throws HttpRefusal, IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the client closed the connection in the request's body");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() == MAX_CHUNK_LINE) {
                throw HttpRefusal.badRequest("a line of the chunked body is longer than " + MAX_CHUNK_LINE + " bytes");
            }
            line.append((char) b);
        }
    }

    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("the client closed the connection in the request's body");
        }
        return bytes;
    }
}
