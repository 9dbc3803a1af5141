package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sub-heading whose id spells its own words behind a chrome word (a table of contents' anchor) stays in the article;
 * a heading whose id's chrome word is its own ("Related stories") is still chrome, and a button-like box that only
 * holds a short label ("Show more") is dropped.
 */
class AnchorIdHeadingsTest {

    @ParameterizedTest
    @CsvSource({"nav_a_cheaper_way__0, A cheaper way to recycle", "toc-überblick, Überblick"})
    void keepsASubheadingWhoseIdSpellsItsWords(String id, String heading) throws RejectedFileException {
        assertTrue(parse(page("<h3 id=\"" + id + "\">" + heading + "</h3>"), "a.html").body().contains(heading));
    }

    @ParameterizedTest
    @CsvSource({"nav_related_stories, Related stories", "nav_main, Main menu"})
    void dropsAHeadingNamedAsChrome(String id, String heading) throws RejectedFileException {
        assertFalse(parse(page("<h3 id=\"" + id + "\">" + heading + "</h3>"), "a.html").body().contains(heading));
    }

    @Test
    void dropsAShortLabelOfABoxNamedAsAToggle() throws RejectedFileException {
        String body = parse(page("<div class=\"collapse-box__trigger\"><span>Show more</span></div>"), "a.html").body();
        assertFalse(body.contains("Show more"), body);
    }

    @Test
    void keepsTheHeadingOfAnAccordionToggle() throws RejectedFileException {
        String body = parse(page("<div class=\"accordion-toggle\"><h3>Fees</h3></div>"), "a.html").body();
        assertTrue(body.contains("Fees"), body);
    }

    /** An article whose prose is cut after its first paragraph by {@code box}. */
    private static String page(String box) {
        StringBuilder sb = new StringBuilder("<html><body><nav><a href=/>Home</a></nav><article>");
        sb.append("<h1>Plant reopens</h1>");
        String[] paragraphs = ENGLISH_PROSE.split("\n\n");
        for (int i = 0; i < paragraphs.length; i++) {
            if (i == 1) sb.append(box);
            sb.append("<p>").append(paragraphs[i].strip()).append("</p>");
        }
        return sb.append("</article></body></html>").toString();
    }
}
