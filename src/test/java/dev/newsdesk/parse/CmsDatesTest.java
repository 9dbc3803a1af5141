package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The less common ways content systems and news sites give the publication date, each on a hand-written page: meta
 * names and value shapes, JSON-LD as templates write it, dates in numbers whose order the page's language decides,
 * and the labels of a later change beside the publication's.
 */
class CmsDatesTest {

    private static final String PROSE = "<p>The council met on Tuesday evening to vote on the budget for the coming"
            + " year, and the debate went on until well past midnight, as members argued over every line.</p>"
            + "<p>Residents who came to listen said they were tired of waiting for repairs that had been promised"
            + " for years, and several of them spoke during the public comment period.</p>";
    private static final String GERMAN = "<p>Der Gemeinderat hat am Dienstagabend über den Haushalt für das kommende"
            + " Jahr abgestimmt, und die Debatte dauerte bis weit nach Mitternacht, weil die Mitglieder über jede"
            + " einzelne Zeile stritten.</p><p>Die Bürger, die zum Zuhören gekommen waren, sagten, sie seien es leid,"
            + " auf Reparaturen zu warten, die ihnen seit Jahren versprochen worden waren.</p>";
    private static final String FRENCH = "<p>Le conseil municipal s'est réuni mardi soir pour voter le budget de"
            + " l'année prochaine, et le débat s'est prolongé bien après minuit, les élus se disputant sur chaque ligne"
            + ".</p><p>Les habitants venus écouter ont dit qu'ils étaient fatigués d'attendre des réparations promises"
            + " depuis des années, et plusieurs d'entre eux ont pris la parole pendant la séance.</p>";

    private static String publishedAt(String html, String head, String body) throws Exception {
        String page = html + "<head><title>Council votes</title>" + head + "</head><body>" + body + "</body></html>";
        return new ArticleParser().parse(page.getBytes(StandardCharsets.UTF_8), "a.html").publishedAt();
    }

    private static String publishedAt(String head, String body) throws Exception {
        return publishedAt("<html>", head, body);
    }

    private static String fromHead(String head) throws Exception {
        return publishedAt(head, "<h1>Council votes</h1>" + PROSE);
    }

    @Test
    void readsTheLessCommonMetaNamesOfThePublication() throws Exception {
        for (String name : new String[] {"article:published_date", "og:publish_date", "dc.date.publication",
            "DC.created", "dcterms:issued", "date_created", "displaydate", "rnews:datePublished", "release_date"}) {
            assertEquals("2020-06-07T09:30:00+02:00", fromHead("<meta name=" + name
                    + " content=2020-06-07T09:30:00+02:00>"), name);
        }
    }

    @Test
    void aCreatedOrTimestampMetaYieldsLikeAPlainDate() throws Exception {
        assertEquals("2020-06-07", fromHead("<meta name=created content=2020-06-07>"), "alone, it dates the page");
        assertNull(fromHead("<meta name=timestamp content=2020-06-09T10:00:00+02:00>"
                + "<meta property=article:modified_time content=2020-06-09T10:00:00+02:00>"), "the last change's");
    }

    @Test
    void readsTheCompactAndYearFirstShapesOfAMetaValue() throws Exception {
        assertEquals("2020-06-07", fromHead("<meta name=pubdate content=20200607>"));
        assertEquals("2020-06-07T09:30:00+00:00", fromHead("<meta name=pubdate content=20200607T093000Z>"));
        assertEquals("2020-06-07", fromHead("<meta name=publishdate content=20200607093000>"), "no offset: the day");
        assertEquals("2020-06-07", fromHead("<meta name=OriginalPublicationDate content=\"2020/06/07 09:30:00\">"));
        assertNull(fromHead("<meta name=pubdate content=20201307>"), "no 13th month");
        assertNull(fromHead("<meta name=pubdate content=\"id 20200607\">"), "a number inside a value is no date");
    }

    @Test
    void readsTheDateInParselysPageObject() throws Exception {
        assertEquals("2020-06-07T09:30:00+00:00", fromHead("<meta name=parsely-page content='{\"title\": \"Council"
                + " votes\", \"pub_date\": \"2020-06-07T09:30:00Z\", \"section\": \"News\"}'>"));
    }

    @Test
    void readsJsonLdAsTemplatesWriteIt() throws Exception {
        String article = "{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-06-07T09:30:00+02:00\"}";
        for (String script : new String[] {"//<![CDATA[\n" + article + "\n//]]>", "<!--\n" + article + "\n-->",
            "/* the article */ " + article, article.replace("}", ",}"),
            article.replace("{", "{\"description\":\"two\nlines\",")}) {
            assertEquals("2020-06-07T09:30:00+02:00", fromHead("<script type=application/ld+json>" + script
                    + "</script>"), script);
        }
    }

