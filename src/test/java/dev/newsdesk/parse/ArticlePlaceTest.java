package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Bodies written without {@code <p>} (lines between {@code <br>}s, a story in one table cell) weigh as paragraphs
 * do, and the article next to the page's headline or inside its one {@code <article>} wins over a larger block of
 * the page's own text (a promotion, a sidebar, a legal notice). Each page in {@code src/test/resources/pages}.
 */
class ArticlePlaceTest {

    /** The body of page {@code name} starts with {@code first}, holds {@code last} and none of {@code absent}. */
    private static void assertBody(String name, String first, String last, String... absent)
            throws IOException, RejectedFileException {
        assertBodyOf(page(name), name, first, last, absent);
    }

    private static String page(String name) throws IOException {
        try (InputStream in = ArticlePlaceTest.class.getResourceAsStream("/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@link #assertBody} for the page {@code html}, uploaded as {@code name}. */
    private static void assertBodyOf(String html, String name, String first, String last, String... absent)
            throws RejectedFileException {
        String body = ParserTestSupport.PARSER.parse(html.getBytes(StandardCharsets.UTF_8), name).body();
        assertTrue(body.startsWith(first), body);
        assertTrue(body.contains(last), body);
        for (String a : absent) assertFalse(body.contains(a), a + " in " + body);
    }

    @Test
    void prefersTheArticleElementUnderTheHeadlineOverALongerPromotion() throws Exception {
        assertBody("article-over-promo.html", "The old road bridge over the river was closed",
                "would not take any risks.", "latest issue", "travel to the mountains");
    }

    @Test
    void keepsABlogPostWrittenAsLinesAndNotTheSidebarBesideIt() throws Exception {
        assertBody("blog-br-post.html", "Six years after we planted it", "happy just to look at it.",
                "We started writing these notes", "property of their authors");
    }

    @Test
    void keepsAShortStoryUnderItsHeadlineAndNotTheLongerNoticeBesideIt() throws Exception {
        assertBody("story-over-legal.html", "The city library will stay open", "three thousand names.",
                "legal advice");
    }

    @Test
    void readsAStoryInOneTableCellWithoutTheMenuCellBesideIt() throws Exception {
        assertBody("table-cell-story.html", "Town hall reopens after two years of repairs",
                "since the hall was built.", "Weather", "newsletter");
    }

    @Test
    void readsAStoryOfStrongAndBreakLinesWithoutTheTeasersBesideIt() throws Exception {
        assertBody("strong-br-story.html", "More than forty thousand visitors",
                "asked visitors to come by train next year", "ferry", "quotas");
    }

    /** A page that marks many items as articles (replies in a thread) marks none as the article. */
    @Test
    void keepsTheLongestTextWhenTheShorterOnesAreEachMarkedAsAnArticle() throws Exception {
        assertBody("thread-of-articles.html", "The first frost came early",
                "whether the fruit trees took any damage.", "covered the beds with straw");
    }

    @Test
    void readsTheStoryBelowAPageHeaderThatHoldsOnlyItsHeadlineDateAndStandfirst() throws Exception {
        assertBody("headline-in-page-header.html", "The indie rock band that returned this summer",
                "long-awaited debut for the first time.", "All the highlights at a glance", "All articles");
    }

    /** Each section of the body in a box of its own, too deep under the headline for one box to stand next to it. */
    @Test
    void readsEverySectionOfABodyCutIntoBoxesDeepUnderTheHeadline() throws Exception {
        assertBody("sectioned-story.html", "When the first snow falls",
                "or he shares the blame for a fall.", "newsletter");
        assertBody("sectioned-story.html", "", "When the pavements turn into slides", "newsletter");
    }

    /** A sidebar's box reaches the headline only through the layout row that holds both columns. */
    @Test
    void readsTheTextUnderTheHeadlineAndNotALongerBoxInTheColumnBesideIt() throws Exception {
        assertBody("sidebar-beside-column.html", "The region lies in the north of Spain",
                "before it is sold.", "open from noon", "Tastings");
    }

    /** The first paragraphs each in a box of their own, the rest together in the article's text box below them. */
    @Test
    void keepsTheLeadParagraphsThatEachStandInABoxOfTheirOwn() throws Exception {
        assertBody("boxed-lead-paragraphs.html", "The ferry to the outer islands sailed again",
                "runs three times a day.", "Related stories", "Divers inspect", "Copyright");
    }

    /**
     * A donation appeal written as lines in a box named for text scores about as much as the article, whose
     * paragraphs stand a few levels under its named body: the one holding more prose is the article.
     */
    @Test
    void prefersTheStoryOverAnAppealThatScoresAboutAsMuch() throws Exception {
        assertBody("appeal-beside-story.html", "The river fell below its warning level",
                "in the church hall until then", "Give what you can", "Donate");
    }

    /** The excerpts after "Related posts", each in a box of its own, run longer than the story under the headline. */
    @Test
    void keepsAShortStoryUnderItsHeadlineAndNotTheLongerExcerptsAfterRelatedPosts() throws Exception {
        assertBody("short-story-over-related-posts.html", "The footbridge over the canal at Lock Lane",
                "a small ceremony with the mayor is planned for the weekend.", "harbour board", "bakery",
                "Related posts");
    }

    /** The same page whose headline sets curly quotes and an ellipsis where its title has straight ones and dots. */
    @Test
    void findsTheHeadlineItsTitleRepeatsInPlainerPunctuation() throws Exception {
        String html = page("short-story-over-related-posts.html")
                .replace("<title>Canal footbridge reopens", "<title>Canal footbridge \"reopens\"")
                .replace("on Monday - Town", "on Monday... - Town")
                .replace("<h1>Canal footbridge reopens on Monday",
                        "<h1>Canal footbridge \u201creopens\u201d on Monday\u2026");
        assertTrue(html.contains("Monday... - Town") && html.contains("Monday\u2026</h1>"), "the test's page changed");
        assertBodyOf(html, "a.html", "The footbridge over the canal at Lock Lane",
                "a small ceremony with the mayor is planned for the weekend.", "harbour board", "bakery",
                "Related posts");
    }
}
