package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.paragraphs;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A text cut into chunks by boxes between them, each chunk named as the others and numbered ("text-part
 * text-part-1", "text-part text-part-2"), is one article.
 */
class NumberedChunksTest {

    private static final String OPENING = "Officials said on Monday that the sale of the company would be carried out "
            + "in two steps, a structure that changes what its shareholders get.";
    private static final String SECOND = "First the assets will move to a single subsidiary, and then the stock of "
            + "that subsidiary will be sold to the buyer at the closing.";

    @Test
    void joinsTheChunksNumberedAlike() throws RejectedFileException {
        String html = "<html><body><h1>Council approves bridge repairs</h1><article>"
                + "<div class=wrap><div class=\"text-part text-part-1\"><p>" + OPENING + "</p><p>" + SECOND
                + "</p></div></div>"
                + "<div class=wrap><aside class=box><h3>Related</h3><a href=/a>Another story</a></aside></div>"
                + "<div class=wrap><div class=\"text-part text-part-2\">" + paragraphs(ENGLISH_PROSE)
                + "</div></div></article></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.contains("repairs move forward"), body);
        assertTrue(body.contains(OPENING), body);
        assertTrue(body.contains(SECOND), body);
    }
}
