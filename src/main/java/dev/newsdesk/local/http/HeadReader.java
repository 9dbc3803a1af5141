package dev.newsdesk.local.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and checks a request's head (request line and header lines, RFC 9112) under {@link HttpLimits}: what is
 * too long is refused as soon as the limit is crossed, without reading the rest; what is malformed is refused
 * before anything interprets it.
 */
final class HeadReader {

    /** Empty lines a client may send before a request line (RFC 9112 §2.2 asks to ignore at least one). */
    private static final int MAX_EMPTY_LINES = 4;

    private final InputStream in;
    private final HttpLimits limits;
    private int received;

    private HeadReader(InputStream in, HttpLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    /**
     * The next request's head, or null when the client closed the connection, or stayed silent until the
     * deadline, before sending a byte of it.
     *
     * @throws HttpRefusal what the client is answered instead (the connection is then closed)
     * @throws IOException the client went away in the middle of the head
     */
    static RequestHead read(InputStream in, HttpLimits limits) throws HttpRefusal, IOException {
        HeadReader reader = new HeadReader(in, limits);
        try {
            return reader.head();
        } catch (SocketTimeoutException e) {
            if (reader.received == 0) {
                return null;
            }
            throw HttpRefusal.timeout("the request's head");
        } catch (EOFException e) {
            if (reader.received == 0) {
                return null;
            }
            throw e;
        }
    }

    private RequestHead head() throws HttpRefusal, IOException {
        String requestLine = line(limits.maxRequestLineBytes(), HttpRefusal.requestLineTooLong(
                limits.maxRequestLineBytes()));
        for (int empty = 0; requestLine.isEmpty(); empty++) {
            if (empty == MAX_EMPTY_LINES) {
                throw HttpRefusal.badRequest("no request line, only empty lines");
            }
            requestLine = line(limits.maxRequestLineBytes(), HttpRefusal.requestLineTooLong(
                    limits.maxRequestLineBytes()));
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3) {
            throw HttpRefusal.badRequest("the request line must be a method, a target and an HTTP version, "
                    + "separated by single spaces");
        }
        String method = parts[0];
        if (!isToken(method)) {
            throw HttpRefusal.badRequest("the method must be a token (letters, digits and !#$%&'*+-.^_`|~)");
        }
        String version = parts[2];
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            throw HttpRefusal.badRequest("this server speaks HTTP/1.1 and HTTP/1.0 only");
        }
        String target = parts[1];
        checkTarget(target);
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String rawQuery = question < 0 ? "" : target.substring(question + 1);
        return new RequestHead(method, rawPath, rawQuery, version, headers());
    }

    private Map<String, List<String>> headers() throws HttpRefusal, IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int budget = limits.maxHeaderBytes();
        int count = 0;
        HttpRefusal tooLarge = HttpRefusal.headersTooLarge("the header lines are longer than "
                + limits.maxHeaderBytes() + " bytes in all");
        while (true) {
            int before = received;
            String line = line(budget, tooLarge);
            budget -= received - before;
            if (line.isEmpty()) {
                return headers;
            }
            if (++count > limits.maxHeaders()) {
                throw HttpRefusal.headersTooLarge("more than " + limits.maxHeaders() + " header lines");
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                throw HttpRefusal.badRequest("a header line continued on the next line (obsolete line folding) "
                        + "is not accepted");
            }
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon);
            if (!isToken(name)) {
                throw HttpRefusal.badRequest("each header line must be a name (a token, with no space before the "
                        + "colon), a colon and a value");
            }
            headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
    }

    /**
     * One line without its end (CRLF, or a bare LF as RFC 9112 lets a server accept), read one byte at a time so
     * that nothing past the head is taken from the stream; ISO-8859-1, one char per byte.
     */
    private String line(int maxBytes, HttpRefusal tooLong) throws HttpRefusal, IOException {
        StringBuilder line = new StringBuilder();
        int bytes = 0;
        while (true) {
            int b = next();
            if (++bytes > maxBytes) {
                throw tooLong;
            }
            if (b == '\n') {
                return line.toString();
            }
            if (b == '\r') {
                if (next() != '\n') {
                    throw HttpRefusal.badRequest("a CR not followed by LF in the request's head");
                }
                if (++bytes > maxBytes) {
                    throw tooLong;
                }
                return line.toString();
            }
            if ((b < 0x20 && b != '\t') || b == 0x7f) {
                throw HttpRefusal.badRequest("a control character in the request's head");
            }
            line.append((char) b);
        }
    }

    private int next() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the client closed the connection in the request's head");
        }
        received++;
        return b;
    }

    /**
     * The origin form ({@code /path?query}, RFC 9112 §3.2.1), or {@code *} (OPTIONS of the server): printable
     * ASCII without {@code #}, and every {@code %} followed by two hex digits, so that the path and the query
     * decode.
     */
    private static void checkTarget(String target) throws HttpRefusal {
        if (target.equals("*")) {
            return;
        }
        if (!target.startsWith("/")) {
            throw HttpRefusal.badRequest("the request target must be a path that starts with /");
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '#') {
                throw HttpRefusal.badRequest("the request target holds a character that must be percent-encoded");
            }
            if (c == '%' && (i + 2 >= target.length() || !isHex(target.charAt(i + 1)) || !isHex(target.charAt(i + 2)))) {
                throw HttpRefusal.badRequest("the request target holds a % that is not followed by two hex digits");
            }
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
    }

    /** RFC 9110 §5.6.2: one or more of the characters a method or a header name may hold. */
    static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
