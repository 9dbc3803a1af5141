package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.paragraphs;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A CMS names every box's inner wrapper alike ("content"), the article's and each sidebar box's: a box in the
 * sidebar column named so is no chunk of the article, however it scores; a chunk in a wrapper of no chrome name is.
 */
class SidebarChunkTest {

    private static final String PITCH = "Open licences for publications in research, teaching and study.";
    private static final String VISIT = "We visit universities and research institutes across the country, book us!";
    private static final String SECOND_PART = "Officials expect the second phase of the work to begin next spring, "
            + "once the winter weather has passed and the new contracts have been signed.";

    @Test
    void dropsTheSidebarBoxNamedLikeTheArticle() throws RejectedFileException {
        String body = parse(page("column sidebar"), "a.html").body();
        assertTrue(body.contains("repairs move forward"), body);
        assertFalse(body.contains(PITCH), body);
        assertFalse(body.contains(VISIT), body);
    }

    @Test
    void keepsABoxOfTheSameNameOutsideChrome() throws RejectedFileException {
        String body = parse(page("column second"), "a.html").body();
        assertTrue(body.contains(PITCH), body);
        assertTrue(body.contains(VISIT), body);
    }

    @Test
    void keepsTheArticleChunkBeyondAnAdvert() throws RejectedFileException {
        String html = "<html><body><div id=main><div class=column><div class=node><div class=content>"
                + paragraphs(ENGLISH_PROSE) + "</div><div class=advert>Advertisement</div><div class=content><p>"
                + SECOND_PART + "</p></div></div></div></div></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.contains(SECOND_PART), body);
    }

    /** An article beside a column named {@code columnName}: a box of two short lines, then teasers with blurbs. */
    private static String page(String columnName) {
        StringBuilder sb = new StringBuilder("<html><body><div id=main><div id=content class=column>"
                + "<h1>Council approves bridge repairs</h1><div class=node><div class=content>");
        sb.append(paragraphs(ENGLISH_PROSE)).append("</div></div></div>");
        sb.append("<div class=\"").append(columnName).append("\"><div class=block><div class=content><p>")
                .append(PITCH).append("</p><p>").append(VISIT).append("</p></div></div>");
        sb.append("<div class=block><div class=view>");
        for (int i = 1; i <= 4; i++) {
            sb.append("<div class=row><h4><a href=/story-").append(i).append(">Story number ").append(i)
                    .append("</a></h4><p>A short blurb about another story of the week, told in a sentence or two, ")
                    .append("with nothing in it that belongs to the article above.</p></div>");
        }
        return sb.append("</div></div></div></div></body></html>").toString();
    }
}
