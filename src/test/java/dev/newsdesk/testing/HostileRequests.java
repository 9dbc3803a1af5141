package dev.newsdesk.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random HTTP requests, most of them hostile: odd and malformed methods, paths, percent-encodings, query strings,
 * versions, header lines and counts, oversized parts, contradictory body framings, bare LFs and CRs, raw bytes.
 * Every request is complete (nothing is left for the server to wait for), so every one deserves an answer at
 * once. Reproducible from the seed of the {@link Random} given.
 */
public final class HostileRequests {

    /** A request's bytes, whether its method reads as HEAD (its answer has no body), and what it is, short. */
    public record Request(byte[] bytes, boolean head, String summary) {
    }

    private static final String[] METHODS = {"GET", "GET", "GET", "GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE",
            "PATCH", "TRACE", "CONNECT", "get", "Head", "PROPFIND", "X-CUSTOM"};
    private static final String[] BAD_METHODS = {"", "G ET", "GÉT", "GET\u0000", "(GET)", "GET:", "\u0016\u0003\u0001"};
    private static final String[] SEGMENTS = {"articles", "rankings", "sections", "feeds", "rss", "atom", "json",
            "sitemap.xml", "..", ".", "", "%2F", "%2e%2e", "%00", "%C0%AE", "%FF%FE", "%E2%80%AE", "x%20y", "~user",
            "a;b=c", "%25", "%u0041", "index.html", "..%2F..%2Fetc%2Fpasswd", "%F0%9F%93%B0"};
    private static final String[] BAD_SEGMENTS = {"%", "%z", "%zz", "é", "a b", "a#b", "\t", "\u0000", "<script>",
            "a\"b"};
    private static final String[] PARAMS = {"limit", "cursor", "section", "keyword", "format", "window", "from", "",
            "limit[]", "%00"};
    private static final String[] VALUES = {"1", "0", "-1", "100", "101", "99999999999999999999", "1e3", "abc",
            "json", "markdown", "html", "24h", "7d", "30d", "all", "Politique", "politique", "", "%", "%zz", "%00",
            "AAAA", "Zm9vCmJhcg==", "bGlzdAo=", "////", "%E9t%E9", "null", "true", "[]", "{}", "' OR 1=1 --"};
    private static final String[] BAD_VERSIONS = {"HTTP/2.0", "HTTP/1.2", "http/1.1", "HTTP/1.1x", "HTTP/", "", "HTTP/1.1 extra", "HTTP/0.9"};
    private static final String[] HEADER_NAMES = {"Host", "Accept", "Accept-Encoding", "Accept-Language",
            "If-None-Match", "If-Modified-Since", "Origin", "Referer", "Cookie", "User-Agent", "Content-Type",
            "X-Forwarded-For", "X-Forwarded-Host", "Forwarded", "Range", "Authorization", "Connection", "Expect",
            "Upgrade", "TE", "Via", "X-Requested-With", "Access-Control-Request-Method"};
    private static final String[] HEADER_VALUES = {"", "*", "127.0.0.1:3000", "example.com", "localhost:99999",
            "a..b", "-bad-", "\"abc\"", "W/\"x\"", "W/\"\", *", "text/html", "application/json", "gzip, br",
            "bytes=0-1", "bytes=9-1", "close", "keep-alive", "Upgrade", "100-continue", "h2c", "s=1; t=2",
            "=;;=", "()<>@,;:\\\"/[]?={}", "é", "\u00ff\u00fe", "1.2.3.4, 5.6.7.8", "for=\"[::1]\";proto=gopher"};
    private static final String[] BAD_HEADER_LINES = {"Bad Name: v", "NoColon", ": no name", "Name : v",
            " folded: line", "\tfolded", "X-Nul: a\u0000b", "X-Del: a\u007fb", "(): v", "X-Empty-Name-After:",
            "Content-Length: 3\r\nContent-Length: 4", "Transfer-Encoding: chunked\r\nContent-Length: 5",
            "Transfer-Encoding: gzip", "Transfer-Encoding: chunked, gzip", "Content-Length: abc",
            "Content-Length: -1", "Content-Length: 99999999999999999999", "Content-Length: 1,2"};

    private final Random random;
    private final List<String> knownPaths;

    /** {@code knownPaths} are real routes (with a real slug) that some requests start from. */
    public HostileRequests(Random random, List<String> knownPaths) {
        this.random = random;
        this.knownPaths = List.copyOf(knownPaths);
    }

