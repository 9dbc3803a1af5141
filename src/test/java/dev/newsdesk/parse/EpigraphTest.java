package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A quotation set as a blockquote above an essay's text is its motto, the article's opening. */
class EpigraphTest {

    private static final String QUOTATION = "“Wer keine Zeit hat, hat sie nur anders verteilt als die anderen.”";
    private static final String TEXT = """
            <p>Zeit ist eine Größe, die wir messen, aber selten bemerken. Wir planen Tage in Stunden und Minuten, \
            und doch erleben wir sie ganz anders, als die Uhr es sagt.</p>
            <p>Wer in Ruhe arbeitet, verliert das Gefühl für die Stunden. Wer wartet, spürt jede Minute. Diese \
            Spannung zwischen gemessener und erlebter Zeit zieht sich durch die Philosophie.</p>
            <p>In den folgenden Abschnitten geht es darum, wie wir mit dieser Spannung leben und was wir aus ihr \
            machen können, wenn wir ihr Aufmerksamkeit schenken.</p>""";

    @Test
    void keepsAnEpigraphWithAFootnoteMark() throws RejectedFileException {
        String body = essay("<blockquote><p><em>" + QUOTATION + "<a href=\"#note-1\">1</a></em></p></blockquote>");
        assertTrue(body.startsWith(QUOTATION), body);
    }

    @Test
    void keepsAnEpigraphSignedByItsAuthor() throws RejectedFileException {
        String body = essay("<blockquote><p>" + QUOTATION + " Ein Sprichwort</p></blockquote>");
        assertTrue(body.startsWith(QUOTATION), body);
    }

    /** A quotation that is mostly a link points elsewhere (another story's pull-quote), not the essay's motto. */
    @Test
    void leavesALinkedQuotationAboveTheText() throws RejectedFileException {
        String body = essay("<blockquote><p><a href=\"/zitate\">" + QUOTATION
                + "</a> Zitat der Woche</p></blockquote>");
        assertFalse(body.contains("anders verteilt"), body);
    }

    private static String essay(String above) throws RejectedFileException {
        String html = "<html lang=de><head><title>Zeit und Muße</title></head><body><nav><a href=/>Start</a> "
                + "<a href=/ueber>Über mich</a></nav><main><article><h1>Zeit und Muße</h1><div class=entry-content>"
                + above + TEXT + "</div></article></main><footer><p>Alle Rechte vorbehalten.</p></footer>"
                + "</body></html>";
        return parse(html, "essay.html").body();
    }
}
