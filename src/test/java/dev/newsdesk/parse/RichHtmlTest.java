package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Block;
import dev.newsdesk.article.Image;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links, emphasis, pictures, embeds, the lead image and the canonical URL, as each format carries them. */
class RichHtmlTest {

    private static final String PROSE = "The council met on Tuesday evening to vote on the budget for the coming"
            + " year, and the debate went on until well past midnight, as members argued over every line.";
    private static final String MORE = "Residents who came to listen said they were tired of waiting for repairs"
            + " that had been promised for years, and several of them spoke during the public comment period.";

    private final ArticleParser parser = new ArticleParser();

    private ArticleContent parse(String text, String name) throws Exception {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), name);
    }

    private static String page(String head, String article) {
        return "<!doctype html><html lang=en><head><title>Council votes on the budget</title>" + head + "</head><body>"
                + "<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
                + "<aside class=sidebar><img src=https://cdn.example/ad-banner.jpg alt=Ad><p>Subscribe now to get our"
                + " newsletter every morning in your inbox.</p></aside>"
                + "<article><h1>Council votes on the budget</h1>" + article + "</article>"
                + "<footer><img src=https://cdn.example/logo.png alt=Logo> Copyright</footer></body></html>";
    }

    @Test
    void keepsLinksAndEmphasisOfTheArticleAsInlineHtml() throws Exception {
        ArticleContent a = parse(page("<link rel=canonical href=https://news.example/council-budget>",
                "<p>" + PROSE + " Read <a href=/docs/budget.pdf>the <em>full</em> budget</a> and"
                        + " <strong>the vote</strong> in <code>council.txt</code>.</p><p>" + MORE + "</p>"), "a.html");
        assertTrue(a.html().contains("<a href=\"https://news.example/docs/budget.pdf\">the <em>full</em> budget</a>"),
                a.html());
        assertTrue(a.html().contains("<strong>the vote</strong> in <code>council.txt</code>."), a.html());
        assertEquals("https://news.example/council-budget", a.canonicalUrl());
        assertEquals(RenderedHtml.words(a.body()), RenderedHtml.textWords(a.html()));
        assertTrue(RenderedHtml.isSafe(a.html()), a.html());
    }

    @Test
    void whitespaceOfAnyKindBetweenWordsAndTagsBecomesOneSpaceInTextAndMarkup() throws Exception {
        ArticleContent a = parse(page("", "<p>" + PROSE + " Alpha  beta\tgamma <em>delta</em>&nbsp;epsilon\n zeta"
                + " <a href=https://news.example/x>eta </a> theta &amp; iota.</p><p>" + MORE + "</p>"), "a.html");
        assertTrue(a.body().contains("Alpha beta gamma delta epsilon zeta eta theta & iota."), a.body());
        assertTrue(a.html().contains("Alpha beta gamma <em>delta</em> epsilon zeta <a href=\"https://news.example/x\">"
                + "eta</a> theta &amp; iota.</p>"), a.html());
    }

    @Test
    void resolvesRelativeUrlsOnTheBaseElement() throws Exception {
        ArticleContent a = parse(page("<base href=https://cdn.example/story/>",
                "<p>" + PROSE + " See <a href=notes.html>the notes</a>.</p><p>" + MORE + "</p>"), "a.html");
        assertTrue(a.html().contains("<a href=\"https://cdn.example/story/notes.html\">the notes</a>"), a.html());
    }

    @Test
    void resolvesRelativeUrlsOnTheAddressOfAHeadCutShortByStrayText() throws Exception {
        // the text in the head ends it: the parser moves the canonical link after it into the body
        ArticleContent a = parse(page("Breaking<link rel=canonical href=https://news.example/story/council>",
                "<p>" + PROSE + " See <a href=notes.html>the notes</a>.</p><figure><img src=//cdn.example/hall.jpg"
                        + " alt=Hall></figure><p>" + MORE + "</p>"), "a.html");
        assertEquals("https://news.example/story/council", a.canonicalUrl());
        assertTrue(a.html().contains("<a href=\"https://news.example/story/notes.html\">the notes</a>"), a.html());
        assertEquals(List.of("https://cdn.example/hall.jpg"), pictures(a));
    }

    @Test
    void dropsLinksItCannotMakeAbsoluteButKeepsTheirText() throws Exception {
        ArticleContent a = parse(page("", "<p>" + PROSE + " See <a href=notes.html>the notes</a> and <a"
                + " href=\"javascript:alert(1)\">this</a>.</p><p>" + MORE + "</p>"), "a.html");
        assertFalse(a.html().contains("<a "), a.html());
        assertTrue(a.html().contains("See the notes and this."), a.html());
    }

    @Test
    void readsFiguresWithCaptionAndCreditAndLazyImages() throws Exception {
        ArticleContent a = parse(page("<link rel=canonical href=https://news.example/council>",
                "<figure><img src=\"data:image/gif;base64,R0lGOD\" data-src=/img/hall.jpg alt=\"The hall\">"
                        + "<figcaption>The council hall on Tuesday. <span class=credit>Photo: Ana Ruiz</span>"
                        + "</figcaption></figure><p>" + PROSE + "</p>"
                        + "<p><img srcset=\"/img/s.jpg 320w, /img/l.jpg 1280w\" alt=Crowd></p><p>" + MORE + "</p>"
                        + "<img src=/pixel.gif width=1 height=1>"), "a.html");
        List<Block> images = a.blocks().stream().filter(b -> b.type() == Block.Type.IMAGE).toList();
        assertEquals(List.of(
                Block.image("https://news.example/img/hall.jpg", "The hall", "The council hall on Tuesday.",
                        "Photo: Ana Ruiz"),
                Block.image("https://news.example/img/l.jpg", "Crowd", null, null)), images);
        assertEquals(Block.Type.IMAGE, a.blocks().get(0).type(), "the lead figure stands above the text");
        assertTrue(a.html().contains("<figure><img src=\"https://news.example/img/hall.jpg\" alt=\"The hall\">"
                + "<figcaption>The council hall on Tuesday.<br>Photo: Ana Ruiz</figcaption></figure>"), a.html());
        assertEquals(new Image("https://news.example/img/hall.jpg", "The hall", "The council hall on Tuesday.",
                "Photo: Ana Ruiz", null, null), a.image(), "no declared image: the article's first");
    }

    @Test
    void readsAPicturesDescriptionListAsItsCaptionNotAsText() throws Exception {
        ArticleContent a = parse(page("", "<p>" + PROSE + "</p><dl class=photo><dt><img src=https://cdn.example/hall.jpg"
                + " alt=\"The hall\"></dt><dd>The council hall on Tuesday evening, when the members met to vote on the"
                + " budget. (Agency / Ana Ruiz)</dd></dl><p>" + MORE + "</p>"), "a.html");
        assertEquals(List.of(Block.image("https://cdn.example/hall.jpg", "The hall", "The council hall on Tuesday"
                + " evening, when the members met to vote on the budget. (Agency / Ana Ruiz)", null)),
                a.blocks().stream().filter(b -> b.type() == Block.Type.IMAGE).toList());
        assertTrue(a.blocks().stream().filter(Block::isText).noneMatch(b -> b.text().contains("council hall")),
                a.blocks().toString());
    }

    @Test
    void takesNoImageServicesPlaceholderWidthForThePicture() throws Exception {
        ArticleContent a = parse(page("", "<p>" + PROSE + "</p><figure><img src=\"https://img.example/r/?i=7&w=20\""
                + " alt=Blurred></figure><figure><img src=\"https://img.example/r/?i=8&amp;width=24\" srcset=\""
                + "https://img.example/r/?i=8&amp;width=800 800w\" alt=Sharp></figure><figure><img"
                + " src=\"https://img.example/r/?i=9&w=640\" alt=Wide></figure><p>" + MORE + "</p>"), "a.html");
        assertEquals(List.of("https://img.example/r/?i=8&width=800", "https://img.example/r/?i=9&w=640"),
                pictures(a));
    }

    @Test
    void keepsNoPictureFromOutsideTheArticle() throws Exception {
        ArticleContent a = parse(page("<base href=https://news.example/>", "<p>" + PROSE + "</p><p>" + MORE + "</p>"),
                "a.html");
        assertTrue(a.blocks().stream().allMatch(Block::isText), a.blocks().toString());
        assertNull(a.image());
    }

    @Test
    void readsKnownPlayersAsEmbedsAndIgnoresOtherFrames() throws Exception {
        ArticleContent a = parse(page("", "<p>" + PROSE + "</p>"
                + "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>"
                + "<iframe src=\"https://ads.example/slot?id=4\"></iframe><p>" + MORE + "</p>"), "a.html");
        assertEquals(List.of(Block.embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube")),
                a.blocks().stream().filter(b -> b.type() == Block.Type.EMBED).toList());
        assertTrue(a.html().contains("<figure><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">YouTube: "
                + "https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></figure>"), a.html());
        assertFalse(a.html().contains("iframe"));
    }

    @Test
    void takesTheDeclaredLeadImageWithItsSizeAndTheFiguresCaption() throws Exception {
        ArticleContent a = parse(page("<meta property=og:image content=\"https://cdn.example/hall.jpg?w=1200\">"
                        + "<meta property=og:image:width content=1200><meta property=og:image:height content=630>",
                "<figure><img src=https://cdn.example/hall.jpg alt=\"The hall\"><figcaption>The hall.</figcaption>"
                        + "</figure><p>" + PROSE + "</p><p>" + MORE + "</p>"), "a.html");
        assertEquals(new Image("https://cdn.example/hall.jpg?w=1200", "The hall", "The hall.", null, 1200, 630),
                a.image());
    }

    @Test
    void readsTheLeadImageAndAddressFromJsonLd() throws Exception {
        ArticleContent a = parse(page("<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"mainEntityOfPage\":{\"@id\":\"https://news.example/c\"},\"image\":[{\"@type\":\"ImageObject\","
                + "\"url\":\"https://cdn.example/c.jpg\",\"width\":800,\"height\":600}]}</script>",
                "<p>" + PROSE + "</p><p>" + MORE + "</p>"), "a.html");
        assertEquals(new Image("https://cdn.example/c.jpg", null, null, null, 800, 600), a.image());
        assertEquals("https://news.example/c", a.canonicalUrl());
    }

    @Test
    void markdownKeepsLinksEmphasisCodeAndImages() throws Exception {
        ArticleContent a = parse("---\ntitle: Council votes\ncanonical_url: https://news.example/c\n---\n\n"
                + PROSE + " Read [the *full* budget](/budget.pdf \"PDF\") and **the vote** in `a<b`.\n\n"
                + "![The hall](https://cdn.example/hall.jpg \"The council hall\")\n\n"
                + "- a [linked item](https://example.org/x) here\n- plain item here\n\n" + MORE + " <b>raw</b> <script>alert(1)</script> \\<b>\n",
                "a.md");
        assertTrue(a.html().contains("<a href=\"https://news.example/budget.pdf\">the <em>full</em> budget</a>"
                + " and <strong>the vote</strong> in <code>a&lt;b</code>."), a.html());
        assertTrue(a.blocks().contains(Block.image("https://cdn.example/hall.jpg", "The hall", "The council hall",
                null)), a.blocks().toString());
        assertTrue(a.html().contains("<ul><li>a <a href=\"https://example.org/x\">linked item</a> here</li>"
                + "<li>plain item here</li></ul>"), a.html());
        assertTrue(a.html().contains(" raw &lt;b&gt;</p>"), "raw HTML in Markdown is markup, not text: " + a.html());
        assertFalse(a.body().contains("alert"), a.body());
        assertEquals("https://cdn.example/hall.jpg", a.image().url());
        assertEquals("https://news.example/c", a.canonicalUrl());
        assertEquals(RenderedHtml.words(a.body()), RenderedHtml.textWords(a.html()));
        assertTrue(RenderedHtml.isSafe(a.html()), a.html());
    }

    @Test
    void markdownMarksThatNeverCloseLeaveTheLaterOnesTheirMeaning() throws Exception {
        ArticleContent a = parse("# Council votes\n\n" + PROSE + " A [sic note, *a *b then *c* and [the plan]"
                + "(https://example.org/plan) with [see _this_](https://example.org/x) and <style>p{}</STYLE> after;"
                + " [the notes](https://example.org/my notes.pdf) end.\n\n" + MORE + "\n", "a.md");
        assertTrue(a.html().contains("A [sic note, *a *b then <em>c</em> and <a href=\"https://example.org/plan\">the"
                + " plan</a> with <a href=\"https://example.org/x\">see <em>this</em></a> and after; "
                + "<a href=\"https://example.org/my\">the notes</a> end."), a.html());
    }

    @Test
    void markdownLinkAddressesMayHoldParenthesesOrAngleBrackets() throws Exception {
        ArticleContent a = parse("# Planets\n\n" + PROSE + " See [Mercury](https://en.wikipedia.org/wiki/Mercury_(planet))"
                + " and [the report](<https://example.org/a report.pdf> \"Report (PDF)\"), or [this](javascript:alert(1)).\n\n"
                + MORE + " Read [the minutes](https://example.org/my minutes.pdf).\n", "a.md");
        assertTrue(a.html().contains("<a href=\"https://en.wikipedia.org/wiki/Mercury_(planet)\">Mercury</a> and "
                + "<a href=\"https://example.org/a%20report.pdf\">the report</a>, or this."), a.html());
        assertTrue(a.html().contains("Read <a href=\"https://example.org/my\">the minutes</a>."), a.html());
        assertTrue(a.body().contains("See Mercury and the report, or this."), a.body());
        assertFalse(a.body().contains(")"), "no stray parenthesis of an address: " + a.body());
        assertTrue(RenderedHtml.isSafe(a.html()), a.html());
    }

    @Test
    void markdownUnderlinedHeadingsReferenceLinksAndTables() throws Exception {
        ArticleContent a = parse("Council votes\n=============\n\n" + PROSE + " See the [budget][b], the [Minutes][] "
                + "and the [plan]; [sic] stays text.\n\nWhat comes next\n---------------\n\n"
                + "| Stop | Opens |\n|------|:-----:|\n| [Airport][b] | 2028 |\n|  |  |\n| Harbour \\| quay | 2027 |\n| ![Map](https://example.org/map.png) | |\n\n" + MORE
                + "\n\n[b]: https://example.org/budget.pdf \"Budget\"\n[minutes]: <https://example.org/minutes>\n"
                + "  [PLAN]: https://example.org/plan\n", "a.md");
        assertEquals("Council votes", a.title());
        assertTrue(a.html().contains("See the <a href=\"https://example.org/budget.pdf\">budget</a>, the "
                + "<a href=\"https://example.org/minutes\">Minutes</a> and the <a href=\"https://example.org/plan\">"
                + "plan</a>; [sic] stays text."), a.html());
        assertTrue(a.blocks().contains(Block.heading("What comes next")), a.blocks().toString());
        assertTrue(a.html().contains("<p>Stop Opens</p>\n<p><a href=\"https://example.org/budget.pdf\">Airport</a> 2028"
                + "</p>\n<p>Harbour | quay 2027</p>"), a.html());
        assertFalse(a.body().contains("example.org"), "definitions are no text: " + a.body());
        assertTrue(a.blocks().stream().noneMatch(x -> x.text() != null && x.text().isBlank()), "an empty row is no block");
        assertTrue(a.blocks().contains(Block.image("https://example.org/map.png", "Map", null, null)), a.blocks().toString());
        assertFalse(a.body().contains("---") || a.body().contains("==="), a.body());
        assertTrue(RenderedHtml.isSafe(a.html()), a.html());
    }

    @Test
    void markdownBareAddressesAreLinksAndALineBreakTagKeepsWordsApart() throws Exception {
        ArticleContent a = parse("# Council votes\n\n" + PROSE + " Details: https://example.org/budget, or "
                + "www.example.org/minutes. (See https://en.wikipedia.org/wiki/Mercury_(planet).) Not "
                + "xhttps://example.org nor [the plan https://example.org/x](https://example.org/plan).\n\n"
                + MORE + " Line one<br>line two<p>three</p><em>un</em>broken.\n", "a.md");
        assertTrue(a.html().contains("Details: <a href=\"https://example.org/budget\">https://example.org/budget</a>, "
                + "or <a href=\"http://www.example.org/minutes\">www.example.org/minutes</a>. (See "
                + "<a href=\"https://en.wikipedia.org/wiki/Mercury_(planet)\">https://en.wikipedia.org/wiki/Mercury_(planet)"
                + "</a>.) Not xhttps://example.org nor <a href=\"https://example.org/plan\">the plan "
                + "https://example.org/x</a>."), a.html());
        assertTrue(a.body().contains("Details: https://example.org/budget, or www.example.org/minutes."), a.body());
        assertTrue(a.body().contains("Line one line two three unbroken."), a.body());
        assertTrue(RenderedHtml.isSafe(a.html()), a.html());
    }

    @Test
    void markdownComparisonsInProseAreNoTags() throws Exception {
        ArticleContent a = parse("# Council votes\n\n" + PROSE + " If costs < 5% and income > costs, the plan goes "
                + "ahead; a score <= 3 or <10 votes sends it back.\n\n" + MORE + " The <b>vote</b> is final.\n", "a.md");
        assertTrue(a.body().contains("If costs < 5% and income > costs, the plan goes ahead; a score <= 3 or <10 "
                + "votes sends it back."), a.body());
        assertTrue(a.body().contains("The vote is final."), a.body());
        assertTrue(a.html().contains("If costs &lt; 5% and income &gt; costs"), a.html());
        assertTrue(RenderedHtml.isSafe(a.html()), a.html());
    }

    @Test
    void markdownLessThanSignsWithNoClosingBracketAreText() throws Exception {
        ArticleContent a = parse("# Council votes\n\n" + PROSE + " Where x<y the plan waits, as for i<n rounds.\n\n"
                + MORE + " A cut tag <img src=x onerror=alert(1) ends the line\n", "a.md");
        assertTrue(a.body().contains("Where x<y the plan waits, as for i<n rounds."), a.body());
        assertFalse(a.body().contains("onerror") || a.body().contains("ends the line"), a.body());
        assertTrue(RenderedHtml.isSafe(a.html()), a.html());
    }

    @Test
    void markdownCharacterReferencesReadAsTheirCharacters() throws Exception {
        ArticleContent a = parse("# Council votes\n\n" + PROSE + " AT&amp;T paid &#36;5 &copy; 2024, R&D &nosuch; "
                + "stays, and `&amp;` in code is typed.\n", "a.md");
        assertTrue(a.body().contains("AT&T paid $5 © 2024, R&D &nosuch; stays, and &amp; in code is typed."),
                a.body());
        assertTrue(a.html().contains("AT&amp;T paid $5 © 2024"), a.html());
        assertTrue(RenderedHtml.isSafe(a.html()), a.html());
    }

    @Test
    void markdownLinesRunOnUnderAListItemOrAQuoteStayInPlace() throws Exception {
        ArticleContent a = parse("# Council votes\n\n" + PROSE + "\n\n- Roads get the most money\nthis year.\n"
                + "- Schools get the rest.\n\n> We cannot wait any longer,\nsaid one resident.\n\n" + MORE + "\n", "a.md");
        String body = a.body();
        assertTrue(body.contains("Roads get the most money this year.\nSchools get the rest."), body);
        assertTrue(body.contains("We cannot wait any longer, said one resident."), body);
        assertTrue(body.indexOf(PROSE) < body.indexOf("Roads") && body.indexOf("Roads") < body.indexOf("We cannot")
                && body.indexOf("We cannot") < body.indexOf(MORE), body);
    }

    @Test
    void markdownRawHtmlBlocksGiveTheirPicturesPlayersAndText() throws Exception {
        ArticleContent a = parse("# Harbour festival\n\n" + PROSE + "\n\n<figure>\n  <img src=\"https://cdn.example/ships.jpg\" "
                + "alt=\"Tall ships\">\n  <figcaption>Ships on the quay</figcaption>\n</figure>\n\n"
                + "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" allowfullscreen></iframe>\n\n"
                + "<iframe src=\"https://tracker.example/frame\"></iframe>\n\n"
                + "<div class=\"note\" onclick=\"steal()\">The festival runs until <b>Monday</b>.<p>Entry is free.</p></div>\n\n"
                + "<script>\nvar a = 1;\n\nvar leaked = 2;\n</script>\n<!-- more -->\n\n"
                + "<img src=\"javascript:alert(1)\" alt=\"x\">\n\n<em>Note:</em> " + MORE + "\n", "a.md");
        assertTrue(a.blocks().contains(Block.image("https://cdn.example/ships.jpg", "Tall ships", "Ships on the quay",
                null)), a.blocks().toString());
        assertTrue(a.blocks().contains(Block.embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube")),
                a.blocks().toString());
        assertEquals(1, a.blocks().stream().filter(b -> b.type() == Block.Type.EMBED).count(), "no unknown player");
        assertTrue(a.blocks().contains(Block.paragraph("The festival runs until Monday.")), a.blocks().toString());
        assertTrue(a.blocks().contains(Block.paragraph("Entry is free.")), a.blocks().toString());
        assertFalse(a.body().contains("var ") || a.body().contains("leaked") || a.body().contains("more -->")
                || a.body().contains("Ships on the quay"), a.body());
        assertTrue(a.html().contains("<p>Note: Residents"), "a paragraph that opens with a tag is a paragraph: " + a.html());
        assertTrue(RenderedHtml.isSafe(a.html()), a.html());
    }

    @Test
    void markdownRawDefinitionListsStayText() throws Exception {
        ArticleContent a = parse("# Harbour festival\n\n" + PROSE + "\n\n<dl>\n<dt>Ferry</dt>\n</dl>\n\n"
                + "<dl><dt>Entry</dt><dd>Free for residents</dd></dl>\n\n<dl><dt><img src=\"https://cdn.example/"
                + "quay.jpg\" alt=\"Quay\"></dt><dd>The quay at dawn</dd></dl>\n\n" + MORE + "\n", "a.md");
        assertTrue(a.body().contains("Ferry") && a.body().contains("Free for residents"), a.body());
        assertEquals(List.of(Block.image("https://cdn.example/quay.jpg", "Quay", "The quay at dawn", null)),
                a.blocks().stream().filter(b -> b.type() == Block.Type.IMAGE).toList());
    }

    @Test
    void markdownFootnotesAndStruckTextReadAsTheirWords() throws Exception {
        ArticleContent a = parse("# Council votes\n\n" + PROSE + " The hall opened in 1970[^hall] and ~~closed~~ "
                + "reopened in 2020; ~one~ tilde is text.\n\n" + MORE + "\n\n[^hall]: It was built by the city.\n", "a.md");
        assertTrue(a.body().contains("The hall opened in 1970[hall] and closed reopened in 2020; ~one~ tilde is text."),
                a.body());
        assertTrue(a.body().endsWith("\n\n[hall] It was built by the city."), a.body());
        assertFalse(a.body().contains("^") || a.body().contains("~~"), a.body());
    }

    @Test
    void jsonUploadsMayCarryHtmlImageAndCanonicalUrl() throws Exception {
        ArticleContent a = parse("{\"title\":\"Council votes\",\"canonicalUrl\":\"https://news.example/c\","
                + "\"image\":{\"url\":\"/lead.jpg\",\"alt\":\"Lead\",\"width\":640},"
                + "\"html\":\"<p>" + PROSE + " <a href='/b'>Budget</a>.</p><p>" + MORE + "</p>\"}", "a.json");
        assertTrue(a.html().contains("<a href=\"https://news.example/b\">Budget</a>"), a.html());
        assertEquals(new Image("https://news.example/lead.jpg", "Lead", null, null, 640, null), a.image());
        assertEquals("https://news.example/c", a.canonicalUrl());
    }

    @Test
    void textDumpsGetParagraphsOnly() throws Exception {
        ArticleContent a = parse("Council votes on the budget\n\n" + PROSE + " <a href=x>\n\n" + MORE + "\n", "a.txt");
        assertTrue(a.blocks().stream().allMatch(Block::isText));
        assertNull(a.image());
        assertNull(a.canonicalUrl());
        assertTrue(a.html().contains("&lt;a href=x&gt;"), a.html());
    }

    private static List<String> pictures(ArticleContent a) {
        return a.blocks().stream().filter(b -> b.type() == Block.Type.IMAGE).map(Block::url).toList();
    }

    @Test
    void keepsAPictureWhoseCaptionWrapperIsNamedSo() throws Exception {
        ArticleContent a = parse(page("", "<p>" + PROSE + "</p><p><span class=wp-caption><a href=/full.jpg>"
                + "<img src=https://cdn.example/vote.jpg width=700 alt='The vote'></a><span>The vote, late at night."
                + " (Photo: City Hall)</span></span></p><p>" + MORE + "</p>"), "a.html");
        assertEquals(List.of("https://cdn.example/vote.jpg"), pictures(a));
    }

    @Test
    void keepsTheGalleryThatClosesTheArticleButNotTheTeasersAfterIt() throws Exception {
        ArticleContent a = parse("<!doctype html><html lang=en><head><title>Council votes on the budget</title></head>"
                + "<body><article><h1>Council votes on the budget</h1><p>" + PROSE + "</p><p>" + MORE + "</p>"
                + "<p>More photos of the evening:</p><div><img src=https://cdn.example/hall-1.jpg width=450></div>"
                + "<div> </div><div><img src=https://cdn.example/hall-2.jpg width=450></div>"
                + "<p><a href=https://shop.example/x>https://shop.example/x</a><br>"
                + "<img src=https://cdn.example/after-a-link.jpg width=450></p>"
                + "<h2>Read next</h2><a href=/other><img src=https://cdn.example/teaser.jpg width=300></a>"
                + "<h3><a href=/other>A story about the new bridge over the river</a></h3></article></body></html>",
                "a.html");
        assertEquals(List.of("https://cdn.example/hall-1.jpg", "https://cdn.example/hall-2.jpg"), pictures(a));
    }

    @Test
    void keepsTheLeadPictureInABoxOfItsOwnRightAboveTheText() throws Exception {
        ArticleContent a = parse(storyPage("<div class=lead-box><img src=https://cdn.example/lead.jpg alt=Hall></div>"
                + "<div class=gap></div>"), "a.html");
        assertEquals(List.of("https://cdn.example/lead.jpg"), pictures(a));
        assertEquals(Block.Type.IMAGE, a.blocks().get(0).type(), "the lead picture stands above the text");
    }

    @Test
    void keepsTheLeadPictureBetweenTheStandfirstAndTheText() throws Exception {
        ArticleContent a = parse(storyPage("<div class=sell>The city will spend more on its schools and less on its"
                + " roads, the council decided after a long night of debate.</div>"
                + "<div class=lead-box><img src=https://cdn.example/lead.jpg alt=Hall></div>"), "a.html");
        assertEquals(List.of("https://cdn.example/lead.jpg"), pictures(a));
        assertEquals(List.of(Block.Type.PARAGRAPH, Block.Type.IMAGE, Block.Type.PARAGRAPH),
                a.blocks().subList(0, 3).stream().map(Block::type).toList(), "the standfirst, the picture, the text");
    }

    @Test
    void leavesAPictureWithTextBetweenItAndTheArticle() throws Exception {
        ArticleContent a = parse(storyPage("<div><img src=https://cdn.example/bridge.jpg alt=Bridge>"
                + "<p>A story about the new bridge over the river</p></div>"), "a.html");
        assertEquals(List.of(), pictures(a));
    }

    @Test
    void leavesAPictureFartherOutThanTheArticlesWrapper() throws Exception {
        ArticleContent a = parse("<!doctype html><html lang=en><head><title>Council votes on the budget</title>"
                + "</head><body><div><img src=https://cdn.example/banner.jpg alt=Banner><div><div><div><div><p>"
                + PROSE + "</p><p>" + MORE + "</p></div></div></div></div></div></body></html>", "a.html");
        assertEquals(List.of(), pictures(a));
    }

    /** A story wrapper: its headline, then {@code above}, then a box holding the box of the text. */
    private static String storyPage(String above) {
        return "<!doctype html><html lang=en><head><title>Council votes on the budget</title></head><body>"
                + "<div class=story><h1>Council votes on the budget</h1><div class=w100>" + above
                + "<div class=text-box><div><p>" + PROSE + "</p><p>" + MORE + "</p></div></div></div></div>"
                + "</body></html>";
    }

    @Test
    void readsAnEmbeddedPostAsAnEmbedBesideItsQuotedText() throws Exception {
        ArticleContent a = parse(page("", "<p>" + PROSE + "</p><blockquote class=twitter-tweet><p>The budget passed"
                + " at last <a href=https://twitter.com/hashtag/council>#council</a></p>&mdash; City Hall (@cityhall)"
                + " <a href=https://twitter.com/cityhall/status/1196529376915066881>November 18</a></blockquote>"
                + "<div class=embed-share><a href='https://twitter.com/intent/tweet?text=x'>Share on X</a></div>"
                + "<blockquote class=instagram-media data-instgrm-permalink=https://www.instagram.com/p/B5AbCd/>"
                + "<a href=https://www.instagram.com/p/B5AbCd/>A post shared by City Hall</a></blockquote><p>" + MORE
                + "</p>"), "a.html");
        List<Block> embeds = a.blocks().stream().filter(b -> b.type() == Block.Type.EMBED).toList();
        assertEquals(List.of(Block.embed("https://twitter.com/cityhall/status/1196529376915066881", "x"),
                Block.embed("https://www.instagram.com/p/B5AbCd/", "instagram")), embeds);
        assertTrue(a.body().contains("The budget passed at last #council"), a.body());
        assertTrue(RenderedHtml.isSafe(a.html()), a.html());
    }
}
