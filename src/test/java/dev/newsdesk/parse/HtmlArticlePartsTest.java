package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import org.junit.jupiter.api.Test;

/** Parts of an article that pages set in unusual ways stay in the body of an HTML page. */
class HtmlArticlePartsTest {

    private static final String[] PROSE = ENGLISH_PROSE.split("\n\n");

    @Test
    void keepsAListSetWithLineBreaksAfterTheProse() throws Exception {
        String dates = "<p><strong>Tour dates:</strong><br>June 9 -- Riverside Arena, Springfield<br>"
                + "June 12 -- Harbour Pavilion, Lakeside<br>June 14 -- Central Hall, Hill Valley<br>"
                + "June 17 -- North Stadium, Riverton</p>";
        ArticleContent a = parse(article(PROSE[0], PROSE[1], PROSE[2]).replace("</article>", dates + "</article>"),
                "page.html");
        assertTrue(a.body().contains("June 17 -- North Stadium, Riverton"), a.body());
    }

    @Test
    void keepsARoundupWhoseSentencesAreMostlyLinks() throws Exception {
        String item = "<li><a href=/a>The state attorney general is now investigating the coworking company over "
                + "its recent layoffs</a>, and the company confirmed on Monday that it had been contacted.</li>";
        String links = "<li><a href=/b>Mayor announces plan for new city library</a></li>"
                + "<li><a href=/c>Five things to know about the storm season this year</a></li>";
        ArticleContent a = parse(article(PROSE[0], "<ul>" + item + "</ul>", PROSE[1], "<ul>" + links + "</ul>",
                PROSE[2]), "page.html");
        assertTrue(a.body().contains("the company confirmed on Monday"), a.body());
        assertFalse(a.body().contains("city library"), a.body());
    }

    /** An article element holding {@code paragraphs}, between a menu and a footer. */
    static String article(String... paragraphs) {
        StringBuilder html = new StringBuilder("<html><body><nav><a href=/>Home</a><a href=/news>News</a></nav>"
                + "<article><h1>Council approves bridge repairs</h1>");
        for (String p : paragraphs) html.append(p.startsWith("<") ? p : "<p>" + p + "</p>");
        return html.append("</article><footer>© 2026 The Daily Example</footer></body></html>").toString();
    }
}
