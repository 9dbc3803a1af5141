package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where pages name their authors beyond the meta tags and JSON-LD: each place on a hand-written page. */
class AuthorsOnThePageTest {

    private static final String PROSE = "<p>The council met on Tuesday evening to vote on the budget for the coming"
            + " year, and the debate went on until well past midnight, as members argued over every line.</p>"
            + "<p>Residents who came to listen said they were tired of waiting for repairs that had been promised"
            + " for years, and several of them spoke during the public comment period.</p>";

    private static List<String> authors(String head, String body) throws Exception {
        return titled("Council votes", head, body);
    }

    @Test
    void readsAnUnmarkedBylineUnderTheHeadlineInTheParsersLanguages() throws Exception {
        for (String[] byline : new String[][] {{"By Jane Doe and John Roe", "Jane Doe", "John Roe"},
                {"Von Erika Mustermann und Max Muster", "Erika Mustermann", "Max Muster"},
                {"Par Jeanne Dupont et Paul Martin", "Jeanne Dupont", "Paul Martin"},
                {"Por Lucía Pérez y Diego Ruiz", "Lucía Pérez", "Diego Ruiz"}}) {
            assertEquals(List.of(byline[1], byline[2]), authors("", "<header><h1>Council votes</h1><div><i>"
                    + byline[0] + "</i></div></header><article>" + PROSE + "</article>"), byline[0]);
        }
    }

