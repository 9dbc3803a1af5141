package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.FRENCH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Related;
import dev.newsdesk.parse.extract.Boilerplate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of page chrome stays out of the body, in a text dump and in HTML, in several languages. */
class BoilerplateTest {

    private static final String TITLE = "Council approves bridge repairs after long debate";

    @Test
    void dropsNavigationAboveTheArticle() throws Exception {
        ArticleContent a = dump("Home\n\nNews\n\nSport\n\nWeather\n\nMenu\n\nSearch\n\n" + TITLE + "\n\n" + ENGLISH_PROSE);
        assertEquals(TITLE, a.title());
        assertFalse(a.body().contains("Weather"));
        assertEquals(3, a.blocks().size());
    }

    @Test
    void dropsShareBars() throws Exception {
        ArticleContent a = dump(TITLE + "\n\nShare\n\nFacebook\n\nTwitter\n\nEmail\n\n" + ENGLISH_PROSE
                + "\n\nPartager sur Facebook\n\nWhatsApp");
        assertFalse(a.body().contains("Facebook"));
        assertEquals(3, a.blocks().size());
    }

    @Test
    void aShortSentenceAboutCommentingIsTheArticlesOwn() throws Exception {
        String[] paragraphs = ENGLISH_PROSE.split("\n\n");
        ArticleContent a = dump(TITLE + "\n\n" + paragraphs[0] + "\n\nThe contractors declined to comment.\n\n"
                + paragraphs[1] + "\n\n" + paragraphs[2] + "\n\nComments (12)\n\nGreat news for the town!");
        assertTrue(a.body().contains("declined to comment."), a.body());
        assertTrue(a.body().contains(paragraphs[2]), a.body());
        assertFalse(a.body().contains("Great news"), a.body());
    }

    @Test
    void aTableCellSayingRepliesAreLateIsNoCommentHeading() throws Exception {
        String[] paragraphs = ENGLISH_PROSE.split("\n\n");
        ArticleContent a = dump(TITLE + "\n\n" + paragraphs[0] + "\n\n" + paragraphs[1]
                + "\n\nTable 2. What residents reported\n\nProblem\n\nLikely cause\n\nQueues at the bridge\n\n"
                + "One lane closed for the survey\n\nReplies are late\n\nThe town hall answers letters by post\n\n"
                + paragraphs[2] + "\n\nThe engineers will publish a second survey next spring, when the river is low "
                + "enough for divers to inspect the footings of the older bridge.\n\nComments are closed.");
        assertTrue(a.body().contains(paragraphs[0]), a.body());
        assertTrue(a.body().contains("second survey"), a.body());
        assertFalse(Boilerplate.endsArticle("Replies are late"));
        assertTrue(Boilerplate.endsArticle("2 replies"));
        assertTrue(Boilerplate.endsArticle("Was sagen Sie? 12 Kommentare"), "a verb before the word");
        assertTrue(Boilerplate.endsArticle("Kommentare – was meinen Sie?"), "German's was");
    }

    @Test
    void readersCommentsAfterACommentThreadHeaderAreNeverTheArticleHoweverLong() throws Exception {
        String comments = twelveComments("reader%d says:\n\nNovember 19, 2019 at 6:34 am");
        ArticleContent a = dump(TITLE + "\n\n" + ENGLISH_PROSE + "\n\n12 responses to “" + TITLE + "”" + comments);
        assertEquals(3, a.blocks().size(), a.body());
        assertFalse(a.body().contains("twenty years"), a.body());
    }

    @Test
    void readersCommentsUnderABareCommentsHeaderAreNeverTheArticleWhenSigned() throws Exception {
        String comments = twelveComments("Reader %d on November 19, 2019 at 6:34 am said:");
        ArticleContent a = dump(TITLE + "\n\n" + ENGLISH_PROSE + "\n\nComments" + comments);
        assertEquals(3, a.blocks().size(), a.body());
        assertFalse(a.body().contains("twenty years"), a.body());
    }

