package dev.newsdesk.local.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A request body as its head frames it, on bytes alone. */
class BodyReaderTest {

    private static final int MAX = 100;

    private static RequestHead head(Map<String, List<String>> headers) {
        return new RequestHead("POST", "/", "", "HTTP/1.1", headers);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String read(Map<String, List<String>> headers, String body) throws Exception {
        return new String(BodyReader.read(head(headers), bytes(body), MAX), StandardCharsets.ISO_8859_1);
    }

    private static int refusal(Map<String, List<String>> headers, String body) {
        return assertThrows(HttpRefusal.class, () -> read(headers, body)).status();
    }

    @Test
    void readsContentLengthBytesAndLeavesTheNextRequest() throws Exception {
        InputStream in = bytes("abcGET /");
        assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII),
                BodyReader.read(head(Map.of("content-length", List.of("3"))), in, MAX));
        assertEquals("GET /", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    }

    @Test
    void noFramingIsNoBody() throws Exception {
        assertEquals("", read(Map.of(), "ignored"));
        assertFalse(BodyReader.announcesBody(head(Map.of("content-length", List.of("0")))));
        assertTrue(BodyReader.announcesBody(head(Map.of("transfer-encoding", List.of("chunked")))));
    }

    @Test
    void joinsChunksAndDropsExtensionsAndTrailers() throws Exception {
        assertEquals("abcdefg", read(Map.of("transfer-encoding", List.of("Chunked")),
                "3;x=y\r\nabc\r\n4\r\ndefg\r\n0\r\nTrailer: t\r\n\r\n"));
    }

    @Test
    void aLengthAboveTheLimitIs413BeforeAnyRead() {
        InputStream untouched = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body was read");
            }
        };
        HttpRefusal refusal = assertThrows(HttpRefusal.class, () -> BodyReader.read(
                head(Map.of("content-length", List.of("101"))), untouched, MAX));
        assertEquals(413, refusal.status());
    }

    @Test
    void chunksAboveTheLimitAre413() {
        assertEquals(413, refusal(Map.of("transfer-encoding", List.of("chunked")), "65\r\n" + "a".repeat(101)));
    }

    @Test
    void ambiguousFramingsAre400() {
        assertEquals(400, refusal(Map.of("transfer-encoding", List.of("chunked"), "content-length", List.of("3")),
                "0\r\n\r\n"));
        assertEquals(400, refusal(Map.of("content-length", List.of("3", "4")), "abcd"));
        assertEquals(400, refusal(Map.of("content-length", List.of("3, 4")), "abcd"));
        assertEquals(400, refusal(Map.of("transfer-encoding", List.of("gzip")), ""));
        assertEquals(400, refusal(Map.of("transfer-encoding", List.of("chunked", "chunked")), "0\r\n\r\n"));
    }

    @Test
    void theSameLengthRepeatedIsOneLength() throws Exception {
        assertEquals("abc", read(Map.of("content-length", List.of("3, 3", "3")), "abc"));
    }

    @Test
    void aLengthThatIsNotAWholeNumberIs400() {
        for (String length : List.of("abc", "-1", "1e3", "", "+3", "99999999999999999999")) {
            assertEquals(400, refusal(Map.of("content-length", List.of(length)), "abc"), length);
        }
    }

    @Test
    void badChunkFramingIs400() {
        assertEquals(400, refusal(Map.of("transfer-encoding", List.of("chunked")), "zz\r\nabc\r\n0\r\n\r\n"));
        assertEquals(400, refusal(Map.of("transfer-encoding", List.of("chunked")), "2\r\nabc\r\n0\r\n\r\n"));
        assertEquals(400, refusal(Map.of("transfer-encoding", List.of("chunked")), "1".repeat(2000) + "\r\n"));
    }

    @Test
    void aBodyCutShortIsNotAnswered() {
        assertThrows(EOFException.class, () -> read(Map.of("content-length", List.of("10")), "abc"));
        assertThrows(EOFException.class, () -> read(Map.of("transfer-encoding", List.of("chunked")), "3\r\nab"));
    }
}
