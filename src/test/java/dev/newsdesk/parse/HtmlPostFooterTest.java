package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A blog post's footer sentence (posted on, filed under, RSS 2.0 feed) inside the post's element is no paragraph. */
class HtmlPostFooterTest {

    private static final String FIRST = "The beekeepers' club met on Saturday at the old orchard to open the hives "
            + "for the first time this year and to check how the colonies had come through the cold winter months.";
    private static final String SECOND = "Most colonies were strong, though two had lost their queens, and the "
            + "members agreed to share frames of brood so that the weaker hives can raise new ones in May.";

    @Test
    void dropsTheBlogThemesFooterFromThePost() throws RejectedFileException {
        String footer = "This entry was posted on Saturday, April 4th, 2020 at 4:05 pm and is filed under Club, "
                + "Meetings. You can follow any responses to this entry through the RSS 2.0 feed. Responses are "
                + "currently closed, but you can trackback from your own site.";
        String html = "<html><body><div class=post><h2>Spring at the hives</h2><div class=entry><p>" + FIRST
                + "</p><p>" + SECOND + "</p><p class=postmetadata><small>" + footer + "</small></p></div></div>"
                + "</body></html>";
        String body = parse(html, "a.html").body();
        assertFalse(body.contains("RSS 2.0"), body);
        assertTrue(body.contains(FIRST) && body.contains(SECOND), body);
    }
}
