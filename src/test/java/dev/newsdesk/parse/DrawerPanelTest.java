package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.paragraphs;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A drawer is a panel the page slides out when a control is pressed (its menu, the sharing options and their
 * warnings), shipped in the page hidden by a stylesheet: never the article's text, though it reads as a sentence.
 */
class DrawerPanelTest {

    private static final String WARNING = "This story is not listed on the site, so only people with its link "
            + "can read it. Do you still want to share it with your friends?";

    @Test
    void dropsTheSentencesOfASharingDrawerAmidTheStory() throws RejectedFileException {
        int lastParagraph = ENGLISH_PROSE.lastIndexOf("\n\n");
        String drawer = "<div class=\"page-bar\"><div class=\"page-bar-drawer\"><p>" + WARNING + "</p></div></div>";
        String html = "<html><body><div class=story><h1>Bridges to be repaired</h1>"
                + paragraphs(ENGLISH_PROSE.substring(0, lastParagraph)) + drawer
                + paragraphs(ENGLISH_PROSE.substring(lastParagraph)) + "</div></body></html>";
        String body = parse(html, "a.html").body();
        assertFalse(body.contains("Do you still want"), body);
        assertTrue(body.contains("over the coming months."), body);
    }
}
