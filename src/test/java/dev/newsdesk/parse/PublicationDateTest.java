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
    void takesTheDayFromTheAmpVersionsAddressWhenThePageNamesNoCanonicalOne() throws Exception {
        String amp = "<link rel=amphtml href=https://news.example/amp/2019/10/16/council-votes/>";
        assertEquals("2019-10-16", publishedAt(amp, PROSE));
        assertEquals("2019-10-15", publishedAt(amp + "<link rel=canonical href=https://news.example/2019/10/15/"
                + "council-votes/>", PROSE), "the canonical address first");
        assertNull(publishedAt("<link rel=amphtml href=/amp/2019/10/16/council-votes/>", PROSE),
                "a relative address resolves on nothing");
    }

    @Test
    void tellsALineLabelledForAnEventsDate() {
        assertEquals(true, Dates.namesEvent("Termin: 21.02.2020, 19 Uhr"));
        assertEquals(true, Dates.namesEvent("Date limite : 7 juin 2020"));
        assertEquals(false, Dates.namesEvent("Veröffentlicht: 21.02.2020"));
        assertEquals(false, Dates.namesEvent("Termine für 2020 stehen fest: 21.02.2020"), "a word that goes on");
        assertEquals(false, Dates.namesEvent(""));
    }

    @Test
    void readsADatelinesDateButNotAnEventsOrProses() {
        assertEquals("2020-02-21", Dates.datelineDate("Veröffentlicht: 21.02.2020"));
        assertNull(Dates.datelineDate("Termin: 21.02.2020, 19 Uhr"), "an event's date");
        assertNull(Dates.datelineDate("The council will meet again on 21 February 2020 to vote on the budget for the"
                + " coming year and on the repairs of the old school"), "a sentence");
        assertNull(Dates.datelineDate("\u200b"));
        assertNull(Dates.datelineDate(""));
    }

    @Test
    void readsTheDayOfAUrlPathInItsCommonShapes() {
        assertEquals("2019-10-16", Dates.fromUrl("https://a.example/news/2019/10/16/story"));
        assertEquals("2019-10-16", Dates.fromUrl("https://a.example/2019-10-16-story.html"));
        assertEquals("2019-10-16", Dates.fromUrl("https://a.example/20191016/story"));
        assertNull(Dates.fromUrl("https://a.example/2019/13/16/story"), "no 13th month");
        assertNull(Dates.fromUrl("https://2019.example/10/16"), "the host is not the path");
        assertNull(Dates.fromUrl("https://a.example/id/201910161234"), "a number, not a day");
        assertEquals("2021-10-29", Dates.fromUrl("https://a.example/news/29-10-2021"));
        assertEquals("2019-10-16", Dates.fromUrl("https://a.example/news/council-votes-20191016.html"));
        assertEquals("2019-10-16", Dates.fromUrl("https://a.example/news/council_20191016_2.html"));
        assertEquals("2019-06-07", Dates.fromUrl("https://a.example/2019/6/7/story"));
        assertEquals("2019-06-07", Dates.fromUrl("https://a.example/world/2019/jun/07/story"));
        assertNull(Dates.fromUrl("https://a.example/2019/news/07/story"), "a folder that is no month");
        assertNull(Dates.fromUrl("https://a.example/news/council-201910161"), "a longer number");
        assertNull(Dates.fromUrl("https://a.example/news/03-04-2021"), "March or April: the writer's custom");
        // a picture's address: the same, or the moment its file name opens with (no whole day or moment: none)
        String[][] files = {{"https://img.example/2016/05/04/lead.png", "2016-05-04"},
                {"https://img.example/images/large/20201007120909561.jpg", "2020-10-07"},
                {"https://img.example/p/20201007120909_b.jpg?w=600", "2020-10-07"},
                {"https://img.example/2016/05/lead.png", null}, {"https://img.example/id/2020100712.jpg", null},
                {"https://img.example/20201007129909561.jpg", null},
                {"https://img.example/20201007120909561/lead.jpg", null}};
        for (String[] file : files) assertEquals(file[1], Dates.fromFileUrl(file[0]), file[0]);
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
    void takesNoDateFromCommentsRelatedStoriesOrThePageFooterButFromTheArticlesFooter() throws Exception {
        String far = PROSE.repeat(4);
        assertNull(publishedAt("", "<h1>Council votes</h1><article>" + far + "</article>"
                + "<div class=comments><p class=comment-date>4 March 2021</p><time datetime=2021-03-04>x</time></div>"
                + "<div class=related-posts><span class=date>2 March 2021</span></div>"
                + "<footer><p class=date>Stand: 01.01.2024</p></footer>"));
        assertEquals("2022-01-21", publishedAt("", "<h1>Council votes</h1><div class=article>" + far
                + "<div class=footer><span class=news-date><time itemprop=datePublished datetime=2022-01-21>21.01.2022"
                + "</time></span></div></div>"), "a footer inside the article is its own");
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
    }

    @Test
    void aDayOrAnInstantNearMidnightTakesTheDayOfTheDatelineByTheHeadline() throws Exception {
        String body = "<h1>Council votes</h1><p class=meta>Berlin, 28.10.2021</p><article>" + PROSE + "</article>";
        String evening = "<meta property=article:published_time content=2021-10-27T20:35:36+01:00>";
        assertEquals("2021-10-28", publishedAt(evening, body), "written in the evening, shown the next morning");
        assertEquals("2021-10-28", publishedAt(evening.replace("T20:35:36+01:00", ""), body), "a day alone");
        assertEquals("2021-10-28", publishedAt("", "<h1>Council votes</h1><time datetime=2021-10-27T20:35:36+01:00>"
                + "</time><p class=meta>Berlin, 28.10.2021</p><article>" + PROSE + "</article>"), "a marked instant too");
        String afternoon = evening.replace("T20:35", "T14:35");
        assertEquals("2021-10-27T14:35:36+01:00", publishedAt(afternoon, body), "far from midnight: the instant's day");
        assertEquals("2021-10-27T20:35:36+01:00", publishedAt(evening, "<h1>Council votes</h1><article>" + PROSE
                + PROSE + "</article><div class=date>28.10.2021</div>"), "a date elsewhere is no dateline by the headline");
        assertEquals("2021-10-27T20:35:36+01:00", publishedAt(evening, body.replace("28.10", "29.10")),
                "two days apart: another date");
    }

    @Test
    void aDateWhoseNameSaysNothingYieldsToEveryPublishedDate() throws Exception {
        String jsonLd = "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2023-11-09T03:02:34-05:00\"}</script>";
        assertEquals("2023-11-09T03:02:34-05:00", publishedAt("<meta name=dc.date content=2023-11-08>" + jsonLd, PROSE),
                "the JSON-LD article's published date before a Dublin Core date");
        assertEquals("2022-01-27", publishedAt("<meta name=date content=2022-01-21T15:38:44+01:00>",
                "<h1>Council votes</h1><article>" + PROSE + "<time itemprop=datePublished datetime=2022-01-27>"
                        + "27.01.2022</time></article>"), "the body's marked published date before a plain date");
        assertEquals("2022-01-21T15:38:44+01:00", publishedAt("<meta name=date content=2022-01-21T15:38:44+01:00>",
                "<article>" + PROSE + "</article>"), "alone, a plain date is the page's date");
    }

    @Test
    void aModifiedDateNeverStandsForThePublication() throws Exception {
        String modified = "<meta property=article:modified_time content=2021-12-20T10:02:44Z>"
                + "<meta name=date content=2021-12-20T11:02:44+01:00>";
        assertNull(publishedAt(modified, PROSE), "a plain date that is the last change's");
        assertEquals("2021-11-29T14:13:37+00:00", publishedAt("<meta property=article:published_time "
                + "content=2021-11-29T14:13:37+00:00><meta property=article:modified_time content=2022-01-12T14:27:30Z>"
                + "<meta property=og:updated_time content=2022-01-12T14:27:30Z>", PROSE));
        assertEquals("2017-08-21T13:09:00+00:00", publishedAt("<script type=application/ld+json>{\"@type\":"
                + "\"Article\",\"dateModified\":\"2019-04-03T08:04:01Z\",\"datePublished\":\"2017-08-21T13:09:00Z\"}"
                + "</script>", PROSE));
    }

    @Test
    void theDayOfTheLastChangePrintedAsTheDatelineIsThePagesDay() throws Exception {
        String head = "<meta property=article:published_time content=2021-11-29T14:13:37+01:00>"
                + "<meta property=article:modified_time content=2022-01-12T14:27:30+01:00>";
        String body = "<h1>Council votes</h1><div class=meta>12. Januar 2022</div><article>" + PROSE + "</article>";
        assertEquals("2022-01-12", publishedAt(head, body), "the site shows the article as of its last change");
        assertEquals("2021-11-29T14:13:37+01:00", publishedAt(head, body.replace("12. Januar", "14. Januar")),
                "a day printed that is neither the head's publication nor its change: the head's");
        assertEquals("2021-11-29T14:13:37+01:00", publishedAt(head, body.replace("12. Januar",
                "Veröffentlicht 29. November 2021, aktualisiert 12. Januar")), "a change printed as a change");
        assertEquals("2021-11-29T14:13:37+01:00", publishedAt(head, "<h1>Council votes</h1><article>" + PROSE
                + "</article>"), "nothing printed");
    }

    @Test
    void theDayOfTheLastChangeIsNoRepublicationWhenTheBodyMarksUpAnEarlierPublication() throws Exception {
        String head = "<meta property=article:published_time content=2017-04-12T10:33:59+02:00>"
                + "<meta property=article:modified_time content=2020-02-19T15:24:33+01:00>";
        assertEquals("2017-04-12T10:33:59+02:00", publishedAt(head, "<h1>Council votes</h1><div class=meta>"
                + "19 février 2020</div><meta itemprop=dateCreated content=2017-04-11><article>" + PROSE
                + "</article>"));
    }

    @Test
    void aDatelineByItsPlaceBeatsAShortLineAboveTheTextThatSpeaksOfADate() throws Exception {
        assertEquals("2015-08-25", publishedAt("", "<table><tr><td class=itemHeader>Council votes</td></tr>"
                + "<tr><td class=itemInfo><span class=itemPostDate>am 25.08.2015 22:30</span></td></tr>"
                + "<tr><td class=itemBody><p>The new mayor takes office on 1.9.2015</p>" + PROSE + "</td></tr></table>"));
    }

    @Test
    void onAPageWithoutHeadlineReadsTheDatelineJustAboveTheFirstParagraph() throws Exception {
        String page = "<table><tr><td><b>Council votes</b></td></tr><tr><td><font>City News ( 2012-06-04 09:20:26 )"
                + "</font> <font>Source: City Daily</font></td></tr><tr><td>" + PROSE + "</td></tr></table>";
        assertEquals("2012-06-04", publishedAt("", page));
        assertEquals("2012-06-04", publishedAt("", page.replace("2012-06-04 09:20:26", "4. Juni 2012")));
        String farAbove = "<p>Menu</p><p>Home</p><p>News</p><p>Sport</p><p>Weather</p><p>Contact</p><p>About</p>";
        assertNull(publishedAt("", page.replace("<tr><td>" + PROSE, "<tr><td>" + farAbove + PROSE)),
                "a date further up is the page's furniture's");
        assertNull(publishedAt("", page.replace("2012-06-04 09:20:26", "Week of 14.-20. Juni 2012")),
                "a range of days is an event's or a period's");
    }

    @Test
    void aPicturesDateInJsonLdIsNotTheArticles() throws Exception {
        assertEquals("2023-11-07T07:30:00+01:00", publishedAt("<meta name=DC.Date content=2023-11-07T07:30+01:00>"
                + "<script type=application/ld+json>{\"@type\":\"ImageObject\",\"datePublished\":\"2023-11-06\"}"
                + "</script>", PROSE));
    }

    @Test
    void readsMetaTagsTheHtmlParserMovedIntoTheBody() throws Exception {
        // text in the head ends it: the meta tags after it land in the body
        assertEquals("2020-01-13T13:37:49+00:00", publishedAt("<meta name=description content=x>stray text"
                + "<meta property=og:article:published_time content=2020-01-13T13:37:49+0000>", PROSE));
    }

    @Test
    void aDateInTheHeadlineIsItsSubjectNotItsDateline() throws Exception {
        assertEquals("2007-05-20", publishedAt("<link rel=canonical href=https://club.example/2007/05/20/results/>",
                "<h1>Results of the regional meet, 19.5.2007</h1><article>" + PROSE + "</article>"));
    }

    @Test
    void anEmbeddedPostsTimeIsNotTheArticles() throws Exception {
        assertNull(publishedAt("", "<h1>Council votes</h1><article>" + PROSE + "<blockquote class=embedded-post>"
                + "<p>A post <time datetime=2018-03-12T19:30:12+00:00>Mar 12, 2018</time></p></blockquote></article>"));
    }

    @Test
    void readsThePublishedPartOfALineThatAlsoSaysUpdated() throws Exception {
        assertEquals("2020-01-19", publishedAt("", "<h1>Council votes</h1><div class=header-date>January 19, 2020 / "
                + "12:25 PM / Updated 8 hours ago</div><article>" + PROSE + "</article>"));
    }

    /** The publication date of a page with {@code line} under its headline, over the article. */
    private static String underTheHeadline(String line) throws Exception {
        return underTheHeadline("", line);
    }

    /** The same with {@code head} in the page's head. */
    private static String underTheHeadline(String head, String line) throws Exception {
        return publishedAt(head, "<h1>Council votes</h1>" + line + "<article>" + PROSE + "</article>");
    }

    @Test
    void takesTheDayOfTheLastChangeWhenThePagePrintsNothingElse() throws Exception {
        assertEquals("2020-01-21", underTheHeadline("<div class=header-date>Updated January 21, 2020</div>"));
        assertEquals("2022-02-04", underTheHeadline("<p>zuletzt bearbeitet: 04.02.2022, 08:27 Uhr</p>"));
        assertEquals("2020-06-07", underTheHeadline("<p>Mis à jour le 7 juin 2020 à 9h30</p>"));
        assertEquals("2020-04-16", underTheHeadline("<div class=byline>Updated Thu, 16 Apr 2020 01:00 AM IST</div>"));
        assertEquals("2020-06-07", underTheHeadline("<p>Обновлено 7 июня 2020</p>"), "a change's word in Russian");
    }

    @Test
    void anyDayOfThePublicationComesBeforeTheLastChange() throws Exception {
        String updated = "<h1>Council votes</h1><p>Updated 21 January 2020</p><article>" + PROSE + "</article>";
        assertEquals("2019-10-16", publishedAt("<link rel=canonical href=https://news.example/2019/10/16/council-votes/>",
                updated), "the day the address files it under");
        assertEquals("2019-10-16", publishedAt("<meta property=article:published_time content=2019-10-16>", updated));
        assertEquals("2019-10-16", underTheHeadline("<p>Published 16 October 2019</p><p>Updated 21 January 2020</p>"));
    }

    private static final String RECORDED_CHANGE = "<script type=application/ld+json>{\"@type\":\"Article\","
            + "\"datePublished\":\"2019-10-15T16:59:59Z\",\"dateModified\":\"2020-03-12T14:42:17Z\"}</script>";

    @Test
    void aPageThatShowsOnlyTheChangeItsDataRecordIsDatedByThatChange() throws Exception {
        assertEquals("2020-03-12", underTheHeadline(RECORDED_CHANGE, "<div class=byline>Updated Mar 12, 2020</div>"));
    }

    private static final String MARKED_UP = "<meta itemprop=dateCreated content=2004-01-01>"
            + "<meta itemprop=dateModified content=2019-06-13>";

    @Test
    void aChangeMarkedUpInTheBodyIsRecordedAsMuchAsOneInTheHead() throws Exception {
        assertEquals("2019-06-13", underTheHeadline("<div class=date>Updated June 13, 2019</div>" + MARKED_UP));
    }

    @Test
    void withNoChangeRecordedTheMarkedUpPublicationStays() throws Exception {
        assertEquals("2004-01-01", underTheHeadline("<div class=date>Updated June 13, 2019</div>"
                + MARKED_UP.replace("dateModified", "description")));
    }

    @Test
    void aChangeShownBesideThePublicationLeavesThePublication() throws Exception {
        assertEquals("2019-10-15T16:59:59+00:00", underTheHeadline(RECORDED_CHANGE, "<p>Updated Mar 12, 2020</p>"
                + "<p>Published Oct 15, 2019</p>"));
    }

    @Test
    void aChangeShownBeforeThePublicationTheDataRecordIsNoRevision() throws Exception {
        assertEquals("2019-10-15T16:59:59+00:00", underTheHeadline(RECORDED_CHANGE, "<p>Updated Mar 12, 2018</p>"));
    }

    @Test
    void theArticlesOwnDateWinsOverAPageFullOfOthers() throws Exception {
        String page = "<div class=top-nav>Monday, 7 December 2020</div><h1>Council votes</h1>%s<article>" + PROSE
                + "</article><section class=related><h2>More stories</h2><ul><li><a href=/b><h3>Storm closes the "
                + "harbour</h3></a><time datetime=2020-12-01>1 December 2020</time></li><li><a href=/c><h3>School "
                + "reopens after repairs</h3></a><time datetime=2020-11-30>30 November 2020</time></li></ul></section>"
                + "<div id=comments><div class=comment><p>Posted 8 June 2020</p><p>Edited 9 June 2020</p></div></div>"
                + "<div class=widget><h3>Archive</h3><ul><li>June 2020 (5)</li><li>May 2020 (3)</li></ul></div>"
                + "<footer>© 2020 · Last updated 1 December 2020</footer>";
        assertEquals("2020-06-07", publishedAt("", String.format(page, "<p class=byline>7 June 2020</p>")));
        assertEquals("2020-06-10", publishedAt("", String.format(page, "<p>Updated 10 June 2020</p>")),
                "the article's change before the page's");
        assertEquals("2020-06-10", publishedAt("", String.format(page, "<p>Обновлено 10 июня 2020</p>")));
        assertEquals("2020-12-01", publishedAt("", String.format(page, "")), "else the footer's change");
    }

    @Test
    void proseAboutAChangeDatesNothing() throws Exception {
        assertNull(underTheHeadline("<p>The rules were updated on 21 January 2020, after the council had voted twice on"
                + " the plan and heard the residents</p>"));
        assertNull(underTheHeadline("<p>Updated\u200b</p>"), "invisible");
        assertNull(underTheHeadline("<p>Updated " + "9 ".repeat(5000) + "</p>"), "huge");
    }

    @Test
    void readsALongLineThatSaysTheArticleWasPublished() throws Exception {
        assertEquals("2011-12-03", publishedAt("", "<h1>Council votes</h1><article>" + PROSE + "<p class=postmetadata>"
                + "Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:15 Uhr veröffentlicht und unter Allgemein"
                + " abgelegt. Du kannst die Antworten über den Feed verfolgen.</p></article>"));
    }

    @Test
    void readsYearFirstDatesAndTheirCjkForms() throws Exception {
        for (String[] printed : new String[][] {{"2023.11.02. 오후 8:06", "2023-11-02"}, {"2023/11/02", "2023-11-02"},
                {"2020年7月12日", "2020-07-12"}, {"2023년 11월 2일", "2023-11-02"}}) {
            assertEquals(printed[1], publishedAt("", "<h1>Council votes</h1><div><span class=datestamp>" + printed[0]
                    + "</span></div><article>" + PROSE + "</article>"), printed[0]);
        }
        assertNull(Dates.find("2023.11.02"), "only where a date is expected");
        assertNull(Dates.findPrinted("Results (2020/7/11-12)"), "a range of days is an event's");
    }

    @Test
    void aBlogsWidgetHoldingItsEntryIsNotASidebar() throws Exception {
        assertEquals("2013-10-05", publishedAt("", "<div class=\"widget Blog\"><h2 class=date-header>Samstag, "
                + "5. Oktober 2013</h2><div class=\"post hentry\"><h3>Council votes</h3>" + PROSE + "</div></div>"));
    }

    @Test
    void aUtcInstantTakesTheDayThePagesAddressNames() throws Exception {
        assertEquals("2023-11-08", publishedAt("<link rel=canonical href=https://news.example/2023/11/08/story/>"
                + "<meta property=article:published_time content=2023-11-09T01:49:09Z>", PROSE));
    }

    @Test
    void readsThePlaceAndDateThatOpenTheStory() throws Exception {
        for (String opening : new String[] {"Karlsruhe, (12.11.2021). Traditionell", "BAD KROZINGEN (12. November 2021)"
                + " – Traditionell", "Karlsruhe, 12.11.2021. Traditionell"}) {
            assertEquals("2021-11-12", publishedAt("", "<h1>Council votes</h1><article><p>" + opening + " gedenken die "
                    + "Gemeinden am letzten Sonntag des Kirchenjahres ihrer Verstorbenen, und in diesem Jahr laden sie "
                    + "dazu auch im Netz ein, am Sonntag, dem 21. November 2021, um 18 Uhr.</p>" + PROSE
                    + "</article>"),
                    opening);
        }
        assertNull(publishedAt("", "<h1>Council votes</h1><article><p>Die Gemeinden gedenken am 21. November 2021 "
                + "ihrer Verstorbenen, und in diesem Jahr laden sie dazu auch im Netz ein, mit Andachten und mehr.</p>"
                + PROSE + "</article>"), "a date inside the prose is what it speaks of");
    }

    @Test
    void readsABlogsEntriesInAWidgetUnderTheBlogsNameInAnH1() throws Exception {
        assertEquals("2020-04-28T21:11:00+02:00", publishedAt("", "<h1>My little blog</h1><div class=\"widget Blog\">"
                + "<div class=hentry><h3>Council votes</h3><abbr class=published title=2020-04-28T21:11:00+02:00>21:11"
                + "</abbr>" + PROSE + "</div></div>"));
        assertNull(publishedAt("", "<h1>Council votes</h1>" + PROSE + "<div class=\"widget recent\"><ul><li>"
                + "<abbr class=published title=2019-01-01T10:00:00+02:00>Jan 1</abbr> Older post</li></ul></div>"));
    }

    @Test
    void readsADateInAnInlineScriptsDataWhenThePageDatesItNowhereElse() throws Exception {
        assertEquals("2019-03-02T06:22:28+01:00", publishedAt("<script>var meta = {\"product\": {\"title\": \"Council"
                + " votes\", \"published_at\": \"2019-03-02T06:22:28+01:00\"}};</script>", PROSE));
        assertEquals("2020-05-01", publishedAt("", PROSE + "<script>dataLayer.push({pubDate: '2020-05-01', "
                + "section: 'news'});</script>"));
        assertEquals("2021-06-01", publishedAt("<meta property=article:published_time content=2021-06-01>"
                + "<script>window.state = {\"firstPublished\": \"2020-01-01\"};</script>", PROSE), "the head's first");
        assertEquals("2019-07-30", publishedAt("<script>var layer = {\"first-publication\": \"2019-07-30 09:35\"};"
                + "</script>", PROSE), "a key with dashes");
        assertEquals("2019-07-30", publishedAt("<script>var page = {\"article\": {\"publishedFirst\": "
                + "\"30.07.2019 09:35\"}};</script>", PROSE));
        assertNull(publishedAt("<script>var page = {\"created\": \"2020-01-01\", \"id\": 20200101};</script>",
                PROSE), "a key that names no publication");
        assertNull(publishedAt("<script type=application/ld+json>{\"@type\":\"VideoObject\","
                + "\"datePublished\":\"2020-01-01\"}</script>", PROSE), "JSON-LD objects are read by their type");
    }

    @Test
    void readsAMetaLineNamedAsATeaserUnderTheHeadline() throws Exception {
        assertEquals("2020-04-21", publishedAt("", "<h1>Council votes</h1><div class=\"teaser-small__metadata\">"
                + "<p>By <a href=/authors/jane>Jane Doe</a> on 21 April 2020</p></div>" + PROSE));
        assertEquals("2023-11-07", publishedAt("", "<div class=teaser_text_meta><a href=/authors/jane>Jane Doe</a> / "
                + "07.11.2023 / 09:30</div><h2>Council votes</h2>" + PROSE), "a page without an h1");
        assertNull(publishedAt("", "<h1>Council votes</h1>" + PROSE + PROSE + "<div class=teaser><div class="
                + "teaser__meta><a href=/other>Other story</a> 03.01.2019</div></div>"), "a teaser further down");
    }

    @Test
    void readsADateSplitAcrossTheChildrenOfAnElementNamedForIt() throws Exception {
        assertEquals("2018-05-06", publishedAt("", "<h3>Council votes</h3><p class=copyright><span class=date>Mai"
                + "<span>06</span>2018</span></p>" + PROSE));
        assertEquals("2018-05-06", publishedAt("", "<h1>Council votes</h1><div class=post-date><span class=day>6"
                + "</span> <span class=month>May</span> <span class=year>2018</span></div>" + PROSE));
        assertNull(publishedAt("", "<h1>Council votes</h1><div class=meta><span>6</span> comments, <span>2018</span>"
                + " views</div>" + PROSE));
        assertEquals("2018-05-06", publishedAt("", "<h1>Council votes</h1><div class=x><p><b>6</b> <i>May</i> <b>2018"
                + "</b></p></div>" + PROSE), "unnamed, but under the headline");
        assertNull(publishedAt("", "<h1>Council votes</h1>" + PROSE + PROSE + "<div class=x><p><b>6</b> <i>May</i> "
                + "<b>2018</b></p></div>"), "unnamed and far from the headline");
    }

    @Test
    void readsTheDatelineOfAPageWrappedInAForm() throws Exception {
        assertEquals("2016-08-15", publishedAt("", "<form id=aspnetForm method=post><article><p class=date>15 August "
                + "2016, 13:43</p><h1>Council votes</h1>" + PROSE + "</article></form>"));
        assertNull(publishedAt("", "<h1>Council votes</h1>" + PROSE + "<form><h3>Reply</h3><p class=date>15 August "
                + "2016</p><textarea></textarea></form>"), "a form of the page's own");
    }

    @Test
    void skipsMenusAndAHeadlineNamedForOne() throws Exception {
        assertEquals("2014-01-13", publishedAt("", "<h1>My little blog</h1><ul class=menu><li class=menu-item>"
                + "<a href=/may-day/>12. Mai 2012</a></li></ul><h2>Council votes</h2><span class=entry-date>13. Januar "
                + "2014</span>" + PROSE));
        assertEquals("2020-07-05", publishedAt("", "<h1 class=menu-toggle>Menu</h1><h1 class=post-title>Council votes"
                + "</h1><p>5 July 2020</p>" + PROSE));
    }

    @Test
    void aDateLabelledAsPublishedBeatsAHeadDateThatMayBeTheLastChanges() throws Exception {
        String head = "<meta name=date content=2021-10-15>";
        String box = "<div class=box><span>Erschienen am:</span><h2> 13.10.2021 </h2><h4>Zuletzt geändert am:</h4>"
                + "<ul><li>15.10.2021</li></ul></div>";
        assertEquals("2021-10-13", publishedAt(head, "<h1>Council votes</h1>" + PROSE + PROSE + box));
        assertEquals("2021-10-15", publishedAt(head, "<h1>Council votes</h1>" + PROSE + PROSE
                + box.replace("Erschienen am:", "Herausgeber:")), "no label: the head's date");
    }

    @Test
    void aDateBoxFarBelowTheHeadlineDoesNotReplaceTheDatelineUnderIt() throws Exception {
        String later = "<div class=post-date>1 May 2019</div><ul><li>12 comments</li><li>3 shares</li></ul>";
        assertEquals("2020-06-07", publishedAt("", "<h1>Council votes</h1><p>7 June 2020</p>" + PROSE + later));
        assertEquals("2019-05-01", publishedAt("", "<h1>Council votes</h1>" + PROSE + later),
                "no dateline under the headline: the element named for the date");
    }

    @Test
    void aLabelledDateFarBelowTheHeadlineIsReadAfterTheDatelineIsFound() throws Exception {
        assertEquals("2020-06-03", publishedAt("", "<h1>Council votes</h1><p>7 June 2020</p>" + PROSE + PROSE
                + "<p><span>Published on:</span> <span>3 June 2020</span></p>"));
    }

    @Test
    void theDayANavigationBandPrintsIsTheDayThePageWasServed() throws Exception {
        assertEquals("2023-10-31", publishedAt("", "<header><div id=navwrap><div class=navtop><time datetime="
                + "2023-11-01T13:56:20+01:00>Mittwoch, 01. November 2023</time></div></div></header><div class=intro>"
                + "<p class=text_title>Council votes</p><p><span class=text_date>31. Oktober 2023.</span></p></div>"
                + PROSE));
    }

    @Test
    void readsMorePublishedMetaNames() throws Exception {
        assertEquals("2021-03-08T11:15:28+00:00", publishedAt("<meta property=og:pubdate content=2021-03-08T11:15:28Z>",
                PROSE));
        assertEquals("2020-02-03T10:00:00+01:00", publishedAt("<meta name=cXenseParse:recs:publishtime "
                + "content=2020-02-03T10:00:00+01:00>", PROSE));
    }

    @Test
    void readsTheDateOfThePagesOwnTeaserWhenNothingElseDatesIt() throws Exception {
        String head = "<link rel=canonical href=https://blog.example/posts/council-votes/>";
        String far = PROSE.repeat(4); // the teasers stand far from the headline, as a sidebar's do
        String recent = "<ul class=recent><li><a href=/posts/council-votes>Council votes</a> <span>26/10/2018</span>"
                + "</li><li><a href=/posts/budget>Budget</a> <span>20/10/2018</span></li></ul>";
        assertEquals("2018-10-26", publishedAt(head, "<h1>Council votes</h1>" + far + recent));
        assertEquals("2018-10-26", publishedAt(head, "<h1>Council votes</h1>" + far + "<a href=https://www."
                + "blog.example/posts/council-votes><div class=card><div class=authored>26.10.2018</div><h2>Council"
                + " votes</h2></div></a>"), "a teaser wrapped in its link");
        assertNull(publishedAt(head, "<h1>Council votes</h1>" + far + recent.replace("/posts/council-votes",
                "/posts/other")), "another story's teaser");
        assertNull(publishedAt(head, "<h1>Council votes</h1>" + far + "<div><a href=/posts/council-votes>Council"
                + " votes</a> <a href=/posts/budget>Budget</a> <span>26/10/2018</span></div>"),
                "a list of several stories: whose date is it?");
        assertNull(publishedAt(head, "<h1>Council votes</h1>" + far + "<p><a href=/posts/council-votes#comments>"
                + "2 comments</a> <span>26/10/2018</span></p>"), "an anchor in the page is no teaser");
        assertNull(publishedAt(head, "<h1>Council votes</h1>" + far + "<ul><li><a href=/posts/council-votes>"
                + "<h3>Results of 26.10.2018</h3></a></li></ul>"), "a date in a headline is its subject");
        assertNull(publishedAt(head, "<h1>Council votes</h1>" + far + "<ul><li><h3><a href=/posts/council-votes>"
                + "Results of 26.10.2018</a></h3></li></ul>"), "the same, the link inside the headline");
        assertNull(publishedAt("<link rel=canonical href=https://blog.example/>", "<h1>Council votes</h1>" + far
                + "<div><a href=/>Blog</a> <span>26/10/2018</span></div>"), "a home page's logo beside today's date");
        assertEquals("2018-10-27", publishedAt(head, "<h1>Council votes</h1><p class=date>27.10.2018</p>" + far
                + recent), "the page's own dateline first");
    }

    @Test
    void aPageWithoutCanonicalAddressFindsItsOwnTeaserByTheLinkMarkedCurrent() throws Exception {
        String far = PROSE.repeat(4);
        String recent = "<ul class=recent><li><a href=https://blog.example/posts/council-votes/ aria-current=page>"
                + "Council votes</a> <span>26 October 2018</span></li><li><a href=https://blog.example"
                + "/posts/budget/>Budget</a> <span>20 October 2018</span></li></ul>";
        assertEquals("2018-10-26", publishedAt("", "<h1>Council votes</h1>" + far + recent));
        assertNull(publishedAt("", "<h1>Council votes</h1>" + far + recent.replace(" aria-current=page", "")),
                "no link says which is the page's");
        assertNull(publishedAt("", "<ul class=menu><li><a href=https://blog.example/ aria-current=page>Home</a> "
                + "<span>26 October 2018</span></li></ul><h1>Council votes</h1>" + far), "the home page's menu item");
    }

    @Test
    void aPageThatNamesItselfByAPathAloneFindsItsOwnTeaserByThatPath() throws Exception {
        String far = PROSE.repeat(4);
        String recent = "<ul class=recent><li><a href=/news/council-votes-1234>Council votes</a> <span>26. Oktober "
                + "2018</span></li><li><a href=/news/budget-1200>Budget</a> <span>20. Oktober 2018</span></li></ul>";
        assertEquals("2018-10-26", publishedAt("<meta property=og:url content=/news/council-votes-1234>",
                "<h1>Council votes</h1>" + far + recent));
        assertEquals("2018-10-26", publishedAt("<link rel=canonical href=/news/council-votes-1234>",
                "<h1>Council votes</h1>" + far + recent));
        assertNull(publishedAt("<meta property=og:url content=/news/other-99>", "<h1>Council votes</h1>" + far
                + recent), "another story's teaser");
        assertNull(publishedAt("<meta property=og:url content=/news/council-votes-1234>", "<h1>Council votes</h1>"
                + far + recent.replace("href=/news/council-votes-1234", "href=https://news.example/news/council-votes"
                + "-1234")), "an absolute link to a host the page never named");
    }

    @Test
    void readsTheDayInTheLeadPicturesAddressWhenNothingElseDatesThePage() throws Exception {
        assertEquals("2016-05-04", publishedAt("<meta property=og:image content=https://cdn.example/files/2016/05/04/"
                + "lead.png>", "<h1>Council votes</h1>" + PROSE));
        assertEquals("2020-10-07", publishedAt("<meta property=og:image content=https://cdn.example/images/"
                + "20201007120909561.jpg>", "<h1>Council votes</h1>" + PROSE));
        assertEquals("2021-03-03", publishedAt("<meta property=og:image content=https://cdn.example/files/2016/05/04/"
                + "lead.png>", "<h1>Council votes</h1><p class=date>3 March 2021</p>" + PROSE),
                "the page's own date first: the picture may be an old one");
    }

    @Test
    void aDateWhoseNameSaysNothingYieldsToAnEarlierDayThePagePrints() throws Exception {
        String head = "<meta name=date content=2020-02-12T10:00:00+01:00>";
        assertEquals("2020-02-05", publishedAt(head, "<h1>Council votes</h1><div class=news-timedata>05.02.2020</div>"
                + PROSE), "the name may be the last change's, which comes after the publication");
        assertEquals("2020-02-12T10:00:00+01:00", publishedAt(head, "<h1>Council votes</h1>" + PROSE
                + PROSE + "<div class=news-timedata>29.02.2020</div>"), "a later day printed away from the headline is "
                + "another one's (an event's, the day served)");
        assertEquals("2020-02-12T10:00:00+01:00", publishedAt(head, "<h1>Council votes</h1><div class=news-timedata>"
                + "12.02.2020</div>" + PROSE), "the same day");
        assertEquals("2020-02-12T10:00:00+01:00", publishedAt(head.replace("name=date", "name=pubdate"),
                "<h1>Council votes</h1><div class=news-timedata>05.02.2020</div>" + PROSE), "a published name");
    }

    @Test
    void aDateWhoseNameSaysNothingYieldsToTheDatelineByTheHeadlineEvenALaterOne() throws Exception {
        String head = "<meta name=date content=2021-12-20T11:02:44+01:00>";
        String headline = "<h1>Council votes</h1><span class=date>27.01.2022</span>";
        assertEquals("2022-01-27", publishedAt(head, headline + PROSE),
                "the day readers are shown; the name may hold the record's creation");
        assertEquals("2022-01-27", publishedAt(head, "<span class=date>27.01.2022</span><h1>Council votes</h1>"
                + PROSE), "just above the headline");
        assertEquals("2021-12-20T11:02:44+01:00", publishedAt(head.replace("name=date", "name=pubdate"),
                headline + PROSE), "a published name keeps its day");
        String head2 = head.replace("2021-12-20T11:02:44+01:00", "2020-02-12T10:00:00+01:00");
        String title = "<h1>Council votes</h1>";
        assertEquals("2020-02-12T10:00:00+01:00", publishedAt(head2, title + PROSE + "<div class=comments><p "
                + "class=comment-date>29.02.2020</p><p>Well said, and about time too.</p></div>"), "a comment's day");
        assertEquals("2020-02-12T10:00:00+01:00", publishedAt(head2, title + PROSE + "<div class=related><p "
                + "class=date>29.02.2020</p><a href=/other>Mayor opens the new library</a></div>"),
                "a related story's day");
        assertEquals("2020-02-12T10:00:00+01:00", publishedAt(head2, title + PROSE
                + "<p>The vote on the harbour plan follows on 29.02.2020 in the town hall.</p>"), "an event's day");
        assertEquals("2020-02-12T10:00:00+01:00", publishedAt(head2, title + PROSE
                + "<footer><p>&copy; 2023 Example News</p></footer>"), "a copyright year");
    }

    @Test
    void readsTheDateOfTheFirstPostsAuthorLine() throws Exception {
        String links = "<ul>" + "<li><a href=/f>Board</a></li>".repeat(20) + "</ul>";
        assertEquals("2009-01-21", publishedAt("", "<h1>Example forum</h1>" + links + "<h2>Council votes</h2>"
                + "<div class=post><p class=author>by jdoe &raquo; 21.01.2009, 05:42</p>" + PROSE + "</div>"
                + "<div class=post><p class=author>by rroe &raquo; 25.01.2009, 10:00</p>" + PROSE + "</div>"));
    }

    @Test
    void aLayoutNameOnThePagesFrameDoesNotHideTheArticlesBody() throws Exception {
        String date = "<p class=post-date>09.08.2017</p>";
        String post = "<h2>Council votes</h2><div class=post-content>" + PROSE;
        assertEquals("2017-08-09", publishedAt("", "<div class=\"mainwrap sidebar\">" + post + date + "</div></div>"));
        assertNull(publishedAt("", post + "</div><div class=sidebar>" + date + "</div>"), "a sidebar's: a teaser's");
    }

    @Test
    void aSitesLogoSetAsAnH1IsNoHeadline() throws Exception {
        String crumbs = "<div class=crumbs><a href=/>Home</a> <span>Council votes</span> <span>07.06.2020</span></div>";
        String article = "<article><h1>Council votes</h1>" + PROSE + "</article>";
        assertEquals("2020-06-07", publishedAt("", "<header><h1><a href=/>Example News</a></h1><span class=date>"
                + "Monday, 12.06.2023</span></header>" + crumbs + article), "the day it was served is under the logo");
        assertEquals("2020-06-07", publishedAt("", "<header><h1><a href=https://news.example/ class=logo></a></h1>"
                + "<span class=date>Monday, 12.06.2023</span></header>" + crumbs + article), "a logo without text");
        assertEquals("2020-06-07", publishedAt("", "<h1><a href=/>Jane's notes</a></h1><p class=date>07.06.2020</p>"
                + PROSE), "with no other h1, the blog's name stands over its post");
    }

    @Test
    void aLinkToTheCommentsBesideTheDateIsNoCommentSection() throws Exception {
        assertEquals("2020-06-07", publishedAt("", "<h1>Council votes</h1><p class=entry-meta><span "
                + "class=entry-comments-link-hide-before><time class=entry-time>7. Juni 2020</time> | <span "
                + "class=entry-comments-link><a href=#comments>3 Kommentare</a></span></span></p>" + PROSE));
    }

    @Test
    void aDateMarkedInTheHeadlinesOwnHeaderIsNotReplacedByALaterOne() throws Exception {
        String header = "<header><time itemprop=datePublished datetime=2020-06-07>June 7, 2020</time>"
                + "<h1>Council votes</h1></header>";
        String rail = "<div class=rail><a href=/a><time datetime=2020-10-19>Oct 19</time> Storm closes the harbour"
                + "</a></div>";
        assertEquals("2020-06-07", publishedAt("", "<article>" + header + rail + PROSE + "</article>"),
                "another story's, just under the headline");
    }

    @Test
    void readsAYearWrittenWithAnApostrophe() throws Exception {
        for (String dateline : new String[] {"veröffentlicht am 7 Jun ’20", "June 7, '20"}) {
            assertEquals("2020-06-07", publishedAt("", "<h1>Council votes</h1><span class=entry-date>" + dateline
                    + "</span>" + PROSE), dateline);
        }
    }
}
