package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A box set into the story that opens with a link to the paragraph right after it (a skip link) is a fact box the
 * reader may jump over: a list in it goes, paragraphs in it stay, and a list box without the link stays too.
 */
class SkippableAsideTest {

    private static final String TIMELINE = "<h2>Earlier floods in the valley</h2><ul>"
            + "<li>March 2019: the river broke its banks at the old mill and forty homes were flooded</li>"
            + "<li>January 2016: the bridge on the school road was closed for two weeks after heavy rain</li>"
            + "<li>October 2011: farms along the lower valley lost their winter crops to the water</li></ul>"
            + "<ul><li><a href=\"/floods/pictures\">In pictures: the valley under water</a></li></ul>";

    private static final String ANALYSIS = "<h2>Analysis</h2>"
            + "<p>The flood defences built after the last great flood were meant to hold back a storm like this one,"
            + " but the engineers who designed them warned at the time that the money would not stretch far.</p>"
            + "<p>Residents now ask whether the council will find the funds to finish the walls before next"
            + " winter.</p>";

    /** The story's paragraphs with {@code box} set after the second, the third marked as where the story goes on. */
    private static String page(String box, boolean skipLink) {
        String[] paragraphs = ENGLISH_PROSE.strip().split("\n\n");
        StringBuilder html = new StringBuilder("<html><body><div class=story-body>");
        for (int i = 0; i < paragraphs.length; i++) {
            if (i == 2) {
                html.append("<div class=\"story-feature wide\">");
                if (skipLink) html.append("<a class=hidden href=\"#story_continues\">Continue reading</a>");
                html.append(box).append("</div>");
            }
            html.append(i == 2 ? "<p id=story_continues>" : "<p>").append(paragraphs[i].strip()).append("</p>");
        }
        return html.append("</div></body></html>").toString();
    }

    @Test
    void dropsAListBoxThePageLetsReadersSkip() throws RejectedFileException {
        String body = parse(page(TIMELINE, true), "a.html").body();
        assertFalse(body.contains("Earlier floods in the valley"), body);
        assertFalse(body.contains("forty homes were flooded"), body);
        assertTrue(body.contains("over the coming months."), body);
    }

    /** Paragraphs in a skippable box are written for the story (an analysis beside it): they stay. */
    @Test
    void keepsASkippableBoxWrittenInParagraphs() throws RejectedFileException {
        String body = parse(page(ANALYSIS, true), "a.html").body();
        assertTrue(body.contains("the money would not stretch far."), body);
        assertTrue(body.contains("over the coming months."), body);
    }

    /** Without the skip link the list is the story's own, as any list between its paragraphs is. */
    @Test
    void keepsAListBoxWithoutASkipLink() throws RejectedFileException {
        String body = parse(page(TIMELINE, false), "a.html").body();
        assertTrue(body.contains("forty homes were flooded"), body);
    }
}
