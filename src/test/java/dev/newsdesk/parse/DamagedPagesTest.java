package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Format;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages that fooled the format sniffer or swallow themselves, and text with a stray NUL. */
class DamagedPagesTest {

    private static final String PROSE = "<p>The council met on Tuesday evening to vote on the budget for the coming"
            + " year, and the debate went on until well past midnight, as members argued over every line.</p>"
            + "<p>Residents who came to listen said they were tired of waiting for repairs that had been promised"
            + " for years, and several of them spoke during the public comment period.</p>";

    private final ArticleParser parser = new ArticleParser();

    private ArticleContent parse(String text, String name) throws Exception {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void readsAPageThatStartsWithACommentAndAScriptAsHtml() throws Exception {
        ArticleContent a = parse("<!-- saved from url=(0014)about:internet -->\n<script>var ads = [];</script>\n"
                + "<div class=page><h1>Council votes</h1>" + PROSE + "</div>", "page.txt");
        assertEquals(Format.HTML, a.format());
        assertTrue(a.body().startsWith("The council met"), a.body());
        assertTrue(!a.body().contains("var ads"), a.body());
    }

    @Test
    void readsAPageThatStartsWithAScriptLongerThanTheSniffedHeadAsHtml() throws Exception {
        String script = "<script type=\"text/javascript\">\n" + "var slot = 1;\n".repeat(800) + "</script>\n";
        ArticleContent a = parse(script + "<div class=page><h1>Council votes</h1>" + PROSE + "</div>", "page.html");
        assertEquals(Format.HTML, a.format());
        assertTrue(a.body().startsWith("The council met"), a.body());
    }

    @Test
    void readsAPageThatStartsWithACommentAndALongStyleSheetAsHtml() throws Exception {
        String style = "<!-- built 2008-06-03 -->\n<style>\n" + "td.nav { color: #003366; }\n".repeat(400)
                + "</style>\n";
        ArticleContent a = parse(style + "<table><tr><td>" + PROSE + "</td></tr></table>", "page.html");
        assertEquals(Format.HTML, a.format());
        assertTrue(a.body().startsWith("The council met"), a.body());
    }

    @Test
    void readsAPageWhoseTitleIsNeverClosed() throws Exception {
        ArticleContent a = parse("<html><head><title>Council votes\n</head><body>" + PROSE + "</body></html>",
                "page.html");
        assertTrue(a.body().startsWith("The council met"), a.body());
        assertEquals("Council votes", a.title());
    }

    @Test
    void readsAPageWithATextareaNeverClosed() throws Exception {
        ArticleContent a = parse("<html><body><form><textarea name=c></form>" + PROSE + "</body></html>",
                "page.html");
        assertTrue(a.body().startsWith("The council met"), a.body());
    }

    /** The box left open swallows only what follows it: the page's welcome line above it still reads as text. */
    @Test
    void readsTheStoryBelowASearchBoxLeftOpenInTheSidebar() throws Exception {
        ArticleContent a = parse("<html><head><title>Council votes on the budget</title></head><body><div class=top>"
                + "<p>Welcome to the Valley News, the independent voice of the valley since 1921, read by families in"
                + " every town along the river every week.</p></div><div class=side><form><textarea name=q></form>"
                + "</div><div class=story><h1>Council votes on the budget</h1>" + PROSE + "<p>The budget passed by"
                + " seven votes to four, and the mayor said the repairs would start in the spring.</p></div>"
                + "</body></html>", "page.html");
        assertTrue(a.body().startsWith("The council met"), a.body());
        assertTrue(!a.body().contains("Welcome to the Valley News"), a.body());
    }

    @Test
    void dropsAStrayNulInsteadOfRefusingTheText() throws Exception {
        ArticleContent a = parse("Council votes\n\nThe council met on Tuesday\u0000 evening to vote on the budget for"
                + " the coming year, and the debate went on until well past midnight.\n", "a.txt");
        assertTrue(a.body().contains("Tuesday evening"), a.body());
    }

    @Test
    void stillRefusesBinaryWithManyNuls() {
        byte[] bytes = "text\u0000\u0000\u0000 and more".getBytes(StandardCharsets.UTF_8);
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> parser.parse(bytes, "a.txt"));
        assertEquals(RejectedFileException.Reason.BINARY, e.reason());
    }
}
