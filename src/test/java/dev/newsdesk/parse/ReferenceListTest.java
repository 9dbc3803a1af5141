package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A paper's list of references, its items marked up as the works it cites, is its apparatus, not its text: on a
 * journal's preview page (the abstract, a box to buy the paper, then the bibliography) the long list must neither
 * outweigh the abstract nor join the body.
 */
class ReferenceListTest {

    /** A paper's preview: its abstract in three parts, then {@code count} references marked up as citations. */
    private static String preview(int count) {
        StringBuilder html = new StringBuilder("<html lang=en><head><title>Drug reactions and the doctor</title>"
                + "</head><body><main><h1>Drug reactions and the doctor</h1><div class=paper-body>"
                + "<section class=paper-section><h2>Abstract</h2>"
                + "<h3>Purpose of the Review</h3><p>The purpose of the review is to summarise the drugs used in"
                + " clinical practice that are known to cause a rare but serious reaction of the skin.</p>"
                + "<h3>Recent Findings</h3><p>The most commonly reported drugs are three old medicines, which pose a"
                + " very high risk, followed by two newer ones; some reactions are tied to genes that can be"
                + " screened for before the treatment starts.</p>"
                + "<h3>Summary</h3><p>The reaction can be fatal and must be considered in any patient who develops"
                + " a rash and a fever within weeks of starting one of these medicines.</p></section>"
                + "<div class=buy-box><p>This is a preview of subscription content.</p></div>"
                + "<section class=paper-section><h2>References</h2><ol>");
        for (int i = 1; i <= count; i++) {
            html.append("<li itemprop=citation itemscope itemtype=\"https://schema.org/ScholarlyArticle\"><p>")
                    .append("Writer").append(i).append(" A, Author B. Hypersensitivity reactions to the drug")
                    .append(" in a series of ").append(10 + i).append(" patients. J Clin Med. 20")
                    .append(10 + i % 10).append(";").append(i).append("(2):18").append(i).append(".</p></li>");
        }
        return html.append("</ol></section></div></main></body></html>").toString();
    }

    @Test
    void keepsTheAbstractOverALongListOfReferences() throws RejectedFileException {
        String body = parse(preview(90), "a.html").body();
        assertTrue(body.contains("The purpose of the review is to summarise"), body);
        assertTrue(body.contains("within weeks of starting one of these medicines."), body);
        assertFalse(body.contains("Hypersensitivity reactions to the drug"), body);
    }

    @Test
    void leavesAShortListOfReferencesOutOfTheBody() throws RejectedFileException {
        String body = parse(preview(12), "a.html").body();
        assertTrue(body.contains("The purpose of the review is to summarise"), body);
        assertFalse(body.contains("Hypersensitivity reactions to the drug"), body);
    }
}
