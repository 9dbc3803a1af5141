package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages in shapes the development sets rarely hold, each written for the test: an English news page of 2009 laid
 * out as a table, a Russian story in one cell as {@code <br>}-separated text, a Polish short story over a long
 * comment section, a Bulgarian news page, a page whose markup is damaged (unclosed {@code <div>}s, a stray
 * {@code </body>} amid the story), a Greek Blogger post beside archive links and a blogroll, and a Russian and a
 * Greek dump (a long "read also" list and a legal notice; teasers above the headline). They are in
 * {@code src/test/resources/pages} and {@code src/test/resources/dumps}.
 */
class HandWrittenPagesTest {

    private static String text(String resource) throws IOException {
        try (InputStream in = HandWrittenPagesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static ArticleContent parse(String resource) throws Exception {
        return ParserTestSupport.parse(text(resource), resource.substring(resource.lastIndexOf('/') + 1));
    }

    @Test
    void leavesATablePagesHeaderLinesInTheStorysCellOutOfItsBody() throws Exception {
        // headline, byline, staff title, date and a printer-friendly link, a <BR> apart, above the first <P>
        ArticleContent a = parse("/pages/table-page-header-lines.html");
        assertTrue(a.body().startsWith("RIVERSIDE -- Residents of the low streets"), a.body());
        assertFalse(a.body().contains("Printer-friendly"), a.body());
        assertEquals("Flood waters recede as town begins cleanup", a.title());
        assertEquals(List.of("Tom Harlan"), a.authors());
        assertEquals("2009-03-23", a.publishedAt());
    }

    @Test
    void keepsALeadWrittenUnderTheHeadlineInTheSameLines() throws Exception {
        String page = text("/pages/table-page-header-lines.html");
        String header = page.substring(page.indexOf("<FONT FACE=\"Arial\" SIZE=2>By"), page.indexOf("<P>"));
        String lead = "Hundreds of families spent a week away from home as the river rose higher than in forty years.";
        String body = ParserTestSupport.parse(page.replace(header, lead), "page.html").body();
        assertTrue(body.contains(lead), body);
        assertTrue(body.endsWith("carry ruined belongings to the curb."), body);
    }

    @Test
    void readsPagesInOtherShapesAndLanguagesWhole() throws Exception {
        // the page, its title, the body's first and last words, its date
        String[][] pages = {
            {"/pages/russian-table-br-story.html", "В Приозерске открыли новый мост через реку",
                "В субботу в Приозерске", "прошёл праздничный концерт.", "2010-05-14"},
            {"/pages/polish-short-story-long-comments.html",
                "Nowa linia autobusowa połączy osiedla z dworcem",
                "Od października mieszkańcy", "o piątej rano.", "2013-09-17T08:15:00+02:00"},
            {"/pages/bulgarian-news.html", "Общината ще ремонтира пет училища през лятото",
                "Общината ще отдели", "разходите за отопление.", "2012-06-22"},
            {"/pages/damaged-stray-body-end.html", "Harbour festival draws record crowds",
                "More than twenty thousand visitors", "until midnight.", "2011-08-02"},
            {"/dumps/russian-read-also-legal.txt",
                "В Заречье открылась первая городская библиотека для детей",
                "В воскресенье в Заречье", "с одним из родителей.", "2014-04-12"},
            {"/dumps/greek-teasers-over-headline.txt",
                "Ξεκινά η ανακαίνιση του παλιού λιμανιού της Καλαμάτας",
                "Μετά από χρόνια αναμονής", "προβλεφθεί στη μελέτη.", "2015-06-03"}};
        for (String[] p : pages) {
            ArticleContent a = parse(p[0]);
            assertEquals(p[1], a.title(), p[0]);
            assertTrue(a.body().startsWith(p[2]), p[0] + ": " + a.body());
            assertTrue(a.body().endsWith(p[3]), p[0] + ": " + a.body());
            assertEquals(p[4], a.publishedAt(), p[0]);
        }
    }

    @Test
    void readsABloggerPostsBreakSeparatedParagraphsWithoutTheSidebar() throws Exception {
        ArticleContent a = parse("/pages/greek-blogger-post.html");
        assertTrue(a.body().startsWith("Το περασμένο Σαββατοκύριακο"), a.body());
        assertTrue(a.body().endsWith("θα ξαναπάμε την άνοιξη."), a.body());
        assertEquals(4, a.body().split("\n\n").length, a.body());
        assertEquals("2015-11-08T19:42:00+02:00", a.publishedAt());
        // the <h1> is the blog's name, the part of the <title> before its colon; the h3 below it is the post's
        assertEquals("Μια βόλτα στα χωριά του Πηλίου", a.title());
    }

    private static final String STORY = "<p>The council voted on Tuesday to close the old bridge for repairs that"
            + " will last until the spring, and the buses will take the long road round the lake.</p>"
            + "<p>Shop owners on both banks said they feared for their trade over the winter months.</p>";

    @Test
    void keepsANewsHeadlineH1ThoughTheSitesNameIsAHeading() throws Exception {
        // "Headline | Site": the site's name set as a heading on the masthead above the headline is not the title
        ArticleContent a = ParserTestSupport.parse("<html><head><title>Old bridge to close for repairs | Lakeside"
                + " Courier</title></head><body><header><h2>Lakeside Courier</h2></header><article>"
                + "<h1>Old bridge to close for repairs</h1>" + STORY + "</article></body></html>", "news.html");
        assertEquals("Old bridge to close for repairs", a.title());
    }

    @Test
    void keepsABlogsH1ThatIsThePostsTitle() throws Exception {
        ArticleContent a = ParserTestSupport.parse("<html><head><title>River Notes: Old bridge to close for repairs"
                + "</title></head><body><div id=\"header\"><p><a href=\"/\">River Notes</a></p></div>"
                + "<div class=\"post\"><h1>Old bridge to close for repairs</h1>" + STORY
                + "<h3>River Notes</h3></div></body></html>", "blog.html");
        assertEquals("Old bridge to close for repairs", a.title());
    }

    @Test
    void readsAWordPressPostUnderItsHeadingNotUnderTheBlogsLogo() throws Exception {
        // "Blog name » Blog Archive » Post title": the <h1> is the blog's name, its tagline under it, the post's
        // heading (the last part of the <title>) an h2 lower down
        ArticleContent a = ParserTestSupport.parse("<html><head><title>Notes from the Lake » Blog Archive » Old"
                + " bridge to close for repairs</title></head><body><div id=\"header\"><h1>"
                + "<a href=\"http://example.org/blog/\">Notes from the Lake</a></h1></div><div id=\"tagline\"><p>"
                + "Walks, boats and weather – notes from the lake for every season of the year!</p></div>"
                + "<div id=\"content\"><div class=\"post\"><h2>"
                + "<a href=\"/2013/08/old-bridge/\">Old bridge to close for repairs</a></h2>" + STORY
                + "</div></div></body></html>", "blog.html");
        assertEquals("Old bridge to close for repairs", a.title());
        assertTrue(a.body().startsWith("The council voted"), a.body());
    }

    @Test
    void keepsAHeadlineH1WhoseTitleEndsWithTheSitesName() throws Exception {
        // "Headline » Site": the site's name the <title> sets after the headline, a heading in the sidebar
        ArticleContent a = ParserTestSupport.parse("<html><head><title>Old bridge to close for repairs » River Notes"
                + "</title></head><body><div id=\"header\"><p><a href=\"/\">River Notes</a></p></div>"
                + "<div class=\"post\"><h1>Old bridge to close for repairs</h1>" + STORY
                + "</div><div class=\"sidebar\"><h3>River Notes</h3><p>Walks and boats.</p></div></body></html>",
                "blog.html");
        assertEquals("Old bridge to close for repairs", a.title());
        assertTrue(a.body().startsWith("The council voted"), a.body());
    }
}