    @Test
    void readsTheArticlesDateCreatedWhenItGivesNoDatePublished() throws Exception {
        assertEquals("2020-06-07T09:30:00+02:00", fromHead("<script type=application/ld+json>{\"@graph\":[{\"@type\":"
                + "\"WebPage\",\"datePublished\":\"2020-06-01\"},{\"@type\":\"NewsArticle\",\"dateCreated\":"
                + "\"2020-06-07T09:30:00+02:00\"}]}</script>"));
    }

    @Test
    void readsADateInNumbersInTheOrderOfThePagesLanguage() throws Exception {
        String us = "<div class=meta>06/07/2020</div>";
        assertEquals("2020-06-07", publishedAt("<html lang=en-US>", "", "<h1>Council votes</h1>" + us + PROSE));
        assertEquals("2020-06-07", publishedAt("<html lang=en>", "<meta property=og:locale content=en_US>",
                "<h1>Council votes</h1>" + us + PROSE), "the country from Open Graph's locale");
        assertEquals("2020-07-06", publishedAt("<html lang=en-GB>", "", "<h1>Council votes</h1>" + us + PROSE));
        assertNull(publishedAt("<html lang=en>", "", "<h1>Council votes</h1>" + us + PROSE),
                "English without a country: either order");
        assertEquals("2020-06-07", publishedAt("<html lang=de>", "", "<h1>Gemeinderat</h1><div class=meta>07/06/2020"
                + "</div>" + GERMAN));
        assertEquals("2020-06-07", publishedAt("<html lang=en-US>", "", "<h1>Gemeinderat</h1><div class=meta>"
                + "07-06-2020</div>" + GERMAN), "the text's language over a template's tag");
        assertEquals("2020-06-07", publishedAt("<html lang=fr>", "", "<h1>Conseil</h1><p>Publié le 07/06/2020 à 09:30"
                + "</p>" + FRENCH));
    }

    @Test
    void aWeekdayBesideADateInNumbersTellsItsOrder() throws Exception {
        assertEquals("2020-06-07", publishedAt("<html lang=en>", "", "<div class=node><h1>Council votes</h1><div "
                + "class=submitted>Submitted by <span class=username>admin</span> on Sun, 06/07/2020 - 09:30</div>"
                + PROSE + "</div>"));
        assertEquals("2020-06-07", publishedAt("<html lang=en-US>", "", "<h1>Council votes</h1><div class=meta>"
                + "Sunday 07/06/2020</div>" + PROSE), "the weekday over the country's custom");
    }

    @Test
    void readsThePublishedDateOfALineThatNamesTheChangeFirst() throws Exception {
        assertEquals("2020-06-07", publishedAt("", "<h1>Council votes</h1><p>Last updated June 9, 2020 | Published "
                + "June 7, 2020</p>" + PROSE));
        assertEquals("2020-06-07", publishedAt("<html lang=fr>", "", "<h1>Conseil</h1><div class=meta>Mis à jour le "
                + "09/06/2020 - Publié le 07/06/2020</div>" + FRENCH));
    }

    @Test
    void aMarkedDateAfterTheLabelOfAChangeIsNotThePublications() throws Exception {
        assertEquals("2020-06-07", publishedAt("", "<article><h1>Council votes</h1><p>Updated: <time datetime="
                + "2020-06-09>June 9, 2020</time></p><p>Published: <time datetime=2020-06-07>June 7, 2020</time></p>"
                + PROSE + "</article>"));
        assertEquals("2020-06-07", publishedAt("", "<article><h1>Council votes</h1><div class=dates><span>Last "
                + "modified</span> <a href=#><time datetime=2020-06-09>June 9</time></a> <span>First published</span>"
                + " <time datetime=2020-06-07>June 7, 2020</time></div>" + PROSE + "</article>"));
        assertEquals("2020-06-07T09:30:00+02:00", publishedAt("", "<article><h1>Council votes</h1><abbr class=updated"
                + " title=2020-06-09>9 June</abbr><abbr class=published title=2020-06-07T09:30:00+02:00>7 June</abbr>"
                + PROSE + "</article>"), "hAtom's updated");
        assertEquals("2020-06-07T09:30:00+02:00", publishedAt("", "<article><h1>Council votes</h1><a href=/p><time "
                + "class=\"entry-date published updated\" datetime=2020-06-07T09:30:00+02:00>7 June</time></a>" + PROSE
                + "</article>"), "a post never changed is marked both");
    }