    @Test
    void readsAMarkedUpAuthorNameInLowerCase() throws Exception {
        assertEquals(List.of("bell hooks"), authors("", "<h1>Council votes</h1><span itemprop=author itemscope>"
                + "<span itemprop=name>bell hooks</span></span><article>" + PROSE + "</article>"));
        assertEquals(List.of("example Webteam"), authors("", "<h1>Council votes</h1><p>von <span itemprop=author "
                + "itemscope><a rel=author href=/team><span itemprop=name>example Webteam</span></a></span></p>"
                + "<article>" + PROSE + "</article>"), "a newsroom's name as its site spells it");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><span itemprop=author itemscope>"
                + "<span itemprop=name>mehr von diesem autor</span></span><article>" + PROSE + "</article>"),
                "a label is no name");
    }

    @Test
    void readsTheNameAfterVomInAnAuthorElement() throws Exception {
        assertEquals(List.of("Leseratte"), authors("", "<h1>Council votes</h1><h4 class=\"vcard author\">vom "
                + "<span class=fn>Leseratte</span></h4><article>" + PROSE + "</article>"),
                "\"von\" with its article labels a nickname");
    }

    @Test
    void readsVomAsANamesParticleButNotBeforeADay() throws Exception {
        assertEquals(List.of("Anna vom Berg", "Jan van Dyk"), underHeadline("Von Anna vom Berg und Jan van Dyk"));
        assertEquals(List.of("Anna Berg"), underHeadline("Von Anna Berg vom 3. März 2024"), "the day's \"vom\"");
        assertEquals(List.of("Max Muster"), underHeadline("Von Max Muster vom Tagblatt"), "the outlet's \"vom\"");
    }

    @Test
    void splitsSwedishAndDanishListsBetweenFullNamesOnly() throws Exception {
        assertEquals(List.of("Anna Svensson", "Erik Lind"), underHeadline("Av Anna Svensson och Erik Lind"));
        assertEquals(List.of("Anne Hansen", "Lars Holm"), underHeadline("Af Anne Hansen og Lars Holm"));
        assertEquals(List.of(), underHeadline("Av Anna Svensson och Erik"), "a first name alone is no second writer");
    }

    @Test
    void readsTheSpanishAndItalianTextLabel() throws Exception {
        assertEquals(List.of("María González", "José Pérez"), underHeadline("Texto: María González y José Pérez"));
        assertEquals(List.of("Marco Rossi"), underHeadline("Testo: Marco Rossi"));
        assertEquals(List.of(), underHeadline("Texto: 12 páginas"), "a count after the label names no one");
    }

    @Test
    void readsRelAuthorLinksAndMicrodata() throws Exception {
        assertEquals(List.of("gnaddrig"), authors("", "<h1>Council votes</h1><p>Posted by <a rel=author "
                + "href=/author/g>gnaddrig</a></p><article>" + PROSE + "</article>"));
        assertEquals(List.of("Jane Doe"), authors("", "<h1>Council votes</h1><span itemprop=author itemscope>"
                + "<span itemprop=name>Jane Doe</span></span><article>" + PROSE + "</article>"));
    }

    @Test
    void readsANameAloneInAnElementNamedForTheAuthorButNoLabelOrCredit() throws Exception {
        assertEquals(List.of("Stefan Berg"), authors("", "<h1>Council votes</h1><ul class=\"author clipboard\">"
                + "<li>Stefan Berg</li></ul><article>" + PROSE + "</article>"));
        assertEquals(List.of("rasos"), authors("", "<h1>Council votes</h1><article>" + PROSE + "<div class=submitted>"
                + "Gespeichert von <span class=username>rasos</span> am 24. Juli 2017</div></article>"),
                "the login of the account that posted, as a CMS names its element");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><div class=author-box><span>About the Author"
                + "</span><span>Alle Beiträge von</span></div><article>" + PROSE + "</article>"));
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "<p class=image-author>"
                + "Foto: Ingo Berg</p></article>"));
    }

    @Test
    void aCardOfAListOfStoriesNamesItsOwnWriterNotThePagesOne() throws Exception {
        String card = "<article class=\"story-card compact\"><header><h3 class=kicker>Health</h3><h2><a href=/s/%d>"
                + "Why the clinic is closing</a></h2></header><div class=teaser>The clinic will close in May, the board"
                + " said.</div><ul><li class=authors>%s</li></ul></article>";
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "</article><aside>"
                + card.formatted(1, "Thomas Berger") + card.formatted(2, "Ines Vogt") + "</aside>"),
                "the writers of the cards under the story");
        assertEquals(List.of("Jane Doe"), authors("", "<article class=\"post single\"><h2 class=entry-title>"
                + "<a href=/2024/03/council-votes rel=bookmark>Council votes</a></h2><div class=author>By Jane Doe</div>"
                + PROSE + "</article>"), "a post whose headline links to itself stands alone");
    }

    @Test
    void anAuthorElementsEmptyLabelOrCommentsLinkNamesNoOne() throws Exception {
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><div class=info><span id=source>来源：新华网</span>"
                + "<span id=author_info>作者：</span></div><article>" + PROSE + "</article>"),
                "a label whose field the site left empty");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "</article><p class=author>"
                + "posted in the garden <a href=/post/7#comments>Comments</a>(42)</p>"),
                "the link to the post's comments");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "</article><p class=author>"
                + "posted in the garden <span class=author-views>人氣(<span>2395</span>)</span></p>"),
                "a count's label");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "<p>The vote is due in May."
                + " <span class=cust-autor>(mwo)</span></p></article>"), "an editor's initials signing the text");
        assertEquals(List.of("Lena Hartmann"), authors("", "<h1>Council votes</h1><article>" + PROSE + "</article>"
                + "<p class=author><span>Lena Hartmann</span> <a href=/post/7#comments>Comments</a>(42)</p>"),
                "the name beside that link is still read, without it");
        assertEquals(List.of("肖春芳"), authors("", "<h1>Council votes</h1><div class=info>"
                + "<span id=author_info>作者：</span><span class=author>肖春芳</span></div><article>" + PROSE
                + "</article>"), "a name in the element after the label");
    }

    @Test
    void readsTheNameBeforeALinkToTheAuthorsPageThatNamesThemAsTheAuthor() throws Exception {
        for (String link : new String[] {"All recipes by the author", "Alle Artikel des Autors",
                "Mehr von der Autorin", "Tous les articles de l'auteur", "Todos los artículos del autor"}) {
            assertEquals(List.of("Lena Hartmann"), authors("", "<h1>Council votes</h1><article>" + PROSE
                    + "<div class=box><h4>Developed by:</h4><div class=box-text><div class=box-name>Lena Hartmann"
                    + "</div><a href=/people/lena>" + link + "</a></div></div></article>"), link);
        }
        assertEquals(List.of("Lena Hartmann"), authors("", "<h1>Council votes</h1><article>" + PROSE
                + "<div><span>Lena Hartmann</span><a href=/people/lena title=\"More from this author\">"
                + "<img src=arrow.png></a></div></article>"), "the link's title");
    }

    @Test
    void takesNoCommenterNorAWordBeforeALinkThatNamesNoAuthor() throws Exception {
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "</article><ol class=replies>"
                + "<li><div><span>Lena Hartmann</span><a href=#reply-4>Reply</a></div><p>Well said.</p></li></ol>"),
                "a commenter's name before the reply link");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "</article><div class=tabs>"
                + "<span>Related Posts</span><a href=#more>More from the author</a></div>"),
                "a tab's label before the author's other posts");
    }

    @Test
    void readsTheBylineInABoxOfItsOwnAtTheArticlesOpening() throws Exception {
        // a page builder sets the standfirst, the byline and each paragraph in boxes of their own; the box of the
        // byline, not prose, is none of those chosen as the article's, and the head names the account that posted
        String head = "<meta name=author content=\"Max Muster\">";
        String box = "<div class=text-box>";
        String page = "<h1>Council votes</h1><div class=row><div class=column>" + box + "<p><em>The budget passed"
                + " after a long night of debate, and the council promised that the repairs would start soon.</em>"
                + "</p></div>" + box + "<p><span><strong>Von Erika Mus\u00adter\u00admann</strong></span></p></div>"
                + box + PROSE + "</div>" + box + PROSE.replace("council", "board") + "</div></div></div>";
        assertEquals(List.of("Erika Mustermann"), authors(head, page));
        assertEquals(List.of("Max Muster"), authors(head, page.replace("Von Erika", "Erika")),
                "a line that is no labelled byline");
    }

    @Test
    void takesNoAuthorFromComments() throws Exception {
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "</article><div class=comments>"
                + "<span class=comment-author><a rel=author href=/u/x>Max Leser</a></span></div>"));
    }

    @Test
    void theWritersOwnReplyToAReaderNamesThemWhenNothingElseDoes() throws Exception {
        String article = "<h1>Council votes</h1><article>" + PROSE + "</article>";
        String reply = "<ol class=commentlist><li class=\"comment byuser comment-author-%s bypostauthor\"><div "
                + "class=\"comment-author vcard\"><img src=a.png><cite class=fn>%s</cite> <span class=says>says:</span>"
                + "</div><p>Thank you, the next vote is in May.</p><ul class=children><li class=comment><cite class=fn>"
                + "Max Leser</cite><p>Thanks!</p></li></ul></li></ol>";
        assertEquals(List.of("janedoe"), authors("", article + reply.formatted("janedoe", "janedoe")),
                "the account's name, not its reader's answer after it");
        assertEquals(List.of(), authors("", article + reply.formatted("admin", "admin")), "a CMS's default account");
        assertEquals(List.of("Ann Roe"), authors("<meta name=author content=\"Ann Roe\">", article
                + reply.formatted("janedoe", "janedoe")), "an author named otherwise");
        assertEquals(List.of("janedoe"), authors("", article + "<ul><li class=\"comment bypostauthor\"><div class="
                + "comment-author><img src=a.png></div><span class=author>janedoe</span><p>Thanks.</p></li></ul>"),
                "a theme whose author element holds the avatar alone");
    }

    @Test
    void aHeaderMarkedAsAuthorThatLinksHomeIsTheSitesName() throws Exception {
        String header = "<div id=header><h1 class=\"vcard author\"><a href=\"https://example.org/\" class=fn>"
                + "Example Archive</a></h1></div><h2>Council votes</h2><div class=entry>" + PROSE + "</div>";
        assertEquals(List.of("Jane Doe"), authors("", header + "<p class=author><a href=\"https://example.org/\">"
                + "Jane Doe</a> wrote this.</p>"));
        assertEquals(List.of("Jane Doe"), authors("", "<h2>Council votes</h2><span class=\"vcard author\"><a "
                + "href=\"https://example.org/author/jane\">Jane Doe</a></span><div class=entry>" + PROSE + "</div>"),
                "an author element linking to the writer's page");
    }

    @Test
    void theSitesNameIsNoAuthorAndThePagesByline() throws Exception {
        String head = "<meta property=og:site_name content=\"The Daily Example\"><script type=application/ld+json>"
                + "{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"The Daily Example\"}}"
                + "</script>";
        assertEquals(List.of("Jane Doe"), authors(head, "<h1>Council votes</h1><p>By Jane Doe</p><article>" + PROSE
                + "</article>"));
        assertEquals(List.of("Jane Doe"), authors("<link rel=canonical href=https://www.dailyexample.co.uk/a>"
                + "<meta name=author content=\"Jane Doe, DailyExample\">", "<article>" + PROSE + "</article>"));
    }

    @Test
    void aSiteNameThatHoldsTheHeadlineStillNamesThePublisher() throws Exception {
        assertEquals(List.of("Ursula Kehl"), authors("<meta property=og:site_name content=\"Council votes | Die Zeitung\">"
                + "<meta name=author content=\"Die Zeitung\">", "<header><h1>Council votes</h1><p class=byline>Ursula "
                + "Kehl</p></header><article>" + PROSE + "</article>"));
    }

    /** JSON-LD whose object of type {@code from} names its author by a reference to a {@code type} named so. */
    private static String referring(String from, String type, String name) {
        String id = "\"https://a.example/#/person/1\"";
        return "<script type=application/ld+json>{\"@graph\":[{\"@type\":\"" + from + "\",\"author\":{\"@id\":" + id
                + "}},{\"@type\":\"" + type + "\",\"@id\":" + id + ",\"name\":\"" + name + "\"}]}</script>";
    }

    @Test
    void resolvesJsonLdAuthorsGivenByReferenceAfterTheMetaTags() throws Exception {
        String graph = referring("Article", "Person", "Patrick Berg");
        assertEquals(List.of("Patrick Berg"), authors(graph, "<article>" + PROSE + "</article>"));
        assertEquals(List.of("Jessica Holm", "Gail Lee"), authors(graph + "<meta name=parsely-author content=\"Jessica "
                + "Holm\"><meta name=parsely-author content=\"Gail Lee\">", "<article>" + PROSE + "</article>"),
                "the byline's meta tags, each of them, before the account that posted");
    }

    @Test
    void readsTheAuthorTwittersCardLabels() throws Exception {
        assertEquals(List.of("Patrick Berg"), authors("<meta name=twitter:label1 content=\"Verfasst von\">"
                + "<meta name=twitter:data1 content=\"Patrick Berg\"><meta name=twitter:label2 content=Lesezeit>"
                + "<meta name=twitter:data2 content=\"3 Minuten\">", "<article>" + PROSE + "</article>"));
        assertEquals(List.of(), authors("<meta name=twitter:label1 content=Lesezeit><meta name=twitter:data1 "
                + "content=\"3 Minuten\">", "<article>" + PROSE + "</article>"));
    }

    @Test
    void readsABylineWhoseLabelStandsInAnElementOfItsOwn() throws Exception {
        assertEquals(List.of("Alex Berg"), authors("", "<h1>Council votes</h1><div><span>By</span><span><a href=/t/a>"
                + "Alex Berg</a></span></div><article>" + PROSE + "</article>"));
        assertEquals(List.of("Cara Berg"), authors("", "<h1>Council votes</h1><div class=meta><span class=sr-only>| By "
                + "</span><span>Cara Berg</span> | <time class=entry-date>April 13, 2020</time></div><article>" + PROSE
                + "</article>"), "a screen reader's label");
    }

    @Test
    void readsAMetaValueInQuotesAndDropsOneLedByTheSitesName() throws Exception {
        assertEquals(List.of("Luana Prado", "Raphael Feld"), authors("<meta name=author content=\"'Luana Prado, "
                + "Raphael Feld'\">", "<article>" + PROSE + "</article>"));
        assertEquals(List.of(), authors("<meta name=application-name content=citynews.example><meta name=author "
                + "content=\"citynews.example, Frankfurt, Germany\">", "<article>" + PROSE + "</article>"),
                "the publisher and its address");
    }

    @Test
    void aMetaAuthorOpeningTheSitesPartOfTheTitleNamesThePublisher() throws Exception {
        String head = "<meta property=og:title content=\"Council votes\"><meta name=author content=";
        String byline = "<h1>Council votes</h1><p>Geschrieben von <a href=/user/6>Skipper</a></p>";
        assertEquals(List.of("Skipper"), titled("Harbour Rowing Club Kingsport - Council votes", head
                + "\"Harbour Rowing Club\">", byline + "<article>" + PROSE + "</article>"), "the club: its writer");
        assertEquals(List.of("Harbour Rowing Club"), titled("Harbour Rowing Club wins the vote", "<meta name=author "
                + "content=\"Harbour Rowing Club\">", "<article>" + PROSE + "</article>"), "a headline's words");
        assertEquals(List.of("Jane Doe"), titled("Jane Doe - Council votes", head + "\"Jane Doe\">",
                "<article>" + PROSE + "</article>"), "a blog's owner");
    }

    private static List<String> titled(String title, String head, String body) throws Exception {
        String page = "<html><head><title>" + title + "</title>" + head + "</head><body>" + body + "</body></html>";
        return new ArticleParser().parse(page.getBytes(StandardCharsets.UTF_8), "a.html").authors();
    }

    @Test
    void aSlashInTheMetaAuthorSeparatesCreditsAndAnAddressBeforeItNamesThePublisher() throws Exception {
        assertEquals(List.of("AFP"), authors("<meta property=og:site_name content=\"The Daily Example\"><meta "
                + "name=author content=\"AFP/The Daily Example\">", "<article>" + PROSE + "</article>"),
                "the agency; the site is no author");
        assertEquals(List.of(), authors("<meta name=author content=\"dailyexample.example / Daily Example Online\">",
                "<article>" + PROSE + "</article>"), "a web address and its name: the publisher");
    }

    @Test
    void aMetaAuthorCreditingTheTemplateNamesNoWriter() throws Exception {
        assertEquals(List.of(), authors("<meta name=author content=\"Max Roth und Studio Kehl designed\">",
                "<article>" + PROSE + "</article>"));
        assertEquals(List.of("Max Roth"), authors("<meta name=author content=\"Max Roth\">", "<article>" + PROSE
                + "</article>"));
        assertEquals(List.of(), authors("<meta name=author content=\"Max Roth - https://roth.example\">",
                "<article>" + PROSE + "</article>"), "a theme's maker signing it with a link to his own site");
    }

    @Test
    void aBylineEndsBeforeTheWordThatIntroducesItsDate() throws Exception {
        assertEquals(List.of("MORITZ BERG"), authors("", "<h1>Council votes</h1><p>VON <a href=/a/m>MORITZ BERG</a> am "
                + "21. April 2020</p><article>" + PROSE + "</article>"));
    }

    @Test
    void readsBylinesWhoseLabelSaysWhatWasWrittenOrPosted() throws Exception {
        for (String[] byline : new String[][] {{"Posted by Ana Ruiz @ 9:30 am", "Ana Ruiz"},
                {"Erstellt von Erika Mustermann am 12.05.2021", "Erika Mustermann"},
                {"Text von Max Muster", "Max Muster"}, {"Ein Beitrag von Lena Roth", "Lena Roth"},
                {"Autoren Jan Berg und Ina Kehl", "Jan Berg", "Ina Kehl"},
                {"Redaktion: Jan Berg (Pressesprecher)", "Jan Berg"}, {"Publié par Jeanne Dupont", "Jeanne Dupont"}}) {
            List<String> expected = List.of(byline).subList(1, byline.length);
            assertEquals(expected, authors("", "<header><h1>Council votes</h1><div><i>" + byline[0]
                    + "</i></div></header><article>" + PROSE + "</article>"), byline[0]);
        }
    }

    @Test
    void readsALabelInAnElementOfItsOwnAndAnAuthorClassWrittenInCamelCase() throws Exception {
        assertEquals(List.of("Dominique"), authors("", "<h1>Council votes</h1><div class=documentByLine>"
                + "<span class=documentAuthor> erstellt von <a href=/team/d>Dominique</a> — </span></div><article>"
                + PROSE + "</article>"));
        assertEquals(List.of("Jan Berg"), authors("", "<h1>Council votes</h1><p><b>Von:</b> <span>Jan Berg</span>"
                + "</p><article>" + PROSE + "</article>"));
    }

    @Test
    void readsTheAuthorOfJsonLdOfAnotherTypeButNoOrganizationOrReference() throws Exception {
        String recipe = "<script type=application/ld+json>{\"@type\":\"Recipe\",\"author\":{\"@type\":\"Person\","
                + "\"name\":\"kitchenfan\"}}</script>";
        assertEquals(List.of("kitchenfan"), authors(recipe, "<h1>Council votes</h1><article>" + PROSE + "</article>"));
        String page = "<script type=application/ld+json>{\"@graph\":[{\"@type\":\"WebPage\",\"author\":"
                + "{\"@type\":\"Organization\",\"name\":\"Example Broadcasting\"}},{\"@type\":\"VideoObject\","
                + "\"author\":\"Cam Era\"},{\"@type\":\"WebSite\",\"author\":{\"@id\":\"#p1\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Web Admin\"}]}</script>";
        assertEquals(List.of(), authors(page, "<h1>Council votes</h1><article>" + PROSE + "</article>"));
    }

    @Test
    void readsThePersonTheWebPageOfAGraphWithoutArticleRefersTo() throws Exception {
        String graph = referring("WebPage", "Person", "Harald Kern");
        assertEquals(List.of("Harald Kern"), authors(graph, "<h1>Council votes</h1><article>" + PROSE + "</article>"));
        assertEquals(List.of(), authors(referring("WebPage", "Organization", "Harald Kern"), "<h1>Council votes</h1>"
                + "<article>" + PROSE + "</article>"), "a reference to the publisher");
        assertEquals(List.of("Olga Kern"), authors(graph, "<h1>Council votes</h1><p class=byline>By Olga Kern</p>"
                + "<article>" + PROSE + "</article>"), "the printed writer before the account that posted");
        assertEquals(List.of(), authors(graph.replace("Harald Kern", "hk_team"), "<h1>Council votes</h1><article>"
                + PROSE + "</article>"), "a login");
    }

    @Test
    void aFirstNameInJsonLdIsCompletedByTheProfileNoteThatOpensWithTheFullName() throws Exception {
        String article = "<h1>Council votes</h1><article>" + PROSE + "</article>";
        for (String[] note : new String[][] {{"Jana Kehl – Ingenieurin und Radfahrerin.", "Jana Kehl"},
                {"Pierre Martin, journaliste à Lyon.", "Pierre Martin"},
                {"Tomás Ruiz es periodista.", "Tomás Ruiz"}}) {
            String given = note[1].substring(0, note[1].indexOf(' '));
            String graph = "<script type=application/ld+json>{\"@graph\":[{\"@type\":\"Article\",\"author\":"
                    + "{\"@id\":\"#p1\"}},{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"" + given
                    + "\",\"description\":\"" + note[0] + "\"}]}</script>";
            assertEquals(List.of(note[1]), authors(graph, article), note[0]);
        }
        String inline = "<script type=application/ld+json>{\"@type\":\"BlogPosting\",\"author\":{\"@type\":"
                + "\"Person\",\"name\":\"Jana\",\"description\":\"%s\"}}</script>";
        assertEquals(List.of("Jana Kehl"), authors(inline.formatted("Jana Kehl ist Ingenieurin."), article));
        assertEquals(List.of("Jana"), authors(inline.formatted("Jana Mountainbikerin seit 2002 und Ingenieurin."),
                article), "a noun after the name, not a surname");
        assertEquals(List.of("Jana"), authors(inline.formatted("Jana schreibt über Räder."), article));
        assertEquals(List.of("Jana"), authors(inline.formatted("\u200b"), article), "an invisible note");
        assertEquals(List.of("Jana Kehl"), authors("<meta name=author content=Jana><script type=application/ld+json>"
                + "{\"@graph\":[{\"@type\":\"Article\",\"datePublished\":\"2024-05-02\"},{\"@type\":\"Person\","
                + "\"name\":\"Jana\",\"description\":\"Jana Kehl – Ingenieurin.\"}]}</script>",
                article), "the meta tag's account");
    }

    @Test
    void theTopicsAnAuthorLineLinksToAreNoNames() throws Exception {
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><div class=\"post-author\"><span>01.12.2022</span>"
                + " / <span><a href=/autor/redaktion><img src=logo.svg alt=Logo></a></span> / <a href=/thema/budget "
                + "rel=tag>Budget</a></div><article>" + PROSE + "</article>"));
        assertEquals(List.of("Nina Vogt"), authors("", "<h1>Council votes</h1><div class=\"post-author\"><a "
                + "href=/thema/budget rel=tag>Budget</a> / <a href=/autor/nv>Nina Vogt</a></div><article>" + PROSE
                + "</article>"));
    }

    @Test
    void readsABylineAfterTheDateItOpensWith() throws Exception {
        assertEquals(List.of("Olga Kern"), authors("", "<h1>Council votes</h1><h2>News <span>06.11.2023 13:30 von Olga Kern"
                + "</span></h2><article>" + PROSE + "</article>"));
    }

    @Test
    void readsANameThatSignsTheArticlesLastParagraph() throws Exception {
        assertEquals(List.of("Jana Kehl"), authors("", "<article>" + PROSE + "<p>– Jana Kehl</p></article>"));
        assertEquals(List.of("Stefan Brenner"), authors("", "<article>" + PROSE + "<p><b><i>Stefan Brenner</i></b>"
                + "</p></article>"), "emphasised, a given name first");
        assertEquals(List.of("Jana P. Kehl"), authors("", "<article>" + PROSE + "<p>The vote is set for May. "
                + "(Jana P. Kehl) +++</p></article>"), "in parentheses closing the paragraph");
        assertEquals(List.of("Jana Kehl"), authors("", "<article>" + PROSE + "<p>---- by Jana Kehl</p></article>"));
        assertEquals(List.of(), authors("", "<article>" + PROSE + "<p><b>Weitere Informationen</b></p></article>"),
                "an emphasised line that reads as no person's");
        assertEquals(List.of(), authors("", "<article>" + PROSE + "<p><em>You cannot solve a problem with the "
                + "thinking that created it (Albert Einstein)</em></p></article>"), "a quotation's source");
        assertEquals(List.of(), authors("", "<article>" + PROSE + "<p>Jana Kehl</p></article>"),
                "a name neither set off nor emphasised");
        assertEquals(List.of(), authors("", "<article>" + "<p>– Jana Kehl</p>" + PROSE + "</article>"),
                "not the last paragraph");
    }

    @Test
    void aNoteInItalicsAboutTheWriterClosingTheArticleNamesItsAuthor() throws Exception {
        for (String[] note : new String[][] {{"Jane Doe is a reporter covering city hall.", "Jane Doe"},
                {"Jana Kehl ist Architektin und lebt in Leipzig.", "Jana Kehl"},
                {"Pierre Martin est journaliste et auteur de deux livres.", "Pierre Martin"},
                {"Lucía Pérez es periodista y profesora.", "Lucía Pérez"},
                {"Giulia Conti è giornalista e scrittrice.", "Giulia Conti"},
                {"Inês Costa é jornalista.", "Inês Costa"},
                {"Sanne Visser is econoom aan de universiteit.", "Sanne Visser"},
                {"Agnieszka Nowak jest dziennikarką.", "Agnieszka Nowak"}}) {
            assertEquals(List.of(note[1]), authors("", "<h1>Council votes</h1><article>" + PROSE + "<p><em>" + note[0]
                    + " <a href=/a>Contact</a></em></p></article>"), note[0]);
        }
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "<p>Jane Doe is a teacher "
                + "who came to speak.</p></article>"), "in roman type: a sentence of the story");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "<p><i>Amnesty International "
                + "is a movement of ten million people.</i></p></article>"), "an organisation");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "<p><i>Jane Doe is a reporter."
                + "</i></p>" + PROSE + "</article>"), "not the last paragraph");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "<p><i>Jane Doe is "
                + "a reporter. " + "x".repeat(400) + "</i></p></article>"), "a long text");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "<p><i>\u200b is "
                + "a reporter.</i></p></article>"), "no name");
        assertEquals(List.of("Max Roth"), authors("<meta name=author content=\"Max Roth\">", "<h1>Council votes</h1>"
                + "<article>" + PROSE + "<p><i>Jane Doe is a reporter.</i></p></article>"), "the head's author first");
    }

    @Test
    void readsABylineFarFromTheHeadlineWithFullNamesOnly() throws Exception {
        assertEquals(List.of("Jan Berg"), authors("", "<h1>Council votes</h1><article>" + PROSE + PROSE
                + "<div class=info><b>Von:</b><br><br>Jan Berg</div></article>"), "its label in an element of its own");
        assertEquals(List.of("Jan Berg"), authors("", "<h1>Council votes</h1><article>" + PROSE + PROSE
                + "<span>- Redaktion: Jan Berg (Pressesprecher)</span></article>"), "set off by a dash");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + PROSE
                + "<p><a href=/w>Von Berlin</a></p></article>"), "one word after a label far down is no name");
    }

    @Test
    void aBylineEndsWhereThePicturesCreditBegins() throws Exception {
        String page = "<header><h1>Council votes</h1><p>%s</p></header><article>" + PROSE + "</article>";
        assertEquals(List.of("Christian Berg"), authors("", page.formatted("Text von Christian Berg Illustration von "
                + "Markus Roth")));
        assertEquals(List.of("Ana Ruiz"), authors("", page.formatted("By Ana Ruiz Photos by Tom Lee")));
    }

    @Test
    void theHeadsPublisherYieldsToTheWriterThePagePrints() throws Exception {
        String byline = "<header><h1>Council votes</h1><p>Von Ursula Kehl</p></header><article>" + PROSE + "</article>";
        assertEquals(List.of("Ursula Kehl"), authors("<link rel=canonical href=https://www.zeitung.example/a>"
                + "<meta name=author content=\"Die Zeitung\">", byline), "a word of it is the address's own");
        assertEquals(List.of("Ursula Kehl"), authors("<link rel=canonical href=https://www.dw.example/a>"
                + "<meta name=author content=\"Deutsche Welle\">", byline), "its initials are");
        assertEquals(List.of("Anna Zeitung"), authors("<link rel=canonical href=https://www.zeitung.example/a>"
                + "<meta name=author content=\"Anna Zeitung\">", "<article>" + PROSE + "</article>"),
                "with no writer printed, the head's name stays");
    }

    @Test
    void aHeadThatNamesNoPersonYieldsToThePersonThePagePrints() throws Exception {
        String byline = "<header><h1>Council votes</h1><p>By Michael Webb</p></header><article>" + PROSE + "</article>";
        assertEquals(List.of("Michael Webb"), authors("<meta name=author content=\"Harbour Restoration Programme\">",
                byline), "a project the writer reports on");
        assertEquals(List.of("Jane Doe"), authors("<meta name=author content=\"Jane Doe\">", byline),
                "a person in the head stays");
        assertEquals(List.of("Harbour Restoration Programme"), authors("<meta name=author content=\"Harbour "
                + "Restoration Programme\">", "<header><h1>Council votes</h1><p>By Kesto Varr</p></header><article>"
                + PROSE + "</article>"), "nor when the printed name is not surely a person's");
    }

    @Test
    void aListOfNamesKeepsItsPeopleNotTheOutletOrThePlaceAfterThem() throws Exception {
        String canonical = "<link rel=canonical href=https://www.herald.example/a>";
        assertEquals(List.of("Jane Doe"), authors(canonical, "<header><h1>Council votes</h1><p>By Jane Doe, Herald "
                + "News, New York</p></header><article>" + PROSE + "</article>"));
        assertEquals(List.of("Jane Doe", "John Roe"), authors(canonical, "<header><h1>Council votes</h1><p>By Jane Doe"
                + " and John Roe</p></header><article>" + PROSE + "</article>"));
        assertEquals(List.of("Herald News"), authors(canonical, "<header><h1>Council votes</h1><p>By Herald News</p>"
                + "</header><article>" + PROSE + "</article>"), "alone, a newsroom's credit stays");
    }

    @Test
    void aFirstNameOrALoginIsCompletedByTheNameThePagePrints() throws Exception {
        String byline = "<header><h1>Council votes</h1><p>By Todd P. Bates</p></header><article>" + PROSE
                + "</article>";
        assertEquals(List.of("Todd P. Bates"), authors("<meta name=author content=Todd>", byline));
        String login = "<h1>Council votes</h1><article><div class=author>todd.bates</div>" + PROSE;
        assertEquals(List.of("Todd P. Bates"), authors("", login + "<p>The vote is in May. (Todd P. Bates)</p>"
                + "</article>"));
        assertEquals(List.of("todd.bates"), authors("", login + "</article>"), "no fuller name printed: it stays");
        assertEquals(List.of("Ann"), authors("<meta name=author content=Ann>", byline), "another person's byline");
    }

    @Test
    void coAuthorsInBracketsAfterTheMarkedWriterAreAuthorsToo() throws Exception {
        assertEquals(List.of("Paul Martin", "Anne Roux", "Luc Petit"), authors("", "<h1>Council votes</h1><p>Par "
                + "<span itemprop=author><a href=/auteur/paul-martin>Paul Martin</a> (avec Anne Roux et Luc Petit)"
                + "</span></p><article>" + PROSE + "</article>"));
        assertEquals(List.of("Jane Doe"), authors("", "<h1>Council votes</h1><p>By <span itemprop=author><a "
                + "href=/by/jane-doe>Jane Doe</a> (with reporting by the Associated Press)</span></p><article>"
                + PROSE + "</article>"), "the material added names no co-author");
        assertEquals(List.of("Paul Martin"), authors("", "<h1>Council votes</h1><p>Par <span itemprop=author>"
                + "<a href=/auteur/paul-martin>Paul Martin</a> (avec AFP)</span></p><article>" + PROSE
                + "</article>"), "an agency in brackets is no co-author");
    }

    @Test
    void aWordThatNamesNoOneLeavesTheNextSourceToName() throws Exception {
        assertEquals(List.of("Jan Berg"), authors("", "<h1>Council votes</h1><div class=byline>Posted</div>"
                + "<span itemprop=author>Jan Berg</span><article>" + PROSE + "</article>"));
    }

    @Test
    void aSiteNamedAfterAPersonIsThatPersonsBlog() throws Exception {
        String article = "<article>" + PROSE + "</article>";
        assertEquals(List.of("Martin Berg"), authors("<meta property=og:site_name content=\"Dr. Martin Berg\">", article),
                "the site's name, its title dropped, when nothing else names anyone");
        assertEquals(List.of("Martin Berg"), authors("<meta property=og:site_name content=\"Martin Berg\"><script "
                + "type=application/ld+json>{\"@type\":\"BlogPosting\",\"author\":\"Martin Berg\"}</script>", article),
                "an author who is the site's name stays");
        assertEquals(List.of(), authors("<meta property=og:site_name content=\"Berg Media\">", article));
    }

    @Test
    void theBylinesCoAuthorsJoinTheOneTheHeadNames() throws Exception {
        String head = "<meta name=author content=\"Rita Berg\">";
        assertEquals(List.of("Rita Berg", "Sven Kohl"), authors(head, "<h1>Council votes</h1><p>Von Rita Berg, Sven "
                + "Kohl</p><article>" + PROSE + "</article>"));
        assertEquals(List.of("Rita Berg"), authors(head, "<h1>Council votes</h1><p>Von Rita Berg, Online-Redaktion"
                + "</p><article>" + PROSE + "</article>"), "a role after the name is no co-author");
        assertEquals(List.of("Rita Berg"), authors(head, "<h1>Council votes</h1><article>" + PROSE + "<ol><li "
                + "itemprop=citation itemscope><meta itemprop=author content=\"Rita Berg\"><meta itemprop=author "
                + "content=\"Sven Kohl\"></li></ol></article>"), "names marked up elsewhere list no byline");
    }

    @Test
    void anAuthorElementNamingTheHeadsWriterByInitialListsTheCoAuthors() throws Exception {
        String head = "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\","
                + "\"name\":\"Rita Berg\"}}</script>";
        String page = "<h1>Council votes</h1><div class=author-location><div class=author>%s</div></div><article>"
                + PROSE + "</article>";
        assertEquals(List.of("R. Berg", "S. M. da Costa"), authors(head, page.formatted("r. berg / S. M. da costa")),
                "the byline as printed, its lower case capitalised");
        assertEquals(List.of("Rita Berg", "Sven Kohl"), authors(head, page.formatted("Rita Berg / Sven Kohl")));
        assertEquals(List.of("Rita Berg"), authors(head, page.formatted("Sven Kohl / Anna Weiss")),
                "a byline without the head's writer");
        assertEquals(List.of("Rita Berg"), authors(head, page.formatted("Rita Berg / Fotos: Sven Kohl")),
                "a photographer's credit is no co-author");
        assertEquals(List.of("Rita Berg"), authors(head, page.formatted("Paul Berg / Sven Kohl")),
                "another writer of the same family name");
    }

    @Test
    void readsEveryNameAnAuthorElementLists() throws Exception {
        assertEquals(List.of("Clara Roth", "Siddharth Rao", "Klaus Berg"), authors("", "<h1>Council votes</h1><span "
                + "class=content-autor><a href=/a/c>Clara Roth</a>, <a href=/a/s>Siddharth Rao</a> &amp; <a href=/a/k>"
                + "Klaus Berg</a></span><article>" + PROSE + "</article>"));
        assertEquals(List.of("Clara Roth"), authors("", "<h1>Council votes</h1><div class=author><span>Clara Roth"
                + "</span> | <span>Redakteurin</span></div><article>" + PROSE + "</article>"), "no list: a title");
    }

    @Test
    void aPersonalSitesCopyrightLineNamesItsAuthorWhenNothingElseDoes() throws Exception {
        String article = "<h1>Council votes</h1><article>" + PROSE + "</article>";
        assertEquals(List.of("Martin Weber"), authors("", article + "<footer><p>© 2006-2019 Martin Weber. Alle "
                + "Rechte vorbehalten.</p></footer>"));
        assertEquals(List.of("Martin Weber"), authors("", article + "<div class=legal>Copyright (c) by Martin Weber | "
                + "<a href=/imprint>Imprint</a></div>"));
        assertEquals(List.of("Martin Weber"), authors("", article + "<footer><small>(<a href=https://licences.example/"
                + ">Licence</a>) 2006-2019 by Martin Weber<br>Hosted by <a href=https://host.example/>Example Hosting</a>"
                + "</small></footer>"), "years and a holder without the mark, a line break after");
        assertEquals(List.of(), authors("", article + "<footer>Run 2006-2019 by Weber Media GmbH</footer>"),
                "a company, without the mark");
        assertEquals(List.of(), authors("", article + "<footer>© 2019 Weber Media GmbH</footer>"), "a company's");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article><figure><img src=a.jpg><figcaption>"
                + "© Martin Weber</figcaption></figure>" + PROSE + "</article><footer>© 2019</footer>"),
                "a picture's credit names its photographer");
        assertEquals(List.of(), authors("", article + "<p>© Martin Weber</p><footer>© 2019 Anna Roth</footer>"),
                "two people");
        assertEquals(List.of("Jane Doe"), authors("<meta name=author content=\"Jane Doe\">", article
                + "<footer>© 2019 Martin Weber</footer>"), "an author named otherwise");
    }

    @Test
    void aCopyrightLineSetInCapitalsNamesItsPerson() throws Exception {
        String article = "<h1>Council votes</h1><article>" + PROSE + "</article>";
        assertEquals(List.of("Martin Weber"), authors("", article + "<footer><p><a href=/imprint>IMPRINT</a> | "
                + "COPYRIGHT MARTIN WEBER | <a href=/contact>CONTACT</a></p></footer>"));
        assertEquals(List.of(), authors("", article + "<footer>© 2019 WEBER MEDIA GMBH</footer>"), "a company's");
        assertEquals(List.of(), authors("", article + "<footer>COPYRIGHT 2019 | ALL RIGHTS RESERVED</footer>"),
                "no holder");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article><figure><img src=a.jpg><figcaption>"
                + "PHOTO: © MARTIN WEBER</figcaption></figure>" + PROSE + "</article>"), "a photographer's");
        assertEquals(List.of("Jane Doe"), authors("<meta name=author content=\"Jane Doe\">", article
                + "<footer>COPYRIGHT MARTIN WEBER</footer>"), "an author named otherwise");
    }

    @Test
    void aColumnsHostUnderItsNameIsItsAuthor() throws Exception {
        assertEquals(List.of("Maria Lopez"), authors("", "<div class=column>Ask the Gardener</div> with Maria Lopez<br>"
                + "<h1>Council votes</h1><article>" + PROSE + "</article>"));
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><p>An interview with Maria Lopez</p><article>"
                + PROSE + "</article>"), "who answered");
    }

    @Test
    void aPostSignedWithAFirstNameOverTheDayNamesItsAuthorWhenNothingElseDoes() throws Exception {
        String article = "<h1>Council votes</h1><article>" + PROSE + "%s</article>";
        assertEquals(List.of("Katrin"), authors("", article.formatted("<p>Katrin<br>3. März 2019</p>")));
        assertEquals(List.of(), authors("", article.formatted("<p>Berlin<br>3. März 2019</p>")), "a place");
        assertEquals(List.of(), authors("", article.formatted("<p>Katrin, 3. März 2019</p>")), "a dateline's line");
        assertEquals(List.of(), authors("", article.formatted("<p><a href=https://blog.example/>Katrin</a><br>3. März 2019</p>")),
                "the site's link");
        assertEquals(List.of("Jane Doe"), authors("<meta name=author content=\"Jane Doe\">",
                article.formatted("<p>Katrin<br>3. März 2019</p>")), "an author named otherwise");
    }

    @Test
    void takesNoAuthorFromATeaserOfAnotherStory() throws Exception {
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + PROSE + "</article><div class=box>"
                + "<a href=/b><h3>Mayor resigns</h3><div class=badge><div class=author-name>Von Ben Roth</div></div>"
                + "</a></div>"));
    }

    @Test
    void aNewsAgencyIsTheAuthorOfAStoryNoPersonSigns() throws Exception {
        assertEquals(List.of("dpa"), authors("", "<h1>Council votes</h1><article>" + PROSE + "<p>The final vote on the "
                + "budget is expected in May, after a second round of public hearings in every district. (dpa)</p>"
                + "</article>"), "signing the last paragraph");
        assertEquals(List.of("AP"), authors("", "<h1>Council votes</h1><article><p>WASHINGTON (AP) — The council met "
                + "on Tuesday evening to vote on the budget for the coming year, and the debate went on for hours.</p>"
                + PROSE + "</article>"), "the wire's dateline");
        assertEquals(List.of("Reuters"), authors("", "<h1>Council votes</h1><article>" + PROSE + PROSE
                + "<div class=source><span>Quelle: Reuters</span></div></article>"), "a credit line after the text");
        assertEquals(List.of("Jane Doe"), authors("<meta name=author content=\"Jane Doe\">", "<h1>Council votes</h1>"
                + "<article>" + PROSE + "<p>Die Abstimmung folgt im Mai. (dpa)</p></article>"), "a person signs");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article><figure><img src=a.jpg><figcaption>"
                + "<span class=credit>AFP</span></figcaption></figure>" + PROSE + "</article>"), "a picture's agency");
    }

    /** The authors of a page whose headline {@code line} follows, before the article. */
    private static List<String> underHeadline(String line) throws Exception {
        return authors("", "<h1>Council votes</h1><p>" + line + "</p><article>" + PROSE + "</article>");
    }

    private static void assertReadUnderHeadline(String line, String... names) throws Exception {
        assertEquals(List.of(names), underHeadline(line), line);
    }

    @Test
    void anInterviewIsCreditedToWhoAskedOrToBothSides() throws Exception {
        assertReadUnderHeadline("Interview: Erika Mustermann", "Erika Mustermann");
        assertReadUnderHeadline("Fragen: Erika Mustermann", "Erika Mustermann");
        assertReadUnderHeadline("Das Gespräch führte Erika Mustermann.", "Erika Mustermann");
        assertEquals(List.of("Erika Mustermann", "Max Muster"), authors("", "<h1>Council votes</h1><p class=author>"
                + "Erika Mustermann im Gespräch mit Max Muster</p><article>" + PROSE + "</article>"));
        assertReadUnderHeadline("Jane Doe in conversation with John Roe", "Jane Doe", "John Roe");
        assertReadUnderHeadline("Jeanne Dupont en conversation avec Paul Martin", "Jeanne Dupont", "Paul Martin");
        assertReadUnderHeadline("Interview: Taylor Swift on her new album"); // a headline's topic
    }

    @Test
    void anInterviewsCreditInTheParsersLanguagesNamesWhoAskedNotWhoAnswered() throws Exception {
        assertReadUnderHeadline("Ein Interview von Erika Mustermann mit Max Muster.", "Erika Mustermann");
        assertReadUnderHeadline("An interview by Jane Doe", "Jane Doe");
        assertReadUnderHeadline("Propos recueillis par Jeanne Dupont", "Jeanne Dupont");
        assertReadUnderHeadline("Una entrevista de Lucía Pérez", "Lucía Pérez");
        assertReadUnderHeadline("Una intervista di Luca Bianchi", "Luca Bianchi");
        assertReadUnderHeadline("Rozmawiała Anna Kowalska", "Anna Kowalska");
    }

    @Test
    void aBylineNamingTheKindOfPieceBeforeItsWriterIsRead() throws Exception {
        assertReadUnderHeadline("Ein Kommentar von Erika Mustermann", "Erika Mustermann");
        assertReadUnderHeadline("Opinion by Jane Doe", "Jane Doe");
        assertReadUnderHeadline("Une tribune de Jeanne Dupont", "Jeanne Dupont");
        assertReadUnderHeadline("Una columna de Lucía Pérez", "Lucía Pérez");
    }

    @Test
    void theMaterialAddedAfterTheWritersNameIsNoAuthor() throws Exception {
        assertReadUnderHeadline("Par Jeanne Dupont avec AFP", "Jeanne Dupont");
        assertReadUnderHeadline("Por Lucía Pérez con información de EFE", "Lucía Pérez");
        assertReadUnderHeadline("Von Erika Mustermann mit Material von dpa", "Erika Mustermann");
    }

    @Test
    void theArticlesOwnBylineNamingAnotherWriterWinsOverTheHeadsAccount() throws Exception {
        assertEquals(List.of("Erika Mustermann"), authors("<meta name=author content=\"Max Muster\">",
                "<h1>Council votes</h1><article><p><em>Ein Beitrag von Erika Mustermann.</em></p>" + PROSE
                + "</article>"));
    }

    @Test
    void aColumnsNameOverTheBylineThatPrintsTheHeadsWriterIsNoAuthor() throws Exception {
        String column = "<p class=byline-column><a class=byline-column-link href=/column/market-notes>Market Notes</a>"
                + "</p>";
        String page = "<article><header><h1>Council votes</h1><div class=byline-box>" + column + "%s<time datetime="
                + "2024-03-12>March 12, 2024</time></div></header>" + PROSE + "</article>";
        String head = "<meta name=author content=\"Jane Doe\">";
        assertEquals(List.of("Jane Doe"), authors(head, page.formatted("<p class=byline>By <span class=byline-author>"
                + "JANE DOE</span></p>")));
        assertEquals(List.of("Market Notes"), authors("", page.formatted("")),
                "a head that names no writer leaves the region's column");
        assertEquals(List.of("John Roe"), authors(head, "<article><header><h1>Council votes</h1><p class=dateline>By "
                + "JANE DOE, March 12, 2024</p></header><p class=byline>By John Roe</p>" + PROSE + "</article>"),
                "a second person the region credits");
    }

    @Test
    void aHeadCreditingTheSitesTeamYieldsToTheOneWriterTheBylineNames() throws Exception {
        String page = "<h1>Council votes</h1><p class=date>Erstellt von <a href=/author/erika/>Erika</a> am"
                + " Dienstag 6. Mai 2014</p><article>" + PROSE + "</article>";
        assertEquals(List.of("Erika"), authors("<meta name=author content=\"Max Muster - Lena Vogt\">", page));
        assertEquals(List.of("Max Muster"), authors("<meta name=author content=\"Max Muster\">", page),
                "one writer the head names stays");
        assertEquals(List.of("Max Muster"), authors("<meta name=author content=\"Max Muster - Example News\">",
                page), "a dash before the outlet's name lists no second writer");
        assertEquals(List.of("Max Muster", "Lena Vogt"), authors("<meta name=author content=\"Max Muster - Lena"
                + " Vogt\">", "<h1>Council votes</h1><article>" + PROSE + "</article>"), "a team no byline contradicts");
    }

    @Test
    void theArticlesBylineRunIntoTheNextWordLeavesTheHeadsAuthor() throws Exception {
        assertEquals(List.of("Jane Doe"), authors("<meta name=author content=\"Jane Doe\">",
                "<h1>Council votes</h1><article><p>By Jane Doe Example</p>" + PROSE + "</article>"));
    }

    @Test
    void theWordsTheRegionsBylineRunsOnAfterThePrintedNameAreNoPartOfIt() throws Exception {
        assertEquals(List.of("Jane Doe"), authors("", "<h1>Council votes</h1><div class=author><a href=/author/jd>"
                + "Jane Doe<div class=author-title>Games Editor</div></a></div><article>" + PROSE + "</article>"),
                "a role in an element of its own inside the author's link");
        assertEquals(List.of("Jane Doe"), authors("", "<article><h1>Council votes</h1><div class=author_fmt> By <a "
                + "rel=author href=/jd>Jane Doe</a><br>Example Health News</div>" + PROSE + "</article>"),
                "the outlet on the byline's next line");
        assertEquals(List.of("JANE DOE"), authors("", "<article><h1>Council votes</h1><cite class=\"byline vcard\">"
                + "<span>By </span><span class=fn>JANE DOE</span> <abbr>March 11, 2015 3:46 PM</abbr></cite>" + PROSE
                + "</article>"), "the month of the date after the name");
    }

    @Test
    void readsADateAndAPersonsNameSetApartOnALineOfTheirOwn() throws Exception {
        assertReadUnderHeadline("12.03.2021 – Erika Mustermann", "Erika Mustermann");
        assertReadUnderHeadline("12. März 2021 - Erika Mustermann", "Erika Mustermann");
        assertReadUnderHeadline("Jane Doe | March 12, 2021", "Jane Doe");
        assertReadUnderHeadline("12.03.2021 - Berlin Mitte"); // a place
        assertReadUnderHeadline("12.03.2021 - Politik"); // a section
    }

    @Test
    void theMonthAfterTheNamesPrepositionIsTheDates() throws Exception {
        assertReadUnderHeadline("Posted by Jane Doe on March 4, 2024, 6:21 AM", "Jane Doe");
        assertReadUnderHeadline("Von Erika Mustermann am März 4, 2024", "Erika Mustermann");
        assertReadUnderHeadline("By Anna Le May 4, 2024", "Anna Le May"); // a particle of the name
    }

    @Test
    void readsTheBylineABlogsDatelineRunsOnInto() throws Exception {
        assertReadUnderHeadline("Posted on March 4, 2024 by Jane Doe", "Jane Doe");
        assertReadUnderHeadline("Published on 4 March 2024 by Jane Doe", "Jane Doe");
        assertReadUnderHeadline("Veröffentlicht am 4. März 2024 von Erika Mustermann", "Erika Mustermann");
        assertReadUnderHeadline("March 4, 2024 by the river"); // no name after "by"
        assertReadUnderHeadline("Updated March 4, 2024 by the editors");
        assertReadUnderHeadline("Posted on March 4, 2024 by admin");
    }

    @Test
    void readsTheBylineItsLabelSetsAfterALabelledDate() throws Exception {
        assertReadUnderHeadline("Dodano: 12.03.2024, 14:20 | Autor: Jan Kowalski", "Jan Kowalski");
        assertReadUnderHeadline("Опубликовано: 12.03.2024 | Автор: Иван Петров", "Иван Петров");
        assertReadUnderHeadline("Dodano: 12.03.2024, 14:20 | Fot. Jan Kowalski"); // the photographer
        assertReadUnderHeadline("Dodano: 12.03.2024, 14:20 | Kraków Główny"); // a place
    }

    @Test
    void readsTheBylineFieldOfAChineseInfoLineButNotItsSourceOrEditor() throws Exception {
        assertReadUnderHeadline("发布时间：2024年3月12日 14:20\u3000来源：新华社\u3000作者：李明", "李明");
        assertReadUnderHeadline("发布时间：2024年3月12日 14:20\u3000来源：新华社\u3000责任编辑：王芳");
    }

    @Test
    void readsAChineseBylineWhoseLabelStandsInTheElementBeforeTheName() throws Exception {
        assertReadUnderHeadline("作者：<a href=/writers/1>李明</a>", "李明");
        assertReadUnderHeadline("来源：城市晨报 作者：<a href=/writers/1>李明</a>", "李明");
        assertReadUnderHeadline("来源：<a href=/sources/1>城市晨报</a>");
        assertReadUnderHeadline("责任编辑：<a href=/editors/1>王芳</a>");
    }

    @Test
    void splitsListsJoinedByTheLowerCaseWordsForAndButNotAtAMiddleInitial() throws Exception {
        assertReadUnderHeadline("Door Sanne de Vries en Pieter Jansen", "Sanne de Vries", "Pieter Jansen");
        assertReadUnderHeadline("Autorzy: Anna Kowalska i Jan Nowak", "Anna Kowalska", "Jan Nowak");
        assertReadUnderHeadline("Tekst: Sanne de Vries", "Sanne de Vries");
        assertReadUnderHeadline("Autor: Joan Puig i Ferrer", "Joan Puig i Ferrer");
        assertReadUnderHeadline("Por José Ortega y Gasset", "José Ortega y Gasset");
        assertReadUnderHeadline("Testo di Giulia Rossi e Marco Bianchi", "Giulia Rossi", "Marco Bianchi");
        assertEquals(List.of("Giulia Rossi", "Marco Bianchi"), authors("<script type=application/ld+json>{\"@type\":"
                + "\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Giulia Rossi e Marco Bianchi\"}}"
                + "</script>", "<article>" + PROSE + "</article>"));
        assertReadUnderHeadline("By Jane E. Doe", "Jane E. Doe");
        assertReadUnderHeadline("Por Ana Y. Ruiz", "Ana Y. Ruiz");
        assertReadUnderHeadline("By D.E."); // initials alone name no one
    }

    @Test
    void readsNamesWithParticlesInFrontOfTheFamilyName() throws Exception {
        assertReadUnderHeadline("Door Pieter van den Berg", "Pieter van den Berg");
        assertReadUnderHeadline("Por Maria do Carmo Souza", "Maria do Carmo Souza");
        assertReadUnderHeadline("Di Giovanni della Rosa", "Giovanni della Rosa");
        assertEquals(List.of("Pieter van den Berg"), authors("", "<h1>Council votes</h1><article>" + PROSE
                + "<p>– Pieter van den Berg</p></article>"), "a signature");
        assertEquals(List.of("Ursula von der Leyen"), authors("", "<h1>Council votes</h1><article>" + PROSE
                + "<p><em>Ursula von der Leyen ist Juristin und Ärztin.</em></p></article>"), "a note about the writer");
        assertEquals(List.of("Sanne de Vries"), authors("", "<h1>Council votes</h1><article>" + PROSE
                + "<p><b>Sanne de Vries</b></p></article>"), "an emphasised signature");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE
                + "<p>– Jane de</p></article>"), "a particle ends no name");
    }

    @Test
    void dropsTheOutletAWriterFiledFor() throws Exception {
        assertReadUnderHeadline("By Jane Doe for The Example Times", "Jane Doe");
        assertReadUnderHeadline("By Jane Doe, Special to The Example Times", "Jane Doe");
        assertReadUnderHeadline("Par Marie Martin pour Le Quotidien", "Marie Martin");
        assertReadUnderHeadline("Von Erika Mustermann für die Zeitung", "Erika Mustermann");
        assertReadUnderHeadline("Por Lucía Pérez, para El Diario", "Lucía Pérez");
        assertReadUnderHeadline("Door Sanne de Vries voor De Krant", "Sanne de Vries");
        assertEquals(List.of("Jane Doe"), authors("<meta name=author content=\"Jane Doe, For The Example Times\">",
                "<article>" + PROSE + "</article>"));
    }

    @Test
    void readsANameWithInvisibleCharactersAsItShows() throws Exception {
        assertEquals(List.of("Matthias Berg"), authors("<meta name=author content=\"Mat&shy;thi&shy;as Berg\">",
                "<article>" + PROSE + "</article>"));
        assertReadUnderHeadline("Von Mat&shy;thi&shy;as Berg", "Matthias Berg");
        assertReadUnderHeadline("By Jane&#8204; Doe&#8288;", "Jane Doe");
        assertEquals(List.of(), authors("<meta name=author content=\"&#8203;&shy;\">", "<article>" + PROSE
                + "</article>"));
    }

    @Test
    void readsACreditOfTextAndPictures() throws Exception {
        assertReadUnderHeadline("Text und Fotos: Erika Mustermann", "Erika Mustermann");
        assertReadUnderHeadline("Texte et photos : Marie Martin", "Marie Martin");
        assertReadUnderHeadline("Texto y fotos: Ana Ruiz", "Ana Ruiz");
        assertReadUnderHeadline("Tekst en foto's: Sanne de Vries", "Sanne de Vries");
    }

    @Test
    void knowsGivenNamesOfTheLanguagesItReads() throws Exception {
        for (String[] note : new String[][] {{"Reiner Nagel", "ist Architekt und Stadtplaner."},
                {"Wiebke Hansen", "ist Redakteurin."}, {"Anu Sharma", "is a reporter."},
                {"Grégoire Martin", "est journaliste."}, {"Rocco Bianchi", "è giornalista."}}) {
            assertEquals(List.of(note[0]), authors("", "<h1>Council votes</h1><article>" + PROSE + "<p><em>" + note[0]
                    + " " + note[1] + "</em></p></article>"), note[0]);
        }
    }

    @Test
    void readsTheLabelsOfMoreLanguagesAndOfAWiresCredit() throws Exception {
        assertReadUnderHeadline("Napisał Jan Kowalski", "Jan Kowalski");
        assertReadUnderHeadline("Autor tekstu: Anna Nowak", "Anna Nowak");
        assertReadUnderHeadline("Av Lars Nilsson", "Lars Nilsson");
        assertReadUnderHeadline("Af Mette Jensen", "Mette Jensen");
        assertReadUnderHeadline("Reporting by Jane Doe; Editing by John Roe", "Jane Doe");
        assertEquals(List.of("Jane Doe", "Ann Roe"), authors("", "<h1>Council votes</h1><article>" + PROSE
                + "<p>The vote is set for May. (Reporting by Jane Doe and Ann Roe; Editing by John Roe)</p></article>"),
                "the credit closing a wire's story");
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE
                + "<p>The vote is set for May (by the mayor's count)</p></article>"), "no sentence before it");
    }

    @Test
    void dropsTheRoleABylineGivesAfterTheName() throws Exception {
        assertReadUnderHeadline("By Jane Doe, Senior Editor", "Jane Doe");
        assertReadUnderHeadline("By Jane Doe Staff Writer", "Jane Doe");
        assertReadUnderHeadline("Von Erika Mustermann Chefredakteurin", "Erika Mustermann");
        assertReadUnderHeadline("Von Erika Mustermann, Chefredakteurin", "Erika Mustermann");
        assertReadUnderHeadline("Por Lucía Pérez, Corresponsal", "Lucía Pérez");
    }

    @Test
    void aWriterCreditedBesideAnAgencyOrInParenthesesAfterTheArticleIsItsAuthor() throws Exception {
        assertEquals(List.of("Erika Mustermann", "dpa"), authors("", "<h1>Council votes</h1><article>" + PROSE
                + "<p>Erika Mustermann / dpa</p></article>"));
        assertEquals(List.of("Jane Doe", "AFP"), authors("", "<h1>Council votes</h1><article>" + PROSE
                + "<p>Jane Doe, AFP</p></article>"));
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "<figure><img src=a.jpg>"
                + "<figcaption>Erika Mustermann / dpa</figcaption></figure></article>"), "a picture's credit");
        assertEquals(List.of("Erika Mustermann"), authors("", "<h1>Council votes</h1><article>" + PROSE
                + "<p>(Erika Mustermann)</p></article>"));
        assertEquals(List.of(), authors("", "<h1>Council votes</h1><article>" + PROSE + "<p>(Berlin Mitte)</p>"
                + "</article>"), "a place");
    }

    @Test
    void aPressReleasesContactPersonIsItsAuthorWhenNothingElseNamesOne() throws Exception {
        String release = "<h1>Council votes</h1><article>" + PROSE;
        assertEquals(List.of("Lena Vogt"), authors("", release + "<div>Kontakt:</div><p><b>Lena Vogt</b><br>"
                + "Telefon 0123 456789</p></article>"));
        assertEquals(List.of("Uwe Bauer"), authors("", release + "</article><div class=contact-person-list><ul><li>"
                + "<a href=/team/7><strong>Uwe Bauer</strong></a><div>Pressesprecher</div></li></ul></div>"),
                "a box named for the release's contact persons");
        assertEquals(List.of("Till Kober"), authors("", release + "<p>Press contact:</p><p><b>Till Kober</b><br>"
                + "<a href=\"mailto:till.kober@example.org\">Mail</a></p></article>"),
                "a name the entity reader does not know, spelt by the card's own e-mail address");
        assertEquals(List.of(), authors("", release + "<p>Press contact:</p><p><b>Till Kober</b><br>"
                + "<a href=\"mailto:press@example.org\">Mail</a></p></article>"), "no more than a full name's shape");
        assertEquals(List.of(), authors("", release + "</article><aside><h6>Kontakt</h6><h5>Lena Vogt</h5></aside>"),
                "a sidebar's contact is the site's or a topic's");
        assertEquals(List.of(), authors("", release + "<p><a href=/kontakt>Kontakt</a></p><p>Lena Vogt</p>"
                + "</article>"), "a menu's link");
        assertEquals(List.of(), authors("", release + "<p>Kontakt:</p><p>Stadtwerke Nord GmbH</p><p>Lena Vogt</p>"
                + "</article>"), "the name must follow the label");
    }
}
