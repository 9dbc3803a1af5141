package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The note a blog sets on its writer under the post with no label over it, a full name and what the writer does,
 * goes with its portrait and links; a story's last paragraph on a person it reports on stays.
 */
class ClosingWriterNoteTest {

    private static final String GERMAN_POST = """
            Am Wochenende war ich mit der neuen Kamera im Hafen unterwegs, und ich muss sagen, dass mich die \
            Bilder bei diesem trüben Licht wirklich überrascht haben.

            Der Autofokus sitzt auch bei wenig Licht sehr schnell, und das Rauschen bleibt selbst bei hohen \
            Werten noch in einem Rahmen, mit dem ich gut leben kann.

            Nur der Akku hält nicht so lange, wie ich es mir gewünscht hätte, deshalb habe ich jetzt immer \
            einen zweiten in der Tasche dabei.""";

    /** A post whose paragraphs are followed by {@code tail}, all in the post's element. */
    private static String page(String prose, String tail) {
        StringBuilder html = new StringBuilder("<html><head><title>Ein Tag am Hafen</title></head><body><article>");
        for (String p : prose.split("\n\n")) html.append("<p>").append(p.strip()).append("</p>");
        return html.append(tail).append("</article></body></html>").toString();
    }

    @Test
    void dropsAWritersNoteWithNoLabelUnderThePost() throws RejectedFileException {
        String body = parse(page(GERMAN_POST, "<p>Jana Beispiel, Fotografin aus Bremen und Gründerin eines kleinen"
                + " Studios. Ich fotografiere am liebsten Menschen bei der Arbeit.</p>"
                + "<p><img src=\"portrait.jpg\" alt=\"\"><a href=\"/about\">Mehr über mich</a></p>"), "a.html").body();
        assertFalse(body.contains("Fotografin aus Bremen"), body);
        assertTrue(body.contains("einen zweiten in der Tasche dabei."), body);
    }

    @Test
    void keepsAStorysLastParagraphOnAPersonItReportsOn() throws RejectedFileException {
        String body = parse(page(GERMAN_POST, "<p>Jana Beispiel, Fotografin aus Bremen, zeigt ihre Bilder vom Hafen"
                + " noch bis Ende Mai in der Stadtbibliothek.</p>"), "a.html").body();
        assertTrue(body.contains("Fotografin aus Bremen, zeigt ihre Bilder"), body);
    }
}
