package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An article's own header (inside its article element) is read: its lede is the article's; its headline is the
 * title, not the body. The site's header, outside the article, is still chrome.
 */
class ArticleHeaderTest {

    private static final String LEDE = "Residents will vote next month on a plan to rebuild the old bridges, after a "
            + "year of debate in the council.";
    private static final String LONG_LEDE = LEDE + " Work on the first of them starts in spring and should end before "
            + "the winter floods.";

    @Test
    void keepsTheLedeOfTheArticlesHeaderButNotItsHeadline() throws RejectedFileException {
        String body = parse(page(), "a.html").body();
        assertTrue(body.startsWith(LEDE), body);
        assertFalse(body.contains("Bridges to be rebuilt"), body);
        assertFalse(body.contains("Subscribe to our city edition"), body);
    }

    /**
     * What the header names as its lead is the article's first paragraph, also when it is set as a subtitle heading
     * or marked as the page's description.
     */
    @Test
    void keepsTheLeadTheArticlesHeaderNamesAsAHeadingOrAsTheDescription() throws RejectedFileException {
        for (String lead : new String[] {"<div class=lead><h2>" + LONG_LEDE + "</h2></div>",
                "<p class=article-intro itemprop=description>" + LONG_LEDE + "</p>"}) {
            String body = parse(headedPage(lead), "a.html").body();
            assertTrue(body.startsWith(LONG_LEDE), lead + ": " + body);
        }
    }

    /** Unnamed, a heading or the description under the headline stays metadata. */
    @Test
    void leavesAnUnnamedHeadingOrDescriptionOfTheArticlesHeader() throws RejectedFileException {
        for (String lead : new String[] {"<h2>" + LONG_LEDE + "</h2>",
                "<p itemprop=description>" + LONG_LEDE + "</p>"}) {
            assertFalse(parse(headedPage(lead), "a.html").body().contains(LONG_LEDE), lead);
        }
    }

    /** A page whose article's header holds the headline in a wrapper of its own, then {@code lead}. */
    private static String headedPage(String lead) {
        StringBuilder sb = new StringBuilder("<html><head><title>Bridges to be rebuilt</title></head><body><article>"
                + "<header><div class=title><h1>Bridges to be rebuilt</h1></div>" + lead + "</header><div class=text>");
        for (String p : ENGLISH_PROSE.split("\n\n")) sb.append("<p>").append(p.strip()).append("</p>");
        return sb.append("</div></article></body></html>").toString();
    }

    private static String page() {
        StringBuilder sb = new StringBuilder("<html><body><header><a href=/>Home</a><p>Subscribe to our city edition "
                + "and get the news every morning, with all the stories of the week.</p></header><article><header>"
                + "<h1>Bridges to be rebuilt</h1><p>" + LEDE + "</p></header>");
        for (String p : ENGLISH_PROSE.split("\n\n")) sb.append("<p>").append(p.strip()).append("</p>");
        return sb.append("</article></body></html>").toString();
    }
}
