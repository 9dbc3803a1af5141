package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.parse.extract.Boilerplate;
import java.util.List;
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

    @Test
    void keepsALeadInLineAndListAboveTheFirstParagraph() throws Exception {
        String lead = "<div class=\"entry\"><p>What changes for drivers this winter?</p><ul><li>Two bridges close in March</li>"
                + "<li>Buses take the old ferry road</li></ul>";
        ArticleContent a = parse(article(lead, PROSE[0], PROSE[1], PROSE[2] + "</div>"), "page.html");
        assertTrue(a.body().startsWith("What changes for drivers this winter?"), a.body());
        assertTrue(a.body().contains("Buses take the old ferry road"), a.body());
    }

    /** A one-word label over the steps ("Method:") does not hide the lines above it from the lead-in. */
    @Test
    void keepsTheLinesAboveALabelThatOpensTheSteps() throws Exception {
        String card = "<div class=\"entry\"><p>Serves: four people<br>Takes: forty minutes</p>"
                + "<p>You need: two leeks<br>one onion<br>half a litre of stock</p><p><strong>Method:</strong></p><ol>"
                + "<li>Wash the leeks well, cut them into thin rings and let them drain in a sieve for a while.</li>"
                + "<li>Fry the onion in a large pot until it is soft, then add the leeks and stir them well.</li>"
                + "<li>Pour in the stock, bring it to the boil and let the soup simmer for twenty minutes.</li>"
                + "<li>Blend the soup until smooth, season it with salt and pepper and serve it hot.</li></ol></div>";
        ArticleContent a = parse("<html><body><article>" + card + "</article></body></html>", "page.html");
        assertTrue(a.body().contains("half a litre of stock"), a.body());
        assertTrue(a.body().startsWith("Serves: four people"), a.body());
    }

    /** A letter to the readers opens with its salutation, a line of two words above the prose. */
    @Test
    void keepsTheSalutationThatOpensALetter() throws Exception {
        ArticleContent a = parse(article("<div class=\"entry\"><p>Dear readers,</p>", PROSE[0], PROSE[1],
                PROSE[2] + "</div>"), "page.html");
        assertTrue(a.body().startsWith("Dear readers,\n\n" + PROSE[0].substring(0, 20)), a.body());
    }

    /** A letter quoted whole under the post's opening closes with its sign-off, set in the quotation too. */
    @Test
    void keepsTheSignOffOfAQuotedLetter() throws Exception {
        String letter = "<blockquote><p>" + PROSE[1] + "</p><p>" + PROSE[2] + "</p><p>Sincerely,</p><p>Melissa</p>"
                + "</blockquote>";
        ArticleContent a = parse(article(PROSE[0], letter), "page.html");
        assertTrue(a.body().endsWith("Sincerely,\n\nMelissa"), a.body());
    }

    @Test
    void theLeadInStartsBelowTheHeadlineRepeatedFromTheTitle() throws Exception {
        String head = "<div class=\"entry\"><p>Council approves bridge repairs</p>"
                + "<p>What changes for drivers this winter?</p>";
        String html = article(head, PROSE[0], PROSE[1], PROSE[2] + "</div>").replace("<html>",
                "<html><head><title>Council approves bridge repairs | The Daily Example</title></head>");
        ArticleContent a = parse(html, "page.html");
        assertTrue(a.body().startsWith("What changes for drivers this winter?"), a.body());
    }

    /** Chunks of the article numbered alike ("section-0", "section-2"), each in wrappers of its own, are one article. */
    @Test
    void keepsEveryChunkOfAnArticleNumberedAlike() throws Exception {
        String more = "Residents of the east bank, who cross the old bridge every day, said they would welcome any "
                + "repair, even one that closes the road for a few weeks during the summer holidays.";
        String html = "<html><body><article><div class=wrap><div class=inner><section class=\"story-section\" "
                + "id=story-section-0><p>" + PROSE[0] + "</p><p>" + more + "</p></section></div></div>"
                + "<div class=promo><p><a href=/s>Subscribe</a></p></div><div class=wrap><div class=inner>"
                + "<section class=\"story-section\" id=story-section-2><p>" + PROSE[1] + "</p><p>" + PROSE[2]
                + "</p><p>" + more.replace("east", "west") + "</p></section></div></div></article></body></html>";
        ArticleContent a = parse(html, "page.html");
        assertTrue(a.body().contains(PROSE[0].strip()), a.body());
        assertTrue(a.body().contains(PROSE[2].strip()), a.body());
    }

    /**
     * An article set as grid rows, each a column of its text (a short opening row, a picture's row, the long rest):
     * the short row is part of the article, as its wrapper is named like the long one's; a sidebar in a row of
     * another name is not.
     */
    @Test
    void keepsAShortRowOfAnArticleSetInGridRowsNamedAlike() throws Exception {
        String opening = "Residents of the east bank, who cross the old bridge every day, said they would welcome "
                + "any repair, even one that closes the road for a few weeks during the summer holidays.";
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            for (String p : PROSE) rest.append("<p>").append(p.replace("council", "council (" + i + ")")).append("</p>");
        }
        String html = "<html><body><h1>Council approves bridge repairs</h1><article class=story>"
                + "<div class=\"row centered\"><div class=\"col-8 column\"><p>" + opening + "</p></div></div>"
                + "<div class=\"row centered\"><div class=\"col-8 column\"><img src=/bridge.jpg alt=\"\"></div></div>"
                + "<div class=\"row centered\"><div class=\"col-8 column\">" + rest + "</div></div>"
                + "<div class=\"row wide\"><div class=\"col-8 column\"><p>Our newsletter brings the week's news "
                + "from the city council to your inbox, every Friday morning, for free.</p></div></div>"
                + "</article></body></html>";
        ArticleContent a = parse(html, "page.html");
        assertTrue(a.body().startsWith("Residents of the east bank"), a.body());
        assertTrue(a.body().contains("council (5)"), a.body());
        assertFalse(a.body().contains("newsletter"), a.body());
    }

    /** A subheading that opens the article's element is the article's, as those between its paragraphs are. */
    @Test
    void keepsTheSubheadingThatOpensTheArticleButNotTheHeadline() throws Exception {
        String html = "<html><head><title>Council approves bridge repairs | The Daily Example</title></head><body>"
                + "<h1>Council approves bridge repairs</h1><div class=story><h2>Council approves bridge repairs</h2>"
                + "<h3>What the budget pays for</h3><p>" + PROSE[0] + "</p><p>" + PROSE[1] + "</p><p>" + PROSE[2]
                + "</p></div></body></html>";
        ArticleContent a = parse(html, "page.html");
        assertTrue(a.body().startsWith("What the budget pays for"), a.body());
        assertFalse(a.body().contains("Council approves"), a.body());
    }

    @Test
    void readingTimesAreChromeInEveryLanguage() {
        for (String line : List.of("Reading time: 3 min", "5 min read", "Temps de lecture : 4 minutes",
                "Lesezeit: 2 Minuten", "Tiempo de lectura: 6 min", "Tempo di lettura: 3 minuti",
                "Tempo de leitura: 1 minuto", "4 minutos de leitura")) {
            assertTrue(Boilerplate.isNoise(line), line);
        }
        assertFalse(Boilerplate.isNoise("Reading time matters more than ever to publishers"));
    }

    /** The reader's verdict asked under a story ("Was this article helpful?", then buttons) is not the story's. */
    @Test
    void dropsTheHelpfulnessQuestionUnderTheStory() throws Exception {
        ArticleContent a = parse(article(PROSE[0], PROSE[1], PROSE[2], "<p>Was this article helpful?</p>"
                + "<p><a href=/vote?yes>Yes</a> <a href=/vote?no>No</a></p>"), "page.html");
        assertTrue(a.body().endsWith(PROSE[2].strip()), a.body());
        for (String line : List.of("Was this article helpful?", "Did you find this page useful?",
                "War dieser Artikel hilfreich?", "Ist die Seite nützlich?", "Cet article vous a-t-il été utile ?",
                "¿Te resultó útil este artículo?", "Möchten Sie den Artikel teilen?",
                "Would you like to share this story?")) {
            assertTrue(Boilerplate.isNoise(line), line);
        }
        assertFalse(Boilerplate.isNoise("Was this article helpful to the council, which had asked for it in May?"));
    }

    /** The site's pitch for its own channel under a story ("Watch our YouTube channel!") is not the story's. */
    @Test
    void dropsThePitchForTheSitesOwnChannel() throws Exception {
        String pitch = "<p>¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace.</p>";
        assertTrue(bodyWithProseAbove(pitch).endsWith(PROSE[2].strip()), bodyWithProseAbove(pitch));
        for (String line : List.of("¡Mira lo que tiene nuestro canal de YouTube!", "Subscribe to our YouTube channel",
                "Abonnieren Sie unseren WhatsApp-Kanal", "Rejoignez notre chaîne Telegram", "Join the channel on WhatsApp")) {
            assertTrue(Boilerplate.isNoise(line), line);
        }
        assertFalse(Boilerplate.isNoise("The mayor announced the repairs on his YouTube channel on Monday."));
        assertFalse(Boilerplate.isNoise("Der Kanal bleibt im Winter gesperrt, schrieb die Stadt auf Telegram."));
    }

    @Test
    void keepsASubheadedListAfterTheProseButNotSubheadedLabelsOrLinks() throws Exception {
        String results = "<h3>Results</h3><ul><li>Springfield (Group A): third place</li>"
                + "<li>Riverton (Group B): first place</li><li>Lakeside (Group C): second place</li></ul>";
        String links = "<h3>Elsewhere</h3><ul><li><a href=/b>Mayor announces plan for new city library</a></li>"
                + "<li><a href=/c>Five things to know about the storm season this year</a></li></ul>";
        String labels = "<h3>From our shop</h3><p>Quick view</p><p>Quick view</p><p>Quick view</p>";
        ArticleContent a = parse(article(PROSE[0], PROSE[1], PROSE[2], results, labels, links), "page.html");
        assertTrue(a.body().contains("Lakeside (Group C): second place"), a.body());
        assertFalse(a.body().contains("Quick view"), a.body());
        assertFalse(a.body().contains("Elsewhere"), a.body());
    }

    /** A line that is one link (the event's page) does not cut off the timetable and address below it. */
    @Test
    void keepsTheLinesAfterALinkLineButNotTheTeaserLinksAfterIt() throws Exception {
        String event = "<p><a href=/event>The event's page</a></p><p>The day's timetable:</p>"
                + "<p>Warm-up 11:00<br>Contest 12:00<br>Awards 18:30</p><p>Lakeside beach, Harbour Road 2, Riverton</p>"
                + "<p><strong>See you there!</strong></p>";
        ArticleContent a = parse(article(PROSE[0], PROSE[1], PROSE[2], event), "page.html");
        assertTrue(a.body().contains("Lakeside beach, Harbour Road 2, Riverton"), a.body());
        assertTrue(a.body().endsWith("See you there!"), a.body());

        String teasers = "<p><a href=/more>More from the council</a></p><p><a href=/b>Mayor announces plan for new "
                + "city library</a></p><p><a href=/c>Five things to know about the storm season this year</a></p>";
        ArticleContent b = parse(article(PROSE[0], PROSE[1], PROSE[2], teasers), "page.html");
        assertFalse(b.body().contains("city library"), b.body());
    }

    /**
     * Excerpts of other posts listed under a post, each cut off by the CMS's "[…]", are not the post's; a paragraph
     * or a quote of the post that ends with a cut quotation is.
     */
    @Test
    void dropsTheExcerptsOfOtherPostsListedUnderThePost() throws Exception {
        String cutQuote = "<blockquote>The bridge is the town's oldest road, and the one every family crosses on its "
                + "way to the market, the school and the river […]</blockquote>";
        String next = "<div class=next><h2><a href=/p/1>A library for the east bank</a></h2><p>The library board met "
                + "on Monday to discuss where a new branch could stand, and several sites along the river were "
                + "named by residents who had written to the board over the winter [&hellip;]</p>"
                + "<h3><a href=/p/1>Read the rest</a></h3></div><div class=next><h2><a href=/p/2>Storm season "
                + "ahead</a></h2><p>Forecasters expect a busy storm season this year, and the harbour office has "
                + "asked boat owners to check their moorings before the first of the autumn gales [...]</p>"
                + "<h3><a href=/p/2>Read the rest</a></h3></div>";
        String body = parse(article(PROSE[0], cutQuote, PROSE[1], PROSE[2], next), "page.html").body();
        assertTrue(body.contains("way to the market, the school and the river […]") && body.endsWith(PROSE[2].strip())
                && !body.contains("library board"), body);

        String oneCut = PROSE[2].strip().replace("months.", "months, as one member wrote to the board [...]");
        String cutLast = parse(article(PROSE[0], PROSE[1], oneCut), "page.html").body();
        assertTrue(cutLast.endsWith("wrote to the board [...]"), cutLast);
    }

    /**
     * A sign-up form's field labels under the story ("Get the Daily Example newsletter") are not the story's; a
     * checklist's labels outside a form (a recipe's ingredients to tick off) are.
     */
    @Test
    void dropsTheLabelsOfAFormUnderTheStoryButNotOfAChecklist() throws Exception {
        String signUp = "<form action=/subscribe><label for=email>Get the Daily Example newsletter</label>"
                + "<input type=email id=email><label><input type=checkbox> I agree to receive emails</label>"
                + "<input type=submit value=Subscribe></form>";
        String checklist = "<ul><li><input type=checkbox id=i1><label for=i1>200 g of flour</label></li>"
                + "<li><input type=checkbox id=i2><label for=i2>Two eggs, beaten</label></li>"
                + "<li><input type=checkbox id=i3><label for=i3>50 g of butter</label></li></ul>";
        assertTrue(bodyWithProseAbove(signUp).endsWith(PROSE[2].strip()), bodyWithProseAbove(signUp));
        assertTrue(bodyWithProseAbove(checklist).endsWith("50 g of butter"), bodyWithProseAbove(checklist));
    }

    /** A details list under its subheading is the article's though its first item is a link (its category). */
    @Test
    void keepsADetailsListWhoseFirstItemIsALink() throws Exception {
        String details = "<h3>How the picture was taken</h3><ul><li><a href=/c/first>Category: first attempts</a></li>"
                + "<li>Camera: a mirrorless body</li><li>Lens: telephoto, 180 mm</li><li>Exposure: 60 x 3 minutes"
                + "</li><li>Place: a hill outside the town</li></ul>";
        String body = bodyWithProseAbove(details);
        assertTrue(body.endsWith("Place: a hill outside the town"), body);
    }

    /** A closing list of the writer's tips under its subheading stays though some items name a place in a link. */
    @Test
    void keepsAClosingListWhoseItemsNameAPlaceInALink() throws Exception {
        String tips = "<h4><strong>My favourite spots by the water right now:</strong></h4><ul>"
                + "<li>The <a href=/a>Harbour Kitchen</a> in the old town</li><li>The piers along the river</li>"
                + "<li>The dog beach at the lighthouse, with a snack at <a href=/b>the Fish Shack</a></li>"
                + "<li>The cliffs west of the bay and everything beyond them</li></ul>";
        String body = bodyWithProseAbove(tips);
        assertTrue(body.endsWith("The cliffs west of the bay and everything beyond them"), body);
        assertTrue(body.contains("The Harbour Kitchen in the old town"), body);
    }

    /** A list pointing to other stories under a subheading stays out: each item is partly linked, the list 40%. */
    @Test
    void leavesOutAClosingListOfOtherStoriesLinks() throws Exception {
        String stories = "<h4>What else happened on the coast</h4><ul>"
                + "<li>Earlier this week our reporter wrote about <a href=/a>the new harbour breakwater</a></li>"
                + "<li>Our weather desk has explained <a href=/b>the ferry timetable changes</a></li>"
                + "<li>Readers have sent us their photos of <a href=/c>the beach cleanup day</a></li></ul>";
        String body = bodyWithProseAbove(stories);
        assertTrue(body.endsWith(PROSE[2].strip()), body);
    }

    /** The body of an article of the three paragraphs of prose with {@code html} under them. */
    private static String bodyWithProseAbove(String html) throws Exception {
        return parse(article(PROSE[0], PROSE[1], PROSE[2], html), "page.html").body();
    }

    /** An article element holding {@code paragraphs}, between a menu and a footer. */
    static String article(String... paragraphs) {
        StringBuilder html = new StringBuilder("<html><body><nav><a href=/>Home</a><a href=/news>News</a></nav>"
                + "<article><h1>Council approves bridge repairs</h1>");
        for (String p : paragraphs) html.append(p.startsWith("<") ? p : "<p>" + p + "</p>");
        return html.append("</article><footer>© 2026 The Daily Example</footer></body></html>").toString();
    }
}
