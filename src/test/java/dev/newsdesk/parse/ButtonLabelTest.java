package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An element the template names a button is a control of the page (a slideshow's "Full Screen", a player's
 * "Autoplay"), set as text where no button element is: its label is an order to the page, never the article's.
 */
class ButtonLabelTest {

    @Test
    void dropsTheLabelsOfAnEmbedsButtons() throws RejectedFileException {
        String[] paragraphs = ENGLISH_PROSE.split("\n\n");
        StringBuilder html = new StringBuilder("<html><body><div class=story>");
        for (int i = 0; i < paragraphs.length; i++) {
            html.append("<p>").append(paragraphs[i].strip()).append("</p>");
            if (i == 0) html.append("<div class=\"gallery-buttons\"><div class=\"gallery-button\">Full Screen</div>")
                    .append("<div class=\"gallery-button\">Autoplay</div></div>");
        }
        html.append("</div></body></html>");
        String body = parse(html.toString(), "a.html").body();
        assertFalse(body.contains("Full Screen"), body);
        assertFalse(body.contains("Autoplay"), body);
        assertTrue(body.contains("over the coming months."), body);
    }
}
