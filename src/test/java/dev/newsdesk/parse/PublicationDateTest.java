package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsdesk.parse.extract.Dates;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where pages put the publication date beyond the article meta tags: each place on a hand-written page. */
class PublicationDateTest {

    private static final String PROSE = "<p>The council met on Tuesday evening to vote on the budget for the coming"
            + " year, and the debate went on until well past midnight, as members argued over every line.</p>"
            + "<p>Residents who came to listen said they were tired of waiting for repairs that had been promised"
            + " for years, and several of them spoke during the public comment period.</p>";

    private static String publishedAt(String head, String body) throws Exception {
        String page = "<html><head><title>Council votes</title>" + head + "</head><body>" + body + "</body></html>";
        return new ArticleParser().parse(page.getBytes(StandardCharsets.UTF_8), "a.html").publishedAt();
    }

    @Test
    void readsDublinCoreTermsMeta() throws Exception {
        assertEquals("2021-03-04", publishedAt("<meta name=dcterms.created content=2021-03-04>", PROSE));
    }

    @Test
    void readsJsonLdOfATypeOtherThanArticle() throws Exception {
        assertEquals("2020-11-23T08:15:00+01:00", publishedAt("<script type=application/ld+json>{\"@type\":\"WebPage\","
                + "\"datePublished\":\"2020-11-23T08:15:00+01:00\"}</script>", PROSE));
    }

    @Test
    void prefersTheArticlesDateToAnotherObjectsInJsonLd() throws Exception {
        assertEquals("2020-11-20", publishedAt("<script type=application/ld+json>{\"@graph\":[{\"@type\":\"WebPage\","
                + "\"datePublished\":\"2019-01-01\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-11-20\"}]}"
                + "</script>", PROSE));
    }

    @Test
    void readsMicrodataInTheBodyBeforeAnyTimeElement() throws Exception {
        assertEquals("2018-05-06", publishedAt("", "<article><time datetime=2024-01-01>Updated</time>"
                + "<span itemprop=datePublished content=2018-05-06>6 May 2018</span>" + PROSE + "</article>"));
        assertEquals("2018-05-06", publishedAt("", "<article><span itemprop=\"datePublished\">6 May 2018</span>"
                + PROSE + "</article>"));
    }

    @Test
    void takesTheDayFromThePagesOwnAddressLast() throws Exception {
        assertEquals("2019-10-16", publishedAt("<link rel=canonical href=https://news.example/2019/10/16/council-votes/>",
                PROSE));
        assertNull(publishedAt("<link rel=canonical href=https://news.example/council-votes-2019>", PROSE));
    }

    @Test
    void readsTheDayOfAUrlPathInItsCommonShapes() {
        assertEquals("2019-10-16", Dates.fromUrl("https://a.example/news/2019/10/16/story"));
        assertEquals("2019-10-16", Dates.fromUrl("https://a.example/2019-10-16-story.html"));
        assertEquals("2019-10-16", Dates.fromUrl("https://a.example/20191016/story"));
        assertNull(Dates.fromUrl("https://a.example/2019/13/16/story"), "no 13th month");
        assertNull(Dates.fromUrl("https://2019.example/10/16"), "the host is not the path");
        assertNull(Dates.fromUrl("https://a.example/id/201910161234"), "a number, not a day");
    }
}
