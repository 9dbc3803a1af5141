package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.RejectedFileException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Files that can never be articles are refused with a reason that says why. */
class RejectionTest {

    @Test
    void refusesAnEmptyFile() {
        assertEquals(Reason.EMPTY, reason(new byte[0], "a.txt"));
    }

    @Test
    void refusesAWhitespaceOnlyFile() {
        assertEquals(Reason.EMPTY, reason(" \n\n\t ".getBytes(StandardCharsets.UTF_8), "a.txt"));
    }

    @Test
    void refusesAPdf() {
        RejectedFileException e = rejected("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "a.txt");
        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().contains("PDF"), e.getMessage());
    }

    @Test
    void refusesAPngImage() {
        assertEquals(Reason.UNSUPPORTED_FORMAT,
                reason(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "photo.txt"));
    }

    @Test
    void refusesAZipArchive() {
        assertEquals(Reason.UNSUPPORTED_FORMAT, reason(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, "article.docx"));
    }

    @Test
    void refusesBinaryData() {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 7);
        assertEquals(Reason.BINARY, reason(bytes, "data.txt"));
    }

    @Test
    void refusesSixteenBitNumbersThatLookLikeUtf16() {
        // Small little-endian numbers (a sensor log, quiet audio) have UTF-16's zero bytes, but read as control codes.
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i += 2) bytes[i] = (byte) (i % 23 + 1);
        assertEquals(Reason.BINARY, reason(bytes, "data.txt"));
    }

    @Test
    void readsNoUtf16IntoAsciiTextWithNuls() {
        // ASCII read as UTF-16 is ideographs ("ab" is U+6261): NULs that all fall on even bytes do not make it so.
        byte[] bytes = ("The council approved the budget on Wednesday after a long debate about schools and buses, "
                + "and the mayor said taxes would not rise next year.").getBytes(StandardCharsets.US_ASCII);
        for (int i = 10; i < 50; i += 10) bytes[i] = 0;
        assertEquals(Reason.BINARY, reason(bytes, "notes.txt"));
    }

    @Test
    void refusesAFileAboveTheSizeLimit() {
        assertEquals(Reason.TOO_LARGE, reason(new byte[ArticleParser.MAX_BYTES + 1], "huge.txt"));
    }

    @Test
    void refusesUtf16WithAnOddByteCount() {
        assertEquals(Reason.UNREADABLE_ENCODING, reason(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'}, "a.txt"));
    }

    @Test
    void refusesUtf16WithoutAByteOrderMarkCutShort() {
        // A truncated upload: its zero bytes still tell UTF-16, so it is refused as such, not as binary data.
        byte[] whole = "The council approved the budget on Wednesday.".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(Reason.UNREADABLE_ENCODING, reason(Arrays.copyOf(whole, whole.length - 1), "notes.txt"));
    }

    @Test
    void refusesJsonWithoutABody() {
        assertEquals(Reason.NOT_AN_ARTICLE, reason("{\"title\": \"only a title\"}".getBytes(StandardCharsets.UTF_8),
                "a.json"));
    }

    @Test
    void refusesAPageWithNoText() {
        assertEquals(Reason.NOT_AN_ARTICLE,
                reason("<html><body><nav><a href=/>Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8),
                        "a.html"));
    }

    private static Reason reason(byte[] bytes, String name) {
        return rejected(bytes, name).reason();
    }

    private static RejectedFileException rejected(byte[] bytes, String name) {
        return assertThrows(RejectedFileException.class, () -> ParserTestSupport.PARSER.parse(bytes, name));
    }
}