    @Test
    void theDatesOfAListOfOtherStoriesAreTheirs() throws Exception {
        String latest = "<div class=col-left><ul><li><a href=/a>The mayor resigns after a long dispute</a> <span "
                + "class=date>May 30, 2020</span></li><li><a href=/b>Schools reopen next week</a> <span class=date>"
                + "May 28, 2020</span></li></ul></div>";
        assertNull(publishedAt("", latest + "<div class=col-main><h1>Council votes</h1>" + PROSE + "</div>"));
        assertEquals("2020-06-07", publishedAt("", latest + "<div class=col-main><h1>Council votes</h1>" + PROSE
                + PROSE + "<p class=postmeta>Posted on June 7, 2020 in News</p></div>"), "the article's, further down");
        assertEquals("2020-06-07", publishedAt("", latest.replace("<span class=date>May 30, 2020</span>",
                "<time datetime=2020-05-30>May 30</time>") + "<div class=col-main><h1>Council votes</h1><p>June 7, "
                + "2020</p>" + PROSE + "</div>"), "a list's marked dates");
        assertNull(publishedAt("", "<ul class=ticker><li>07.06.2020 08:15 <a href=/x>Storm closes the harbour</a>"
                + "</li><li>06.06.2020 19:00 <a href=/y>Fire in the old town</a></li></ul><h1>Council votes</h1>"
                + PROSE), "a ticker just above the headline");
        assertNull(publishedAt("", "<h1>Council votes</h1>" + PROSE + "<section><h2>More stories</h2><ul><li><a "
                + "href=/a><h3>Storm closes the harbour</h3></a><time datetime=2020-05-01>May 1, 2020</time></li></ul>"
                + "</section>"), "a teaser holding its story's headline");
        String card = "<div class=item><span class=timestamp>01.02.2022</span><a href=/a><h3>Storm closes the "
                + "harbour</h3></a></div>";
        assertNull(publishedAt("", "<h1>Council votes</h1>" + PROSE + "<h2>Most read</h2>" + card
                + card.replace("/a", "/b")), "cards of a list set as divs");
        assertEquals("2023-11-08T17:55:55+00:00", publishedAt("", "<h1>Council votes</h1><ul class=article-time><li>"
                + "<time datetime=2023-11-08T17:55:55Z>Published: 17:55, 8 Nov 2023</time></li><li><time datetime="
                + "2023-11-08T18:06:36Z>Updated: 18:06, 8 Nov 2023</time></li></ul>" + PROSE),
                "the article's own dates, listed, link no story");
    }

    @Test
    void aPageBuildersWidgetsAreThePagesBlocksNotASidebar() throws Exception {
        assertEquals("2020-06-07", publishedAt("", "<div class=\"elementor-widget elementor-widget-heading\"><div "
                + "class=elementor-widget-container><h1>Council votes</h1></div></div><div class=\"elementor-widget "
                + "elementor-widget-post-info\"><ul><li itemprop=datePublished><span>Published on</span> 07. June 2020"
                + "</li></ul></div>" + PROSE));
        String longer = PROSE.replace("every line.", "every line of the plan that the mayor had put forward.");
        assertNull(publishedAt("", "<h1>Council votes</h1>" + longer + longer + "<div class=\"elementor-widget "
                + "elementor-widget-sidebar\"><p class=date>1 June 2020</p></div>"), "its sidebar is one");
    }

    @Test
    void aPostsOwnFooterOrAsideBelowItsTextDatesIt() throws Exception {
        String post = "<div id=content><h1>Council votes</h1>" + PROSE + PROSE + "<nav><a href=/prev>Previous</a>"
                + "</nav>";
        assertEquals("2019-11-17", publishedAt("", post + "<aside class=post-info><span class=post-date>17.11.19"
                + "</span> Filed under <a href=/news>News</a></aside></div>"), "a blog theme's post info");
        assertEquals("2019-11-17", publishedAt("", post + "<footer class=entry-footer><span class=posted-on>17 "
                + "November 2019</span></footer></div>"), "a post's footer");
        assertNull(publishedAt("", post + "</div><aside class=widget-area><span class=post-date>17.11.19</span>"
                + "</aside>"), "the page's aside");
        assertNull(publishedAt("", post + "</div><footer class=site-info><span class=date>17.11.19</span></footer>"),
                "the page's footer");
    }

