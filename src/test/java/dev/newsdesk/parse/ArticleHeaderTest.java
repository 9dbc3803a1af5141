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

    @Test
    void keepsTheLedeOfTheArticlesHeaderButNotItsHeadline() throws RejectedFileException {
        String body = parse(page(), "a.html").body();
        assertTrue(body.startsWith(LEDE), body);
        assertFalse(body.contains("Bridges to be rebuilt"), body);
        assertFalse(body.contains("Subscribe to our city edition"), body);
    }

    private static String page() {
        StringBuilder sb = new StringBuilder("<html><body><header><a href=/>Home</a><p>Subscribe to our city edition "
                + "and get the news every morning, with all the stories of the week.</p></header><article><header>"
                + "<h1>Bridges to be rebuilt</h1><p>" + LEDE + "</p></header>");
        for (String p : ENGLISH_PROSE.split("\n\n")) sb.append("<p>").append(p.strip()).append("</p>");
        return sb.append("</article></body></html>").toString();
    }
}
