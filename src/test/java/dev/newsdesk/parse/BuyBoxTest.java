package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.paragraphs;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A box that sells the page's work (a paper's PDF, a subscription, with their prices) is the shop's chrome, not the
 * article's text, even where the template sets it inside the article's body, between its sections.
 */
class BuyBoxTest {

    /** One offer of the box: its name, what it gives, its price. */
    private static String offer(String name, String gives, String price) {
        return "<article class=box><h3>" + name + "</h3><div class=box-body><div class=box-info><p>" + gives
                + "</p></div><div class=box-price><p>" + price + "</p><p>Price <b>includes VAT</b></p></div></div>"
                + "</article>";
    }

    @Test
    void dropsABuyBoxBetweenTheSectionsOfTheArticleBody() throws RejectedFileException {
        String html = "<html lang=en><body><main><div class=article-body><section><h2>Summary</h2>"
                + paragraphs(ENGLISH_PROSE) + "</section>"
                + "<div class=\"article-buy-box\"><div class=shop-panel><h2>Access options</h2>"
                + offer("Buy single article", "Instant access to the full article PDF.", "37,40 €")
                + offer("Subscribe to journal", "Immediate online access to all issues from 2019.", "71,04 €")
                + "</div></div>"
                + "<section><h2>Declarations</h2><p>The author declares no conflict of interest.</p></section>"
                + "</div></main></body></html>";
        String body = parse(html, "a.html").body();
        assertFalse(body.contains("Instant access to the full article PDF."), body);
        assertFalse(body.contains("Immediate online access to all issues"), body);
        assertTrue(body.contains("over the coming months."), body);
    }
}
