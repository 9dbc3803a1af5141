package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.paragraphs;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An item of the writer's list whose link covers most of its words, after its own subject and verb ("Thanks to Ann,
 * users can now <a>import ...</a>"), is the article's, as its plain neighbours are; a list of other stories, each
 * item opening with its link, is not. So is an item that is one link in a list that mixes in the writer's sentences,
 * or in a sublist under such a list's item ("In progress:"), where a list that is links item after item is not.
 */
class LinkedListItemTest {

    private static final String SITE = "https://example.org";
    private static final String LINKED = "Thanks to Ann, users can now <a href=" + SITE + "/bug/1>import their saved "
            + "passwords from another password manager</a>";
    private static final String TEASER = "<a href=" + SITE + "/story/2>The council delays its vote on the new harbour "
            + "plan again</a> this week";
    /** A box of other stories closing the article: links item after item. */
    private static final String OTHER_STORIES = "<h3>More stories</h3><ul><li>" + TEASER + "</li><li><a href=" + SITE
            + "/story/3>Bridge repairs will close the old road for two months in spring</a></li></ul>";

    @Test
    void keepsTheWritersItemThatLinksAfterItsOwnWords() throws RejectedFileException {
        String html = "<html><body><h1>This week in the browser</h1><article>" + paragraphs(ENGLISH_PROSE)
                + "<ul><li>We have just landed a change that stops an update from starting while another copy of "
                + "the browser is still running.</li><li>" + LINKED + "</li><li>The address bar now keeps its "
                + "results open while you type in another script.</li></ul>"
                + paragraphs(ENGLISH_PROSE.replace("city council", "county board"))
                + OTHER_STORIES + "</article></body></html>";
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

    @Test
    void keepsItemsThatAreOneLinkInAListOfTheWritersSentences() throws RejectedFileException {
        String html = "<html><body><h1>This week in the browser</h1><article><h3>Highlights</h3>"
                + "<ul><li><a href=" + SITE + "/blog/review>Here is our look back at the whole year</a></li>"
                + "<li>We have just landed a change that stops an update from starting while another copy of "
                + "the browser is still running, which was the cause of many restarts.</li></ul>"
                + paragraphs(ENGLISH_PROSE)
                + "<ul><li>Students will work on the picture-in-picture player again next term, and two of us "
                + "will mentor them.</li><li>In progress:<ul><li><a href=" + SITE + "/bug/5>Bug 5 - The full "
                + "screen player changes size when its video changes</a></li><li><a href=" + SITE + "/bug/6>Bug 6 "
                + "- Count how often people open more than one player</a></li></ul></li></ul>"
                + paragraphs(ENGLISH_PROSE.replace("city council", "county board"))
                + OTHER_STORIES + "</article></body></html>";
        String body = parse(html, "a.html").body();
        for (String item : List.of("Here is our look back", "Bug 5 - The full screen player", "Bug 6 - Count how")) {
            assertTrue(body.contains(item), body);
        }
        assertFalse(body.contains("Bridge repairs"), body);
    }
}
