package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.FRENCH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The standfirst set above the article's body, in an element of its own, is the article's first paragraph. */
class StandfirstTest {

    private static final String CHAPO = "Le gouvernement a présenté mardi un plan pour les écoles, qui sera débattu "
            + "au Parlement dès la rentrée.";

    @Test
    void keepsAChapoBesideTheBody() throws RejectedFileException {
        String html = "<html><body><nav><a href=/>Accueil</a></nav><div class=main><h1>Le titre</h1>"
                + "<div class=chapo><p>" + CHAPO + "</p></div><div class=texte>" + paragraphs(FRENCH_PROSE)
                + "</div></div></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.startsWith(CHAPO), body);
    }

    @Test
    void keepsALedeInTheHeaderAboveTheBody() throws RejectedFileException {
        String html = "<html><body><div class=cartouche><h1>Le titre</h1><div class=article-lede><p>" + CHAPO
                + "</p></div><div class=date>12 mars 2020</div></div><div class=corps>" + paragraphs(FRENCH_PROSE)
                + "</div></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.startsWith(CHAPO), body);
    }

    /** WordPress names the post's summary "excerpt"; other CMSs call it the article's "abstract". */
    @Test
    void keepsAnExcerptOrAnAbstractAboveTheBody() throws RejectedFileException {
        for (String name : new String[] {"entry-excerpt", "content-header__abstract"}) {
            String html = "<html><body><div class=cartouche><h1>Le titre</h1><p class=" + name + ">" + CHAPO
                    + "</p></div><div class=corps>" + paragraphs(FRENCH_PROSE) + "</div></body></html>";
            String body = parse(html, "a.html").body();
            assertTrue(body.startsWith(CHAPO), name + ": " + body);
        }
    }

    @Test
    void leavesAnUnnamedParagraphAboveTheBody() throws RejectedFileException {
        String html = "<html><body><div class=promo><p>" + CHAPO + "</p></div><div class=texte>"
                + paragraphs(FRENCH_PROSE) + "</div></body></html>";
        assertFalse(parse(html, "a.html").body().contains(CHAPO));
    }

    private static String paragraphs(String prose) {
        StringBuilder sb = new StringBuilder();
        for (String p : prose.split("\n\n")) sb.append("<p>").append(p.strip()).append("</p>");
        return sb.toString();
    }
}