    @Test
    void aDateInTheMiddleOfASentenceIsWhatTheSentenceSpeaksOf() throws Exception {
        String sentence = "<p>Three years ago today the parliament voted on <em>the circumcision bill</em>. It was "
                + "the decision that made the law in force since 28.12.2012 <a href=/law>section 1631d</a> possible, "
                + "and the debate about it has not stopped since then, in the courts or in the streets.</p>";
        assertNull(publishedAt("", "<h1>Council votes</h1>" + sentence + PROSE), "a piece of prose between links");
        assertEquals("2020-06-07", publishedAt("", "<h1>Council votes</h1><p class=meta>By <a href=/jane>Jane Doe"
                + "</a> on 7 June 2020</p>" + sentence + PROSE), "a byline's date beside a link is its line's");
        assertEquals("2015-01-21", publishedAt("", "<h1>Council votes</h1><div class=author><a href=/jane>Jane Doe"
                + "</a>, 21. Jan. 2015 <div class=rating>Rate this article from one to five stars and tell us what "
                + "you think of it in the comments below</div></div>" + sentence + PROSE), "a block ends the line");
        assertEquals("2011-12-03", publishedAt("", "<h1>Council votes</h1>" + PROSE + PROSE + "<p class=postmetadata>"
                + "<small>This entry was posted on Saturday, December 3rd, 2011 at 10:04 and is filed under <a href="
                + "/news>News</a>. You can follow any responses to this entry through the <a href=/feed>RSS 2.0</a> "
                + "feed. You can leave a response, or trackback from your own site.</small></p>"),
                "a piece that says it was posted");
    }

    @Test
    void aLineLabelledForAnEventsDateDatesNoPublication() throws Exception {
        assertNull(publishedAt("", "<h1>Whisky tasting</h1><p><strong>Termin: 21.02.2020, 19 Uhr</strong></p>"
                + GERMAN));
        assertNull(publishedAt("", "<h1>Council votes</h1><p>When: June 7, 2020, 7 pm</p>" + PROSE));
        assertEquals("2020-01-12", publishedAt("", "<h1>Whisky tasting</h1><p class=date>12.01.2020</p><p>"
                + "<strong>Termin: 21.02.2020, 19 Uhr</strong></p>" + GERMAN), "the dateline above it");
    }

    @Test
    void aDateMarkedUnderTheHeadlineBeatsOneMarkedAboveIt() throws Exception {
        assertEquals("2020-06-07", publishedAt("", "<div class=top><time datetime=2020-06-15>June 15, 2020</time>"
                + "</div><main><h1>Council votes</h1><time datetime=2020-06-07>June 7, 2020</time>" + PROSE
                + "</main>"));
        assertEquals("2020-06-07", publishedAt("", "<div class=top><span itemprop=datePublished content=2019-01-01>"
                + "</span></div><main><h1>Council votes</h1><time datetime=2020-06-07>June 7, 2020</time>" + PROSE
                + "</main>"));
        assertEquals("2020-06-07", publishedAt("", "<article><header><time datetime=2020-06-07>June 7, 2020</time>"
                + "<h1>Council votes</h1></header>" + PROSE + "</article>"), "alone above it, it is the article's");
    }

    @Test
    void readsTheAgencysDatelineWithAMonthFirstDate() throws Exception {
        assertEquals("2020-06-07", publishedAt("", "<h1>Council votes</h1><p>WASHINGTON, June 7, 2020 (Reuters) - "
                + "The council met on Tuesday evening to vote on the budget for the coming year, and the debate went"
                + " on until well past midnight.</p>" + PROSE));
    }

    @Test
    void aLineSayingThePageWasEditedDatesItOnlyWhenNothingDatesThePublication() throws Exception {
        String edited = "<h1 id=firstHeading>Council votes</h1><div id=bodyContent>" + PROSE + "</div>"
                + "<div id=footer><ul id=footer-info><li id=footer-info-lastmod>This page was last edited on 7 June "
                + "2020, at 09:30.</li></ul></div>";
        assertEquals("2020-06-05", publishedAt("", edited.replace("<div id=bodyContent>",
                "<p class=date>5 June 2020</p><div id=bodyContent>")));
        assertEquals("2020-06-07", publishedAt("", edited), "the last change: the page is no younger");
    }

