package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A subheading of the story that links to what its section is about is the story's, not a link box's heading. */
class LinkedSubheadingTest {

    private static final String OPENING = """
            <p>Virtual reality headsets have finally come down in price, and the first wave of games made for them \
            is better than anyone expected. Here are the ones worth buying this autumn.</p>""";
    private static final String SECTION = """
            <p>The detective game puts you in the boots of the hero for a short but striking story, with puzzles \
            that make the most of the headset's tracking.</p>""";
    private static final String CLOSING = """
            <p>Whichever you choose, give yourself a few short sessions to get used to the headset before you \
            play for an evening, as the first days can leave you dizzy.</p>""";

    @Test
    void keepsASubheadingThatLinksToWhatItsSectionIsAbout() throws RejectedFileException {
        String body = story("<h3><a href=\"https://example.com/games/night-detective\">Night Detective VR</a></h3>");
        assertTrue(body.contains("Night Detective VR"), body);
    }

    /** A box of other stories under the article has links, not the article's text, under its heading. */
    @Test
    void leavesTheHeadingOfABoxOfLinks() throws RejectedFileException {
        String html = page(OPENING + SECTION + CLOSING + "<h3><a href=\"https://example.com/games\">Arcade corner</a>"
                + "</h3><ul><li><a href=\"https://example.com/games/a\">Five racing games to play this week</a></li>"
                + "<li><a href=\"https://example.com/games/b\">The best controllers for small hands</a></li></ul>");
        String body = parse(html, "story.html").body();
        assertFalse(body.contains("Arcade corner"), body);
    }

    /** A forum's replies each repeat the thread's linked title, which names no section of their own. */
    @Test
    void leavesTheTitleEachReplyRepeats() throws RejectedFileException {
        String reply = "<h3><a href=\"https://example.com/forum/vr-games#p2\">Re: The best VR games to buy now</a></h3>";
        String html = page(OPENING + reply + SECTION + reply + CLOSING);
        String body = parse(html, "story.html").body();
        assertFalse(body.contains("Re: The best"), body);
    }

    private static String story(String heading) throws RejectedFileException {
        return parse(page(OPENING + heading + SECTION + CLOSING), "story.html").body();
    }

    private static String page(String article) {
        return "<html lang=en><head><title>The best VR games to buy now</title></head><body><nav><a href=/>Home</a> "
                + "<a href=/games>Games</a></nav><article><h1>The best VR games to buy now</h1>" + article
                + "</article><footer><p>All rights reserved.</p></footer></body></html>";
    }
}