    /** Twelve readers' comments, longer together than the article, each under its {@code signature} (%d: a number). */
    private static String twelveComments(String signature) {
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            comments.append("\n\n").append(signature.formatted(i)).append("\n\n")
                    .append("I have been driving over those bridges for twenty years and I can tell you that the ")
                    .append("council waited far too long, and now the repairs will cost us all a lot more money.");
        }
        return comments.toString();
    }

    @Test
    void recognisesACommentsSignatureInEachLanguageButNotAQuotedSentence() {
        for (String line : List.of("Jane Doe says:", "Milan on September 12, 2018 at 4:47 pm said:",
                "Jean Dupont dit : 3 mars 2024 à 10 h 15", "Hans Müller sagt:", "Ana dice:", "Marco ha detto:",
                "João disse:")) {
            assertTrue(Boilerplate.signsComment(line), line);
        }
        assertFalse(Boilerplate.signsComment("The minister said the bridges were safe."));
        assertFalse(Boilerplate.signsComment("Comments"));
    }

    @Test
    void aCommentFormHeadingWithItsCancelLinkEndsTheArticleInEachLanguage() {
        for (String line : List.of("Leave a Reply Cancel reply", "You must be logged in to post a comment.",
                "Laisser un commentaire Annuler la réponse", "Schreibe einen Kommentar Antworten abbrechen",
                "Deja una respuesta Cancelar la respuesta", "Lascia un commento Annulla risposta",
                "Deixe uma resposta Cancelar resposta")) {
            assertTrue(Boilerplate.endsArticle(line), line);
        }
    }

    @Test
    void stopsAtAnEnglishCommentForm() throws Exception {
        ArticleContent a = dump(TITLE + "\n\n" + ENGLISH_PROSE + "\n\nLeave a Reply\n\n"
                + "Your email address will not be published. Required fields are marked *\n\n"
                + "I have been saying for years that these bridges were a danger to everyone who drives on them.");
        assertEquals(3, a.blocks().size());
        assertFalse(a.body().contains("saying for years"));
    }

    @Test
    void stopsAtAFrenchCommentForm() throws Exception {
        ArticleContent a = dump("Réforme des écoles\n\n" + FRENCH_PROSE + "\n\nAjouter un commentaire\n\n"
                + "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *");
        assertEquals(3, a.blocks().size());
        assertFalse(a.body().contains("adresse"));
    }

    @Test
    void dropsMostReadWidgetsInSeveralLanguages() throws Exception {
        for (String widget : List.of("Most read", "Les plus lus", "Meistgelesen", "Lo más leído", "I più letti",
                "Mais lidas")) {
            ArticleContent a = dump(TITLE + "\n\n" + ENGLISH_PROSE + "\n\n" + widget + "\n\n"
                    + "A completely different story about a football match that ended in a draw on Sunday evening.");
            assertFalse(a.body().contains("football"), widget);
        }
    }

    @Test
    void aBoxOfOtherArticlesEndsTheStoryInADumpInSeveralLanguages() throws Exception {
        for (String widget : List.of("Most read in world news", "Related links", "Latest headlines",
                "About the author", "Weitere Artikel", "Über den Autor", "Последние новости", "O autorze",
                "Τελευταία νέα", "最新新闻")) {
            assertTrue(Boilerplate.headsWidget(Boilerplate.key(widget)), widget);
            ArticleContent a = dump(TITLE + "\n\n" + ENGLISH_PROSE + "\n\n" + widget + "\n\n"
                    + "A completely different story about a football match that ended in a draw on Sunday evening.");
            assertFalse(a.body().contains("football"), widget);
        }
        assertFalse(Boilerplate.headsWidget(Boilerplate.key("The latest news from the council")));
    }

    @Test
    void dropsBackToTopCookieAndNewsletterLines() throws Exception {
        ArticleContent a = dump(TITLE + "\n\nWe use cookies to improve your experience on our site.\n\nAccept all\n\n"
                + ENGLISH_PROSE + "\n\nSign up for our newsletter\n\nTo Top");
        assertEquals(3, a.blocks().size());
        assertFalse(a.body().contains("cookies"));
        assertFalse(a.body().contains("newsletter"));
    }

    @Test
    void recognisesMenusCookieBannersLegalLinesAndCommentHeadingsInSlavicLanguagesAndGreek() {
        for (String line : List.of("Главная", "Strona główna", "Hlavní stránka", "Αρχική", "Поиск", "Αναζήτηση",
                "Читать далее", "Czytaj dalej", "Διαβάστε περισσότερα", "Поділитися", "Sdílet",
                "Мы используем файлы cookie, чтобы сайт работал лучше.",
                "Używamy plików cookies, aby ułatwić korzystanie z serwisu.",
                "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.", "Polityka prywatności",
                "Πολιτική απορρήτου", "Усі права захищені.", "Všechna práva vyhrazena.", "Štítky: rozpočet, oprava")) {
            assertTrue(Boilerplate.isNoise(line), line);
        }
        for (String line : List.of("12 коментарів", "Залишити коментар", "Nejčtenější", "Související články",
                "Napsat komentář", "Правила комментирования", "Regulamin komentarzy", "Κανόνες σχολιασμού",
                "Pravidla diskuse")) {
            assertTrue(Boilerplate.endsArticle(line), line);
        }
        assertEquals("Zastupitelstvo schválilo rozpočet",
                Boilerplate.teaserHeadline("Přečtěte si také: Zastupitelstvo schválilo rozpočet"));
        assertFalse(Boilerplate.isNoise("Городской совет утвердил бюджет на следующий год, сообщили в мэрии."));
    }

    @Test
    void aRussianReprintNoticeUnderTheStoryIsSmallPrint() throws Exception {
        ArticleContent a = dump("Совет утвердил ремонт мостов\n\n" + UnlistedLanguageTest.RUSSIAN
                + "\n\nПерепечатка материалов разрешается только с письменного согласия редакции, а при цитировании "
                + "ссылка на источник обязательна. Политика конфиденциальности.");
        assertTrue(a.body().endsWith("в ближайшие месяцы."), a.body());
    }

    @Test
    void aMoreStoriesBoxUnderTheStoryEndsItButASubheadingAboutStoriesStays() throws Exception {
        String box = "<hr><div class=\"heading-h3\">More Great Gazette Stories</div><ul>"
                + "<li>Why the harbour cranes <a href=\"/story/cranes\">stopped turning last winter</a></li>"
                + "<li>A baker's guide <a href=\"/story/bread\">to the perfect sourdough</a></li>"
                + "<li>Nine gardens worth <a href=\"/story/gardens\">a detour this summer</a></li></ul>";
        ArticleContent a = articleEndingWith(box);
        assertEquals(3, a.blocks().size(), a.body());
        assertFalse(a.body().contains("Gazette"), a.body());
        ArticleContent guard = articleEndingWith("<h2>More residents share their stories</h2><p>Two neighbours who "
                + "lost their cellars in the floods told the council how long the bridge had been closed.</p>");
        assertTrue(guard.body().contains("More residents share their stories"), guard.body());
        assertTrue(Boilerplate.headsOtherArticles(Boilerplate.key("More stories")));
        assertFalse(Boilerplate.endsArticle("More stories emerged from the flooded villages."));
    }

    @Test
    void anInvitationToWriteToTheSiteUnderTheStoryIsChromeButAThirdPartysAddressStays() throws Exception {
        ArticleContent a = articleEndingWith("<p>Join our readers' forum to talk about the bridge works, and send your "
                + "photos of the river to us at desk@example.org.</p>");
        assertEquals(3, a.blocks().size(), a.body());
        ArticleContent guard = articleEndingWith("<p>Anyone who saw the old bridge give way is asked to write to the "
                + "inquiry at witnesses@example.gov.</p>");
        assertTrue(guard.body().endsWith("witnesses@example.gov."), guard.body());
    }

    @Test
    void movesAReadAlsoTeaserToRelated() throws Exception {
        String[] p = FRENCH_PROSE.split("\n\n");
        ArticleContent a = dump("Réforme des écoles\n\n" + p[0] + "\n\nLire aussi : Les syndicats appellent à la grève "
                + "dans les lycées\n\n" + p[1] + "\n\n" + p[2]);
        assertEquals(3, a.blocks().size());
        assertEquals("Les syndicats appellent à la grève dans les lycées", a.related().get(0).title());
    }

    @Test
    void turnsABylineAndADatelineIntoMetadata() throws Exception {
        ArticleContent a = dump(TITLE + "\n\nBy Jane Doe and John Roe\n\nNovember 20, 2019\n\n" + ENGLISH_PROSE);
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
        assertEquals("2019-11-20", a.publishedAt());
        assertFalse(a.body().contains("Jane Doe"));
    }

    @Test
    void readsAFrenchDateline() throws Exception {
        ArticleContent a = dump("Réforme des écoles\n\nPar Marie Dupont\n\nPublié le 3 mars 2024 à 10h15\n\n"
                + FRENCH_PROSE);
        assertEquals(List.of("Marie Dupont"), a.authors());
        assertEquals("2024-03-03", a.publishedAt(), "a time without its offset names no instant: the day alone");
    }

    @Test
    void dropsHtmlCommentSectionsAndSidebars() throws Exception {
        StringBuilder html = new StringBuilder("<html><body><div class=\"sidebar\"><h3>Trending</h3><ul>"
                + "<li><a href=/a>Another story about a storm that hit the coast</a></li></ul></div><article>");
        for (String p : ENGLISH_PROSE.split("\n\n")) html.append("<p>").append(p).append("</p>");
        html.append("</article><div id=\"comments\"><h3>3 Comments</h3><p>This is a long reader comment that "
                + "says the council should have done this years ago, and that the mayor is to blame.</p></div>"
                + "<div class=\"related-posts\"><a href=\"/b\">Mayor announces plan for new city library</a></div>"
                + "</body></html>");
        ArticleContent a = parse(html.toString(), "page.html");
        assertEquals(3, a.blocks().size());
        assertFalse(a.body().contains("storm"));
        assertFalse(a.body().contains("reader comment"));
        // The page names no address of its own, so "/b" would point anywhere a client resolves it: no URL.
        assertTrue(a.related().contains(new Related("Mayor announces plan for new city library", null)),
                a.related().toString());
    }

    @Test
    void relatedLinksResolveOnThePagesAddress() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><link rel=canonical href=https://news.example/city/x>"
                + "</head><body><article>");
        for (String p : ENGLISH_PROSE.split("\n\n")) html.append("<p>").append(p).append("</p>");
        html.append("</article><div class=\"related-posts\"><a href=\"/city/library\">Mayor announces plan for new "
                + "city library</a><a href=\"javascript:alert(1)\">Council votes to repair both river bridges</a>"
                + "</div></body></html>");
        ArticleContent a = parse(html.toString(), "page.html");
        assertEquals(List.of(new Related("Mayor announces plan for new city library", "https://news.example/city/library"),
                new Related("Council votes to repair both river bridges", null)), a.related());
    }

    @Test
    void keepsEveryChunkOfAnArticleCutByAnEmbedEvenWithAModifierClass() throws Exception {
        String[] p = ENGLISH_PROSE.split("\n\n");
        String html = "<html><body><article>"
                + "<div class=\"section\"><div class=\"body-text lead\"><div class=\"content\"><p>" + p[0]
                + "</p></div></div></div>"
                + "<div class=\"embed\"><iframe src=\"https://player.example/1\"></iframe></div>"
                + "<div class=\"section\"><div class=\"body-text\"><div class=\"content\"><p>" + p[1] + "</p><p>"
                + p[2] + "</p></div></div></div></article></body></html>";
        ArticleContent a = parse(html, "page.html");
        for (String paragraph : p) assertTrue(a.body().contains(paragraph), a.body());
    }

    @Test
    void theAuthorsProfileInsideTheArticleElementEndsTheStoryInHtml() throws Exception {
        for (String heading : List.of("About the author", "Über den Autor", "À propos de l'auteur")) {
            assertWritersBoxGoes("<h3>" + heading + "</h3><p>" + WRITERS_NOTE + "</p>");
        }
    }

    @Test
    void aBareAuthorLabelWithTheWritersNameAndBlurbUnderTheStoryIsChromeInHtml() throws Exception {
        for (String label : List.of("Author", "AUTOR", "Autorin:")) {
            assertWritersBoxGoes("<p><strong>" + label + "</strong></p><p>Jane Doe</p><p>" + WRITERS_NOTE + "</p>");
        }
    }

    @Test
    void aReviewThatNamesTheAuthorInItsLastParagraphsKeepsThem() throws Exception {
        ArticleContent a = articleEndingWith("<p>The new book by the author of last year's history of the bridge "
                + "covers the same ground with more maps.</p><p>Jane Doe is a historian, and her chapters on the old "
                + "ferry read like a novel, with the council's minutes quoted at length.</p>");
        assertTrue(a.body().contains("by the author of last year"), a.body());
        assertTrue(a.body().contains("her chapters on the old ferry"), a.body());
    }

    private static final String WRITERS_NOTE = "Jane Doe has covered the city council for the paper since 2009 and "
            + "writes about roads, schools and local budgets.";

    /** The article ending with {@code box}, a box on its writer, is its three paragraphs of prose without it. */
    private static void assertWritersBoxGoes(String box) throws Exception {
        ArticleContent a = articleEndingWith(box);
        assertEquals(3, a.blocks().size(), box + ": " + a.body());
        assertFalse(a.body().contains("covered the city council"), box);
    }

    /** An HTML page whose article holds the English prose, then {@code tail}. */
    private static ArticleContent articleEndingWith(String tail) throws Exception {
        StringBuilder html = new StringBuilder("<html><body><article><h1>" + TITLE + "</h1>");
        for (String p : ENGLISH_PROSE.split("\n\n")) html.append("<p>").append(p).append("</p>");
        return parse(html.append(tail).append("</article></body></html>").toString(), "page.html");
    }

    @Test
    void aSharePageButtonAndAGermanLogInToDiscussNoticeUnderTheStoryAreChrome() throws Exception {
        StringBuilder html = new StringBuilder("<html><body><article><h1>" + TITLE + "</h1>");
        for (String p : ENGLISH_PROSE.split("\n\n")) html.append("<p>").append(p).append("</p>");
        html.append("<p>Seite teilen</p><p>Share this page</p><p>Sie müssen sich einloggen, um sich an einer Diskussion "
                + "beteiligen zu können.</p></article></body></html>");
        ArticleContent a = parse(html.toString(), "page.html");
        assertEquals(3, a.blocks().size(), a.body());
        assertTrue(Boilerplate.endsArticle("Du musst dich anmelden, um einen Kommentar zu schreiben."));
    }

    @Test
    void aSourcesToggleAConsentHeldEmbedsHeadingAndAHeaderPicturesCreditInsideTheStoryAreChrome() throws Exception {
        String[] p = ENGLISH_PROSE.split("\n\n");
        String html = "<html><body><article><h1>" + TITLE + "</h1><p>" + p[0] + "</p><p>Empfohlener redaktioneller "
                + "Inhalt</p><p>" + p[1] + "</p><p>" + p[2] + "</p><p>Quellen ausblenden</p>"
                + "<p>Beitragsbild: Der Fluss bei Nacht, aufgenommen von einer Leserin.</p></article></body></html>";
        ArticleContent a = parse(html, "page.html");
        assertEquals(3, a.blocks().size(), a.body());
    }

    @Test
    void aStoryParagraphAboutRightsAndATrademarkIsNoSmallPrintButALongLegalNoticeIs() throws Exception {
        String story = "The league's lawyers argued that the club held the exclusive rights to the old nickname, and"
                + " the judge agreed that the trademark had been used for decades on shirts, tickets and posters sold"
                + " at the stadium, so other teams would have to stop printing it by the end of the season.";
        String notice = "Disclaimer: the operators of this forum take no responsibility for the content, accuracy or"
                + " form of the posts written by its members, each of whom is the author of his own contributions and"
                + " answers for them alone; the address of each writer is recorded and kept for a month in case of a"
                + " dispute. Copyright remains with the authors.";
        ArticleContent a = dump(TITLE + "\n\n" + ENGLISH_PROSE + "\n\n" + story + "\n\n" + notice);
        assertTrue(a.body().endsWith("by the end of the season."), a.body());
    }

    @Test
    void aLineThatIsOnlyAWebAddressIsChromeButASentenceNamingOneStays() throws Exception {
        String[] p = ENGLISH_PROSE.split("\n\n");
        String named = "Residents can read the whole budget at www.rivertown.example.org before the next meeting.";
        String html = "<html><body><article><h1>" + TITLE + "</h1><p>" + p[0] + "</p><p>" + p[1] + "</p><p>" + named
                + "</p><p>" + p[2] + "</p><p><strong>RIVERTOWNHERALD.COM</strong></p></article></body></html>";
        ArticleContent page = parse(html, "page.html");
        assertFalse(page.body().contains("RIVERTOWNHERALD"), page.body());
        assertTrue(page.body().contains(named), page.body());
        // a link alone is a source a post or a note gives: it stays
        ArticleContent dump = dump(TITLE + "\n\n" + p[0] + "\n\n" + p[1] + "\n\nRIVERTOWNHERALD.COM\n\n" + named
                + "\n\nwww.rivertown.example.org\n\n" + p[2]);
        assertFalse(dump.body().contains("RIVERTOWNHERALD"), dump.body());
        assertTrue(dump.body().contains(named) && dump.body().contains("\n\nwww.rivertown.example.org\n\n"),
                dump.body());
    }

    @Test
    void dropsTheAdvertisingLabelOfAPlayerSetBetweenParagraphs() throws Exception {
        String[] p = ENGLISH_PROSE.split("\n\n");
        String html = "<html><body><article><h1>" + TITLE + "</h1><p>" + p[0] + "</p><p>" + p[1] + "</p>"
                + "<div class=inread><div><div class=label>ADVERTISING</div><div class=player></div></div></div>"
                + "<p>" + p[2] + "</p></article></body></html>";
        ArticleContent page = parse(html, "page.html");
        assertFalse(page.body().contains("ADVERTISING"), page.body());
        assertTrue(page.body().contains(p[2]), page.body());
        ArticleContent dump = dump(TITLE + "\n\n" + p[0] + "\n\n" + p[1] + "\n\nADVERTISING\n\n" + p[2]);
        assertEquals(p[0] + "\n\n" + p[1] + "\n\n" + p[2], dump.body());
    }

    @Test
    void keepsAdvertisingAsTheHeadingOfAStoryAboutBrands() throws Exception {
        String[] p = ENGLISH_PROSE.split("\n\n");
        assertTrue(parse(pageWithHeading("Advertising"), "page.html").body().contains("Advertising\n\n" + p[2]));
        ArticleContent dump = dump(TITLE + "\n\n" + p[0] + "\n\n" + p[1] + "\n\nAdvertising\n\n" + p[2]);
        assertEquals(p[0] + "\n\n" + p[1] + "\n\nAdvertising\n\n" + p[2], dump.body());
    }

    /** A site that writes its headings in capitals: the heading is the article's, not an ad slot's label. */
    @Test
    void keepsAHeadingInCapitalsThatReadsAdvertising() throws Exception {
        String[] p = ENGLISH_PROSE.split("\n\n");
        assertTrue(parse(pageWithHeading("ADVERTISING"), "page.html").body().contains("ADVERTISING\n\n" + p[2]));
    }

    /** An article of the three paragraphs of {@code ENGLISH_PROSE} with {@code heading} over the third. */
    private static String pageWithHeading(String heading) {
        String[] p = ENGLISH_PROSE.split("\n\n");
        return "<html><body><article><h1>" + TITLE + "</h1><p>" + p[0] + "</p><p>" + p[1] + "</p>"
                + "<h2>" + heading + "</h2><p>" + p[2] + "</p></article></body></html>";
    }

    private static ArticleContent dump(String text) throws RejectedFileException {
        return parse(text, "page.txt");
    }
}
