package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import org.junit.jupiter.api.Test;

/**
 * A forum's linked header over a quoted post ("Quote from: jane on …") stays with the quotation; a story's boxes named
 * for a quote of another kind keep their linked lines out: a stock quote's ticker, a pull quote's title.
 */
class QuoteHeaderBoxesTest {

    private static final String OPENING = "<p>The harbour board voted on Monday to lengthen the north pier by sixty"
            + " metres, so that the larger ferries that now anchor in the bay can dock there from next summer.</p>"
            + "<p>Fishermen who moor along the pier said the work would close their berths for most of a season, and"
            + " asked the board to find them a place in the old basin while the cranes are at work.</p>";
    private static final String CLOSING = "<p>Work on the pier is due to start in October, once the last of the"
            + " summer ferries has left, and the board expects the new berth to open before the following June.</p>"
            + "<p>A public meeting on the plans is to be held at the harbour office on Thursday evening, where the"
            + " engineers will show the drawings and take questions from anyone who moors a boat there.</p>";

    private static ArticleContent story(String box) throws Exception {
        return parse("<html><head><title>Pier to grow</title></head><body><nav><a href=/>Home</a> <a href=/news>"
                + "News</a></nav><article><h1>Harbour board backs a longer pier</h1>" + OPENING + box + CLOSING
                + "</article><footer><a href=/about>About</a></footer></body></html>", "story.html");
    }

    /** A stock quote's header sits over its chart, not over a quotation: its ticker line is a link out. */
    @Test
    void aStockQuotesTickerOverItsChartStaysOut() throws Exception {
        ArticleContent a = story("<div class=\"quote-header\"><a href=\"/markets/gull\">Gull Ferries 12.40 +3.1%"
                + "</a></div><div class=\"quote-chart\"><p>Shares of the ferry company rose after the vote, as"
                + " traders counted the extra sailings a longer pier would let it run each summer.</p></div>");
        assertTrue(a.body().contains("Shares of the ferry company rose"), a.body());
        assertFalse(a.body().contains("Gull Ferries 12.40"), a.body());
    }

    /**
     * "blockquote-header" and "pullquote-title" hold the words of a quote's header but name a story's own boxes: their
     * linked lines over a quotation are links out.
     */
    @Test
    void aBoxOnlyHoldingAQuoteHeadersWordsKeepsItsLinkOut() throws Exception {
        String quotation = "<blockquote><p>We have waited twenty years for this pier, and one more season of mooring"
                + " in the bay is a small price for it.</p></blockquote>";
        for (String box : new String[] {"blockquote-header", "pullquote-title"}) {
            ArticleContent a = story("<div class=\"" + box + "\"><a href=\"/topics/harbour\">More on the harbour"
                    + "</a></div>" + quotation);
            assertTrue(a.body().contains("We have waited twenty years"), a.body());
            assertFalse(a.body().contains("More on the harbour"), a.body());
        }
    }
}
