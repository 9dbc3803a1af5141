package dev.newsdesk.local.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request head's reading and checks, on bytes alone. */
class HeadReaderTest {

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static RequestHead read(String text) throws Exception {
        return HeadReader.read(bytes(text), HttpLimits.DEFAULT);
    }

    private static HttpRefusal refusal(String text) {
        return assertThrows(HttpRefusal.class, () -> read(text));
    }

    @Test
    void readsTheRequestLineAndTheHeadersWithLowerCaseNames() throws Exception {
        RequestHead head = read("GET /articles/x?limit=2&a=%20 HTTP/1.1\r\nHost: h\r\nX-Two: 1\r\nx-two:  2 \r\n\r\n");
        assertEquals("GET", head.method());
        assertEquals("/articles/x", head.rawPath());
        assertEquals("limit=2&a=%20", head.rawQuery());
        assertEquals("HTTP/1.1", head.version());
        assertEquals(List.of("1", "2"), head.values("x-two"));
        assertEquals(List.of("h"), head.values("host"));
    }

    @Test
    void stopsAtTheEndOfTheHeadAndLeavesTheBodyUnread() throws Exception {
        InputStream in = bytes("POST / HTTP/1.1\r\nContent-Length: 4\r\n\r\nbody");
        HeadReader.read(in, HttpLimits.DEFAULT);
        assertEquals("body", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    }

    @Test
    void acceptsBareLineFeedsAndAnEmptyLineBeforeTheRequestLine() throws Exception {
        RequestHead head = read("\r\nGET / HTTP/1.0\nHost: h\n\n");
        assertEquals("/", head.rawPath());
        assertEquals("", head.rawQuery());
    }

    @Test
    void nothingSentIsNoRequest() throws Exception {
        assertNull(read(""));
    }

    @Test
    void silenceUntilTheDeadlineIsNoRequestButAStalledHeadIsA408() throws Exception {
        InputStream silent = new InputStream() {
            @Override
            public int read() throws SocketTimeoutException {
                throw new SocketTimeoutException("deadline passed");
            }
        };
        assertNull(HeadReader.read(silent, HttpLimits.DEFAULT));
        HttpRefusal stalled = assertThrows(HttpRefusal.class, () -> HeadReader.read(
                new SequenceInputStream(bytes("GET /art"), silent), HttpLimits.DEFAULT));
        assertEquals(408, stalled.status());
    }

    @Test
    void aConnectionClosedInTheMiddleOfTheHeadIsNotAnswered() {
        assertThrows(EOFException.class, () -> read("GET / HTTP/1.1\r\nHost"));
    }

    @Test
    void aRequestLineOverTheLimitIs414AssoonAsTheLimitIsCrossed() {
        HttpLimits limits = HttpLimits.DEFAULT;
        // No end of line at all: the reader must not wait for one.
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        HttpRefusal refusal = assertThrows(HttpRefusal.class, () -> HeadReader.read(endless, limits));
        assertEquals(414, refusal.status());
    }

    @Test
    void headerLinesOverTheByteLimitOrTheCountAre431() {
        assertEquals(431, refusal("GET / HTTP/1.1\r\nX: " + "v".repeat(HttpLimits.DEFAULT.maxHeaderBytes()) + "\r\n\r\n")
                .status());
        StringBuilder many = new StringBuilder("GET / HTTP/1.1\r\n");
        for (int i = 0; i <= HttpLimits.DEFAULT.maxHeaders(); i++) many.append("X").append(i).append(": v\r\n");
        assertEquals(431, refusal(many + "\r\n").status());
    }

    @Test
    void aTargetThatDoesNotDecodeOrIsNotAPathIs400() {
        for (String target : List.of("/articles/%", "/a%2", "/a%zz", "/a b", "/\u00e9", "/a#b", "articles",
                "http://host/articles", "/a\u007f")) {
            assertEquals(400, refusal("GET " + target + " HTTP/1.1\r\n\r\n").status(), target);
        }
    }

    @Test
    void aMalformedRequestLineIs400() {
        for (String line : List.of("GET /", "GET  / HTTP/1.1", "GET /\tHTTP/1.1", "G\u00c9T / HTTP/1.1",
                "GET / HTTP/2.0", "GET / http/1.1", "GET / HTTP/1.1 x", " / HTTP/1.1")) {
            assertEquals(400, refusal(line + "\r\n\r\n").status(), line);
        }
    }

    @Test
    void aMalformedHeaderLineIs400() {
        for (String header : List.of("Bad Name: v", "NoColon", ": v", "Name : v", " folded", "\tfolded",
                "X: a\u0000b", "X: a\u007fb")) {
            assertEquals(400, refusal("GET / HTTP/1.1\r\nHost: h\r\n" + header + "\r\n\r\n").status(), header);
        }
    }

    @Test
    void aCarriageReturnNotFollowedByALineFeedIs400() {
        assertEquals(400, refusal("GET / HTTP/1.1\rHost: h\r\n\r\n").status());
    }

    @Test
    void onlyEmptyLinesIs400() {
        assertEquals(400, refusal("\r\n".repeat(10)).status());
    }

    @Test
    void theRefusalsDetailNamesTheRuleNotTheInput() {
        HttpRefusal refusal = refusal("GET /<script>% HTTP/1.1\r\n\r\n");
        assertTrue(!refusal.getMessage().contains("script"), refusal.getMessage());
    }

    @Test
    void keepAliveIsHttp11UnlessTheClientAsksToClose() throws Exception {
        assertTrue(read("GET / HTTP/1.1\r\n\r\n").keepAlive());
        assertTrue(!read("GET / HTTP/1.1\r\nConnection: keep-alive, Close\r\n\r\n").keepAlive());
        assertTrue(!read("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").keepAlive());
    }
}
