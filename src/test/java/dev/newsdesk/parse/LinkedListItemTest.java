package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.paragraphs;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An item of the writer's list whose link covers most of its words, after its own subject and verb ("Thanks to Ann,
 * users can now <a>import ...</a>"), is the article's, as its plain neighbours are; a list of other stories, each
 * item opening with its link, is not.
 */
class LinkedListItemTest {

    private static final String SITE = "https://example.org";
    private static final String LINKED = "Thanks to Ann, users can now <a href=" + SITE + "/bug/1>import their saved "
            + "passwords from another password manager</a>";
    private static final String TEASER = "<a href=" + SITE + "/story/2>The council delays its vote on the new harbour "
            + "plan again</a> this week";

    @Test
    void keepsTheWritersItemThatLinksAfterItsOwnWords() throws RejectedFileException {
        String html = "<html><body><h1>This week in the browser</h1><article>" + paragraphs(ENGLISH_PROSE)
                + "<ul><li>We have just landed a change that stops an update from starting while another copy of "
                + "the browser is still running.</li><li>" + LINKED + "</li><li>The address bar now keeps its "
                + "results open while you type in another script.</li></ul>"
                + paragraphs(ENGLISH_PROSE.replace("city council", "county board"))
                + "<h3>More stories</h3><ul><li>" + TEASER + "</li><li><a href=" + SITE + "/story/3>Bridge repairs "
                + "will close the old road for two months in spring</a></li></ul></article></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.contains("import their saved passwords"), body);
        assertFalse(body.contains("harbour plan"), body);
    }

    @Test
    void keepsTheWritersItemWhoseLinkGoesOnFromItsSubjectInLowerCase() throws RejectedFileException {
        String html = "<html><body><h1>This week in the browser</h1><article>" + paragraphs(ENGLISH_PROSE)
                + "<ul><li>We have just landed a change that stops an update from starting while another copy of "
                + "the browser is still running.</li><li>Ann <a href=" + SITE + "/bug/4>made the bookmarks toolbar "
                + "load later in the opening of the first window</a></li><li>The address bar now keeps its "
                + "results open while you type in another script.</li></ul>"
                + paragraphs(ENGLISH_PROSE.replace("city council", "county board"))
                + "<h3>More stories</h3><ul><li>Reuters <a href=" + SITE + "/story/2>Council delays its vote on the "
                + "new harbour plan again</a></li><li>Reuters <a href=" + SITE + "/story/3>Bridge repairs will "
                + "close the old road for two months in spring</a></li></ul></article></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.contains("made the bookmarks toolbar"), body);
        assertFalse(body.contains("harbour plan"), body);
    }
}
