package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Block;
import dev.newsdesk.article.Related;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page is parsed as a browser parses it (the HTML standard's tokenizer and tree builder, jsoup's): a script
 * ends where the standard ends it, markup left open is closed by the standard's rules, and links resolve against
 * the page's {@code <base href>}.
 */
class HtmlPageParsingTest {

    private static final String[] PROSE = ENGLISH_PROSE.split("\n\n");

    /**
     * Ad code of the 2000s: in a script, {@code <!--} then {@code <script} makes the next {@code </script>} part of
     * the code (the standard's script data escape states); only a later one ends the script.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "<script><!--document.write('<script src=x></script>');googletag.defineSlot('/1/x',[300,250]);//--></script>",
        "<script><!--<script>googletag.cmd.push(function() {});</script>googletag.defineSlot('/1/y');--></script>",
        "<script>/*<!--*/ document.write('<script src=x></script>'); googletag.defineSlot('/1/z'); /*-->*/</script>",
        "<script type=\"text/javascript\"><!--\ndocument.write('<script src=\"https://ads.example/x.js\"></scr'+'ipt>');"
            + "\ngoogletag.defineSlot('/1/w');\n//--></script>",
    })
    void legacyAdScriptCodeNeverReachesTheArticle(String script) throws Exception {
        ArticleContent a = parse(page("<article><p>" + PROSE[0] + "</p>" + script + "<p>" + PROSE[1] + "</p><p>"
                + PROSE[2] + "</p></article>"), "page.html");
        assertEquals(List.of(PROSE[0], PROSE[1], PROSE[2]), texts(a.blocks()), "the script's code is no block");
        for (String code : new String[] {"googletag", "defineSlot", "document.write", "script", "-->"}) {
            assertFalse(a.body().contains(code), a.body());
            assertFalse(a.summary().contains(code), a.summary());
            for (String keyword : a.keywords()) assertFalse(keyword.toLowerCase().contains(code.toLowerCase()), keyword);
        }
    }

    @Test
    void readsAnArticleWhoseParagraphsAndListItemsAreNeverClosed() throws Exception {
        ArticleContent a = parse(page("<div class=story><p>" + PROSE[0] + "<p>" + PROSE[1]
                + "<ul><li>Two bridges on the river road close in March<li>Buses take the old ferry road instead</ul>"
                + "<p>" + PROSE[2] + "</div>"), "page.html");
        assertEquals(List.of(Block.paragraph(PROSE[0]), Block.paragraph(PROSE[1]),
                Block.list("Two bridges on the river road close in March\nBuses take the old ferry road instead"),
                Block.paragraph(PROSE[2])), a.blocks());
    }

    @Test
    void resolvesRelatedLinksAgainstThePagesBase() throws Exception {
        String html = page("<article><p>" + PROSE[0] + "</p><p>" + PROSE[1] + "</p><p>" + PROSE[2] + "</p></article>"
                + "<div class=related-posts><a href=\"library-plan.html\">Mayor announces plan for new city library</a>"
                + "</div>").replace("<head>", "<head><base href=\"https://news.example/city/\">");
        ArticleContent a = parse(html, "page.html");
        assertTrue(a.related().contains(new Related("Mayor announces plan for new city library",
                "https://news.example/city/library-plan.html")), a.related().toString());
    }

    @Test
    void aPageTitledByItsFirstLineHasTheParagraphAfterItAsItsSummary() throws Exception {
        String html = "<html><body><p align=center><b>Kites and the wind</b></p><p>" + PROSE[0] + "</p><p>" + PROSE[1]
                + "</p><p>" + PROSE[2] + "</p></body></html>";
        ArticleContent a = parse(html, "kites.html");
        assertEquals("Kites and the wind", a.title());
        assertTrue(a.summary().startsWith(PROSE[0].substring(0, 40)), a.summary());
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html><head><title>Council approves bridge repairs</title></head><body>"
                + "<h1>Council approves bridge repairs</h1>" + body + "</body></html>";
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    @Test
    void readsAPostSetWholeInPreformattedTextParagraphByParagraph() throws Exception {
        String html = "<html><head><title>Harbour ferry returns</title></head><body><pre>\n"
                + "The harbour ferry returned to service on Monday after a winter of\n"
                + "repairs, the city council said in a statement on its website.\n\n"
                + "Passengers lined up before dawn to take the first crossing of the\n"
                + "season, which took eleven minutes in calm weather.\n  \n"
                + "The ferry will run every half hour until the end of October, with\n"
                + "an extra boat on market days.\n</pre></body></html>";
        ArticleContent a = parse(html, "post.html");
        assertEquals(List.of(
                Block.paragraph("The harbour ferry returned to service on Monday after a winter of repairs, the city "
                        + "council said in a statement on its website."),
                Block.paragraph("Passengers lined up before dawn to take the first crossing of the season, which took "
                        + "eleven minutes in calm weather."),
                Block.paragraph("The ferry will run every half hour until the end of October, with an extra boat on "
                        + "market days.")), a.blocks());
    }

    @Test
    void aCodeSampleStaysOneCodeBlockOfItsLines() throws Exception {
        String html = "<html><head><title>Counting words</title></head><body><article><h1>Counting words</h1><p>"
                + ENGLISH_PROSE.split("\n\n")[0] + "</p><pre><code>int n = 0;\nfor (String w : words) n++;"
                + "</code></pre><p>" + ENGLISH_PROSE.split("\n\n")[1] + "</p></article></body></html>";
        ArticleContent a = parse(html, "code.html");
        assertTrue(a.blocks().contains(Block.code("int n = 0;\nfor (String w : words) n++;")), a.blocks().toString());
    }
}
