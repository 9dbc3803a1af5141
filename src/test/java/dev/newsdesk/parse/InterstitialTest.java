package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An interstitial is the screen a slideshow or a player shows between its items (a wait, an advert): its text,
 * set inside the article's element with the embed, is never the article's.
 */
class InterstitialTest {

    @Test
    void dropsTheTextOfAnEmbedsInterstitial() throws RejectedFileException {
        String wait = "Please wait a moment while the next photo of the gallery loads for you.";
        String[] paragraphs = ENGLISH_PROSE.split("\n\n");
        StringBuilder html = new StringBuilder("<html><body><div class=story>");
        for (int i = 0; i < paragraphs.length; i++) {
            html.append("<p>").append(paragraphs[i].strip()).append("</p>");
            if (i == 0) html.append("<div class=\"gallery-embed\"><div class=\"gallery-interstitial-text\">")
                    .append(wait).append("</div></div>");
        }
        html.append("</div></body></html>");
        String body = parse(html.toString(), "a.html").body();
        assertFalse(body.contains(wait), body);
        assertTrue(body.contains("over the coming months."), body);
    }
}
