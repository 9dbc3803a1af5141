package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.FRENCH_PROSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** é, ç, « », ’ come out right whatever charset the file was saved in. */
class CharsetTest {

    private static final String TITLE = "Le député « Éric » reçoit l’élève à Noël";
    private static final String TEXT = TITLE + "\n\n" + FRENCH_PROSE;

    @Test
    void readsUtf8WithoutBom() throws Exception {
        assertAccentsSurvive(parse(TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsUtf8WithBom() throws Exception {
        ArticleContent a = parse(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8)));
        assertAccentsSurvive(a);
        assertEquals(TITLE, a.title(), "no BOM character left in front of the title");
    }

    @Test
    void readsUtf16LittleEndianWithBom() throws Exception {
        assertAccentsSurvive(parse(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void readsUtf16BigEndianWithBom() throws Exception {
        assertAccentsSurvive(parse(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                TEXT.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void fallsBackToWindows1252WhenBytesAreNotUtf8() throws Exception {
        // Windows-1252 has « » é ç and the curly apostrophe (0x92), which ISO-8859-1 lacks.
        assertAccentsSurvive(parse(TEXT.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void readsIso88591AsItsWindows1252Superset() throws Exception {
        String latin1 = "Le député « Éric » reçoit l'élève à Noël\n\n" + FRENCH_PROSE.replace('’', '\'');
        ArticleContent a = parse(latin1.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Le député « Éric » reçoit l'élève à Noël", a.title());
    }

    @Test
    void followsTheHtmlMetaCharset() throws Exception {
        // ISO-8859-15 puts € at 0xA4, where Windows-1252 has ¤: only the declaration tells them apart.
        String html = "<html><head><meta charset=\"iso-8859-15\"><title>Prix</title></head><body><article>"
                + "<p>Le billet coûte désormais 12 € au lieu de 10 €, une hausse que les usagers jugent trop forte "
                + "pour un service qui ne s’améliore pas.</p>"
                + "<p>La région explique que la hausse finance l’entretien des lignes, et qu’elle restera la seule "
                + "de l’année selon le président du conseil régional.</p></article></body></html>";
        ArticleContent a = parse(html.replace('’', '\'').getBytes(Charset.forName("ISO-8859-15")));
        assertTrue(a.body().contains("12 € au lieu de 10 €"), a.body());
        assertTrue(a.body().contains("coûte désormais"), a.body());
    }

    @Test
    void readsAUtf16HtmlPageByItsByteOrderMark() throws Exception {
        String html = "<html><head><title>" + TITLE + "</title></head><body><article><h1>" + TITLE + "</h1><p>"
                + FRENCH_PROSE.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        assertAccentsSurvive(ParserTestSupport.PARSER.parse(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                html.getBytes(StandardCharsets.UTF_16LE)), "page.html"));
        assertAccentsSurvive(ParserTestSupport.PARSER.parse(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                html.getBytes(StandardCharsets.UTF_16BE)), "page.html"));
    }

    private static void assertAccentsSurvive(ArticleContent a) {
        assertEquals(TITLE, a.title());
        assertTrue(a.body().contains("présenté mercredi"), a.body());
        assertTrue(a.body().contains("d’élèves"), a.body());
    }

    private static ArticleContent parse(byte[] bytes) throws RejectedFileException {
        return ParserTestSupport.PARSER.parse(bytes, "article.txt");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