    public Request next() {
        String eol = chance(8) ? "\n" : "\r\n";
        if (chance(3)) {
            return garbage();
        }
        String method = chance(6) ? pick(BAD_METHODS) : chance(1) ? "M".repeat(9000) : pick(METHODS);
        String target = target();
        String version = chance(80) ? "HTTP/1.1" : chance(50) ? "HTTP/1.0" : pick(BAD_VERSIONS);
        List<String> headers = headers();
        byte[] body = new byte[0];
        int framing = random.nextInt(10);
        if (framing == 0) {
            body = randomBytes(random.nextInt(4096));
            headers.add("Content-Length: " + body.length);
        } else if (framing == 1) {
            body = chunked(randomBytes(random.nextInt(3000)));
            headers.add("Transfer-Encoding: chunked");
        } else if (framing == 2) {
            body = "zz\r\nabc\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            headers.add("Transfer-Encoding: chunked");
        } else if (framing == 3) {
            headers.add("Content-Length: " + (2_000_000 + random.nextInt(1_000_000_000)));
        } else if (framing == 4) {
            body = randomBytes(20);
            headers.add("Content-Length: " + random.nextInt(20)); // the rest reads as the next request
        }
        if (chance(10)) {
            headers.add("Expect: 100-continue");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String requestLine = method + " " + target + " " + version;
        if (chance(2)) {
            requestLine = requestLine.replace(" ", chance(50) ? "  " : "\t");
        }
        write(out, requestLine + eol);
        for (String header : headers) {
            write(out, header + (chance(1) ? "\r" : "") + eol);
        }
        write(out, eol);
        out.writeBytes(body);
        return new Request(out.toByteArray(), method.equalsIgnoreCase("HEAD"),
                method.length() > 20 ? method.substring(0, 20) + "…" : method);
    }

    private String target() {
        if (chance(2)) {
            return pick(new String[] {"*", "http://127.0.0.1/articles", "articles", "", "//", "/?", "/#x"});
        }
        StringBuilder path = new StringBuilder();
        if (chance(50)) {
            path.append(pick(knownPaths));
        } else {
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                path.append('/').append(chance(5) ? pick(BAD_SEGMENTS) : pick(SEGMENTS));
            }
        }
        if (chance(3)) {
            path.append('/').append("a".repeat(chance(50) ? 9000 + random.nextInt(20_000) : 500 + random.nextInt(6000)));
        }
        if (chance(40)) {
            path.append('?');
            for (int i = 0, n = random.nextInt(5); i < n; i++) {
                if (i > 0) path.append(chance(10) ? "&&" : "&");
                path.append(pick(PARAMS));
                if (!chance(10)) path.append('=').append(pick(VALUES));
            }
        }
        return path.toString();
    }

    private List<String> headers() {
        List<String> headers = new ArrayList<>();
        if (!chance(10)) {
            headers.add("Host: " + (chance(10) ? pick(HEADER_VALUES) : "127.0.0.1"));
        }
        int count = chance(3) ? 95 + random.nextInt(20) : random.nextInt(8);
        for (int i = 0; i < count; i++) {
            headers.add(chance(8) ? pick(BAD_HEADER_LINES)
                    : (chance(10) ? "X-" + Integer.toHexString(random.nextInt()) : pick(HEADER_NAMES)) + ": "
                    + (chance(2) ? "v".repeat(5000 + random.nextInt(20_000)) : pick(HEADER_VALUES)));
        }
        return headers;
    }

    /** Random bytes ending a head: a request line that cannot parse, a TLS hello, a line of NULs. */
    private Request garbage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(randomBytes(1 + random.nextInt(2000)));
        write(out, "\r\n\r\n");
        return new Request(out.toByteArray(), false, "raw bytes");
    }

    private static byte[] chunked(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < data.length; at += 1000) {
            int n = Math.min(1000, data.length - at);
            write(out, Integer.toHexString(n) + "\r\n");
            out.write(data, at, n);
            write(out, "\r\n");
        }
        write(out, "0\r\n\r\n");
        return out.toByteArray();
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    /** {@code percent} in 100. */
    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** ISO-8859-1 for what is meant as bytes; a char above U+00FF (none here but by mistake) as UTF-8. */
    private static void write(ByteArrayOutputStream out, String text) {
        boolean latin1 = text.chars().allMatch(c -> c < 0x100);
        out.writeBytes(text.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
    }
}