    @Test
    void readsTheLastChangeAPagesFooterRecordsWhenNothingElseDatesIt() throws Exception {
        // a long article: the walk for its dateline stops before the page's footer
        String article = "<h1>Gemeinderat stimmt ab</h1><article>" + GERMAN.repeat(10) + "</article>";
        assertEquals("2020-01-29", publishedAt("", article + "<footer><ul><li>Diese Seite wurde zuletzt am 29. Januar"
                + " 2020 um 13:22 Uhr geändert.</li><li>Datenschutz</li></ul></footer>"));
        assertEquals("2020-06-07", publishedAt("", article + "<div class=site-footer><p>Last modified: 7 June 2020</p>"
                + "</div>"));
        assertEquals("2019-12-03", publishedAt("", "<h1>Gemeinderat stimmt ab</h1><p class=date>03.12.2019</p>"
                + "<article>" + GERMAN.repeat(10) + "</article><footer>Zuletzt geändert am 29.01.2020</footer>"),
                "the publication first");
        assertEquals("2019-03-05", publishedAt("", article + "<div id=footer><p>Updated:\n<!-- stamp start -->\n"
                + "$Date: 2019/03/05 06:31:41 $\n<!-- stamp end -->\n</p></div>"), "a stamp between comments");
        assertNull(publishedAt("", article + "<div class=comment-footer>Bearbeitet am 29.01.2020</div>"),
                "a reader's edit of a comment");
        assertNull(publishedAt("", article + "<footer>Geändert \u200b</footer><footer>Geändert " + "29 ".repeat(5000)
                + "</footer>"), "invisible, huge");
    }

    @Test
    void readsTheLabelsOfPublicationAndChangeInMoreLanguages() throws Exception {
        for (String line : new String[] {"Bijgewerkt 9 juni 2020 | Gepubliceerd 7 juni 2020",
            "Uppdaterad 9 juni 2020 | Publicerad 7 juni 2020", "Aktualizacja 9 czerwca 2020 | Opublikowano 7 czerwca 2020",
            "Обновлено 9 июня 2020 | Опубликовано 7 июня 2020", "Güncelleme 9 Haziran 2020 | Yayınlanma 7 Haziran 2020"}) {
            assertEquals("2020-06-07", publishedAt("", "<h1>Council votes</h1><p class=meta>" + line + "</p>" + PROSE),
                    line);
        }
        assertEquals("2020-06-07", publishedAt("", "<h1>Council votes</h1>" + PROSE + "<p><span>Gepubliceerd op:</span>"
                + " <span>7 juni 2020</span></p>"), "a label, its date in the next element");
    }
    @Test
    void readsTheDayAPagesTitleOpensWithWhenNothingElseDatesIt() throws Exception {
        String article = "<h1>Infoabend zum Thema Wohnen</h1><article>" + GERMAN + "</article>";
        String page = "<html><head><title>%s</title></head><body>" + article + "</body></html>";
        assertEquals("2022-03-14", parse(page.formatted("14.03.2022 | Infoabend zum Thema Wohnen")));
        assertEquals("2020-06-07", parse(page.formatted("7 June 2020 – Council votes")));
        assertNull(parse(page.formatted("Ergebnisse vom 19.5.2007")), "a day the title speaks of");
        assertNull(parse(page.formatted("Wie wir am 19.5.2007 abstimmten | Blog")), "a phrase, not a day alone");
    }

    @Test
    void readsTheDayAnArticleSignsOffWithWhenNothingElseDatesIt() throws Exception {
        // a long article: the walk for its dateline stops before its end
        String article = "<h1>Time to say goodbye</h1><article>" + PROSE.repeat(10) + "%s</article>";
        assertEquals("2018-10-12", publishedAt("", article.formatted("<p>Jonas<br>12. Oktober 2018</p>")));
        assertEquals("2020-06-07", publishedAt("", article.formatted("<p>Berlin, 7 June 2020</p>")));
        assertNull(publishedAt("", article.formatted("<p>Thanks to all of you who wrote to us over the years; the next vote is on 7 June 2020.</p>")), "a sentence");
        assertNull(publishedAt("", article.formatted("<p>7 June 2020</p>")), "a day alone, the page's furniture");
        assertNull(publishedAt("", article.formatted("<p><a href=https://blog.example/>Blog</a> 7 June 2020</p>")), "the site's name");
    }

    @Test
    void readsADatelineWhoseYearHasTwoDigitsWhenNothingElseDatesIt() throws Exception {
        String article = "<h1>Gemeinderat stimmt ab</h1><article><p>%s</p>" + GERMAN.repeat(10) + "</article>";
        assertEquals("2021-03-03", publishedAt("", article.formatted("( Sulmona, 3 Marzo 21 )")));
        assertEquals("2020-06-07", publishedAt("", article.formatted("Berlin, 7. Juni 20")));
        assertNull(publishedAt("", article.formatted("Berlin, 7 Mitglieder 20")), "no month's name");
    }

    private static String parse(String page) throws Exception {
        return new ArticleParser().parse(page.getBytes(StandardCharsets.UTF_8), "a.html").publishedAt();
    }
}
