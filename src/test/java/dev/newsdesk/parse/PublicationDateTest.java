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

    @Test
    void readsTheNextMetaTagWhenTheFirstHoldsNoDateAReaderParses() throws Exception {
        assertEquals("2020-01-13T13:37:49+00:00", publishedAt("<meta name=date content=\"Mon Jan 13 13:37:49 UTC 2020\">"
                + "<meta name=sailthru.date content=2020-01-13T13:37:49+0000>", PROSE));
    }

    @Test
    void readsTheDatelineUnderTheHeadlineInTheParsersLanguages() throws Exception {
        for (String[] dateline : new String[][] {{"Published 3 March 2021", "2021-03-03"},
                {"3. März 2021, 10:15 Uhr", "2021-03-03"}, {"Publié le 3 mars 2021", "2021-03-03"},
                {"March 3, 2021 at 10:00 a.m. ET", "2021-03-03"}, {"3 de marzo de 2021", "2021-03-03"},
                {"03.03.2021 | 14:10", "2021-03-03"}, {"28.09.19", "2019-09-28"}}) {
            assertEquals(dateline[1], publishedAt("", "<div class=head><h1>Council votes</h1><p><span>" + dateline[0]
                    + "</span></p></div><article>" + PROSE + "</article>"), dateline[0]);
        }
    }

    @Test
    void readsADateInAnElementNamedForItOnAPageWithoutHeadline() throws Exception {
        assertEquals("2021-11-12", publishedAt("", "<div class=topline><span class=entry-date>12.11.2021</span></div>"
                + "<article>" + PROSE + "</article>"));
    }

    @Test
    void readsAnAbbrTitleAndATimeWhoseDatetimeIsNoDateByItsText() throws Exception {
        assertEquals("2017-07-23T17:06:45+00:00", publishedAt("", "<article><span>Published:</span> <abbr "
                + "class=published title=2017-07-23T17:06:45+0000>23. Juli 2017</abbr>" + PROSE + "</article>"));
        assertEquals("2023-11-01", publishedAt("", "<article><time datetime=\"01-11-2023 10:29\">1. November 2023 "
                + "10:29</time>" + PROSE + "</article>"));
    }

    @Test
    void takesNoDateFromCommentsRelatedStoriesOrThePageFooter() throws Exception {
        String far = PROSE.repeat(4);
        assertNull(publishedAt("", "<h1>Council votes</h1><article>" + far + "</article>"
                + "<div class=comments><p class=comment-date>4 March 2021</p><time datetime=2021-03-04>x</time></div>"
                + "<div class=related-posts><span class=date>2 March 2021</span></div>"
                + "<footer><p class=date>Stand: 01.01.2024</p></footer>"));
    }

    @Test
    void prefersThePublishedDateToAnUpdatedOne() throws Exception {
        assertEquals("2021-03-03", publishedAt("", "<h1>Council votes</h1><p>Updated 5 March 2021</p>"
                + "<p>Published 3 March 2021</p><article>" + PROSE + "</article>"));
        assertEquals("2021-03-03", publishedAt("", "<h1>Council votes</h1><time class=updated datetime=2021-03-05>"
                + "</time><time datetime=2021-03-03></time><article>" + PROSE + "</article>"));
    }

    @Test
    void aUtcInstantKeepsTheDayThePagePrints() throws Exception {
        String head = "<meta property=article:published_time content=2023-11-09T01:49:09Z>";
        String body = "<h1>Council votes</h1><div class=byline>November 8, 2023, 8:49 PM</div><article>" + PROSE
                + "</article>";
        assertEquals("2023-11-08", publishedAt(head, body));
        assertEquals("2023-11-09T01:49:09+01:00", publishedAt(head.replace("Z", "+01:00"), body),
                "an instant with its own offset is the page's day already");
    }
}
