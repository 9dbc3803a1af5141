package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Format;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pages that fooled the format sniffer or swallow themselves, and text with a stray NUL. */
class DamagedPagesTest {

    private static final String PROSE = "<p>The council met on Tuesday evening to vote on the budget for the coming"
            + " year, and the debate went on until well past midnight, as members argued over every line.</p>"
            + "<p>Residents who came to listen said they were tired of waiting for repairs that had been promised"
            + " for years, and several of them spoke during the public comment period.</p>";

    private final ArticleParser parser = new ArticleParser();

    private ArticleContent parse(String text, String name) throws Exception {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void readsAPageThatStartsWithACommentAndAScriptAsHtml() throws Exception {
        ArticleContent a = parse("<!-- saved from url=(0014)about:internet -->\n<script>var ads = [];</script>\n"
                + "<div class=page><h1>Council votes</h1>" + PROSE + "</div>", "page.txt");
        assertEquals(Format.HTML, a.format());
        assertTrue(a.body().startsWith("The council met"), a.body());
        assertTrue(!a.body().contains("var ads"), a.body());
    }

    @Test
    void readsAPageThatStartsWithAScriptLongerThanTheSniffedHeadAsHtml() throws Exception {
        String script = "<script type=\"text/javascript\">\n" + "var slot = 1;\n".repeat(800) + "</script>\n";
        ArticleContent a = parse(script + "<div class=page><h1>Council votes</h1>" + PROSE + "</div>", "page.html");
        assertEquals(Format.HTML, a.format());
        assertTrue(a.body().startsWith("The council met"), a.body());
    }

    @Test
    void readsAPageThatStartsWithACommentAndALongStyleSheetAsHtml() throws Exception {
        String style = "<!-- built 2008-06-03 -->\n<style>\n" + "td.nav { color: #003366; }\n".repeat(400)
                + "</style>\n";
        ArticleContent a = parse(style + "<table><tr><td>" + PROSE + "</td></tr></table>", "page.html");
        assertEquals(Format.HTML, a.format());
        assertTrue(a.body().startsWith("The council met"), a.body());
    }

    /** A failing script prints PHP's messages into the page, inside the story's box, above its text. */
    @Test
    void dropsTheServerErrorsPrintedAboveTheStory() throws Exception {
        String errors = "<br />\n<b>Deprecated</b>:  preg_replace(): The /e modifier is deprecated, use"
                + " preg_replace_callback instead in <b>/var/www/blog/wp-includes/formatting.php</b> on line <b>82</b>"
                + "<br />\n<br />\n<b>Warning</b>:  Cannot modify header information - headers already sent in"
                + " <b>/var/www/blog/wp-includes/pluggable.php</b> on line <b>934</b><br />\n";
        ArticleContent a = parse("<html><body><div class=post><h1>Council votes</h1>" + errors + PROSE
                + "</div></body></html>", "page.html");
        assertTrue(a.body().startsWith("The council met"), a.body());
    }

    @Test
    void readsAPageWhoseTitleIsNeverClosed() throws Exception {
        ArticleContent a = parse("<html><head><title>Council votes\n</head><body>" + PROSE + "</body></html>",
                "page.html");
        assertTrue(a.body().startsWith("The council met"), a.body());
        assertEquals("Council votes", a.title());
    }

    @Test
    void readsAPageWithATextareaNeverClosed() throws Exception {
        ArticleContent a = parse("<html><body><form><textarea name=c></form>" + PROSE + "</body></html>",
                "page.html");
        assertTrue(a.body().startsWith("The council met"), a.body());
    }

    /** A page with {@code head} in its head, and {@code above} and {@code below} around the story's box. */
    private ArticleContent story(String head, String above, String story, String below) throws Exception {
        return parse("<html><head><title>Council votes</title>" + head + "</head><body>" + above
                + "<div class=story><h1>Council votes</h1>" + story + "</div>" + below + "</body></html>", "page.html");
    }

    /** A script left open in the head holds the page as its code, up to the end of the next script. */
    @Test
    void readsAPageWhoseScriptInTheHeadIsNeverClosed() throws Exception {
        ArticleContent a = story("<script>var slots = [];", "", PROSE, "<script src=/stats.js></script>");
        assertTrue(a.body().startsWith("The council met"), a.body());
        assertTrue(a.body().contains("public comment period.") && !a.body().contains("slots"), a.body());
    }

    /** An ad's frame, an old page's listing or a plug-in's fallback left open above the story holds it as raw text. */
    @ParameterizedTest
    @ValueSource(strings = {"<iframe src=/ads/top.html width=728 height=90>", "<xmp>", "<noembed>", "<noframes>"})
    void readsTheStoryBelowARawTextElementNeverClosed(String open) throws Exception {
        ArticleContent a = story("", "<div class=top>" + open + "</div>", PROSE, "");
        assertTrue(a.body().startsWith("The council met"), a.body());
    }

    /**
     * A script or an ad's frame left open above the story holds it as raw text only up to the end of the next element
     * of its name, below the story: the page's own end tags are not in it, the next element's start is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"script", "iframe"})
    void readsTheStoryBetweenARawTextElementLeftOpenAndTheNextOfItsName(String name) throws Exception {
        ArticleContent a = story("", "<div class=top><" + name + " src=/ads/top>var slot = 'top';</div>", PROSE,
                "<" + name + " src=/stats></" + name + "><footer><p>Contact us</p></footer>");
        assertTrue(a.body().startsWith("The council met"), a.body());
        assertTrue(a.body().contains("public comment period."), a.body());
    }

    /**
     * A closed script that writes a whole page (a print button's window) is no damage: the search box left open below
     * it is still found and closed.
     */
    @Test
    void looksPastAClosedScriptThatWritesAPageToTheElementLeftOpen() throws Exception {
        ArticleContent a = story("<script>function print(){var w=window.open('');w.document.write('<html><body>'"
                + "+document.body.innerHTML+'</body></html>');}</script>", "<form><textarea name=q>", PROSE, "");
        assertTrue(a.body().startsWith("The council met"), a.body());
    }

    /**
     * Where the script left open is found does not depend on letters that change length in lower case ("İ"), nor on a
     * start tag in a script's string, which opens nothing.
     */
    @Test
    void findsTheScriptLeftOpenPastDottedCapitalsAndWrittenTags() throws Exception {
        String dotted = "<meta name=description content=\"İİİİİİİİİ İzmir\"><script>var a = 1;</script>";
        ArticleContent turkish = story(dotted, "<div class=top><script src=/ads/top>var slot = 'top';</div>", PROSE,
                "<script src=/stats></script>");
        assertTrue(turkish.body().startsWith("The council met"), turkish.body());
        String loader = "<script>document.write('<script src=/ads/loader.js><\\/script>');</script>";
        ArticleContent loaded = story(loader, "<div class=top><script src=/ads/top>var slot = 'top';</div>", PROSE,
                "<script src=/stats></script>");
        assertTrue(loaded.body().startsWith("The council met"), loaded.body());
    }

    /** An ad's loader writes a script of its own into the page: it is closed, and none of its code is read. */
    @Test
    void readsNoCodeOfAScriptThatWritesAScript() throws Exception {
        ArticleContent a = story("", "", PROSE + "<script>document.write('<div class=ad><script src=/ad.js>"
                + "<\\/script></div>');</script>", "");
        assertTrue(a.body().startsWith("The council met") && !a.body().contains("document"), a.body());
    }

    /** A {@code <noscript>} left open in the head takes the body into the head, where no reader of a body looks. */
    @Test
    void readsAPageWhoseNoscriptInTheHeadIsNeverClosed() throws Exception {
        ArticleContent a = story("<noscript><img src=/pixel.gif>", "", PROSE, "");
        assertTrue(a.body().startsWith("The council met"), a.body());
    }

    /** A comment left open above a story written in bare {@code <div>}s, with no paragraph tags to tell it by. */
    @Test
    void readsAStoryInDivsBelowACommentNeverClosed() throws Exception {
        ArticleContent a = story("", "<!-- banner start\n", PROSE.replace("<p>", "<div>").replace("</p>", "</div>"),
                "");
        assertTrue(a.body().startsWith("The council met"), a.body());
    }

    /** The box left open swallows only what follows it: the page's welcome line above it still reads as text. */
    @Test
    void readsTheStoryBelowASearchBoxLeftOpenInTheSidebar() throws Exception {
        ArticleContent a = parse("<html><head><title>Council votes on the budget</title></head><body><div class=top>"
                + "<p>Welcome to the Valley News, the independent voice of the valley since 1921, read by families in"
                + " every town along the river every week.</p></div><div class=side><form><textarea name=q></form>"
                + "</div><div class=story><h1>Council votes on the budget</h1>" + PROSE + "<p>The budget passed by"
                + " seven votes to four, and the mayor said the repairs would start in the spring.</p></div>"
                + "</body></html>", "page.html");
        assertTrue(a.body().startsWith("The council met"), a.body());
        assertTrue(!a.body().contains("Welcome to the Valley News"), a.body());
    }

    /**
     * A forum post whose author link ends in a second {@code <a>} instead of {@code </a>}: the parser opens an empty
     * anchor again at the next text, even the white space before the post's box, so the anchor wraps the whole post,
     * whose text must still count as prose, not as link text.
     */
    @Test
    void readsAPostWrappedInAnAnchorLeftOpen() throws Exception {
        ArticleContent a = parse("<html><head><title>山城秋游记</title></head><body><div class=topic>"
                + "<div class=user>作者：<font><a href=/user/7>山间小林<a></font><br>等级：三级</div>"
                + "<div style='float:left'>\n<div style='height:120px'><table><tr><td>"
                + "◎地点　山城<br>◎时间　十月<br><br>"
                + "那年秋天，我们一行五人坐了一夜的火车来到山城，清晨的雾气还没有散去，街边的早点铺子已经热气腾腾。<br><br>"
                + "我们沿着石阶一路向上走，两旁是老旧的木楼，晾衣竿上挂满了各色衣裳，偶尔有几只猫在屋檐上打盹。<br><br>"
                + "到了山顶，整座城市都在脚下，江水从远处缓缓流过，大家都说这一趟来得值得，下次还要再来。"
                + "</td></tr></table></div></div></div>"
                + "<div class=bottom><a href=/about>关于本站</a> | <a href=/ads>广告服务</a> | <a href=/jobs>招聘</a>"
                + " 本站电话：010-12345678，版权所有，如用做商业用途请先与本站联系，建议使用较新版本的浏览器浏览。</div>"
                + "</body></html>", "page.html");
        assertTrue(a.body().contains("我们沿着石阶一路向上走"), a.body());
        assertTrue(!a.body().contains("版权所有"), a.body());
    }

    /**
     * A page that renders its story with a script ships it in schema.org's articleBody, its markup escaped twice
     * ("&amp;lt;p&amp;gt;", "&amp;amp;eacute;"): the story reads as text, not as its tags and entities' names.
     */
    @Test
    void readsAStructuredBodyWhoseMarkupIsEscapedTwice() throws Exception {
        String escaped = (PROSE + "<p>The caf&eacute; on the square stayed open late for them, and the owner said"
                + " the debate was the liveliest he had heard in the hall since the flood of the old bridge.</p>")
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        ArticleContent a = parse("<html><head><title>Council votes</title><script type=application/ld+json>"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Council votes\",\"articleBody\":\"" + escaped
                + "\"}</script></head><body><div class=story><h1>Council votes</h1><p>The council met on Tuesday"
                + " evening to vote on the budget.</p><div id=rest></div></div></body></html>", "page.html");
        assertTrue(a.body().contains("the owner said the debate"), a.body());
        assertTrue(a.body().contains("café"), a.body());
        assertTrue(!a.body().contains("&lt;") && !a.body().contains("<p>") && !a.body().contains("eacute"), a.body());
    }

    @Test
    void dropsAStrayNulInsteadOfRefusingTheText() throws Exception {
        ArticleContent a = parse("Council votes\n\nThe council met on Tuesday\u0000 evening to vote on the budget for"
                + " the coming year, and the debate went on until well past midnight.\n", "a.txt");
        assertTrue(a.body().contains("Tuesday evening"), a.body());
    }

    @Test
    void stillRefusesBinaryWithManyNuls() {
        byte[] bytes = "text\u0000\u0000\u0000 and more".getBytes(StandardCharsets.UTF_8);
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> parser.parse(bytes, "a.txt"));
        assertEquals(RejectedFileException.Reason.BINARY, e.reason());
    }

    /** Text before {@code <html>} opens the body there: the head's title and meta tags are parsed into the body. */
    @Test
    void readsTheTitleAndMetaTagsOfAHeadThatTextBeforeThePageDisplaced() throws Exception {
        String head = "<html lang=en><head><meta name=author content=\"Ann Lowe\">"
                + "<meta property=article:published_time content=2021-05-04T09:00:00Z>"
                + "<title>Council votes on the budget</title><link rel=stylesheet href=/site.css></head>";
        String page = head + "<body><div class=nav><a href=/>Home</a></div><div class=story>" + PROSE
                + "</div></body></html>";
        for (String before : new String[] {"Warning: session_start(): cannot send cookie\n",
                "<archived id=\"page-17\" encoding=\"utf-8\">\n<!-- saved copy -->\n"}) {
            ArticleContent a = parse(before + page, "page.html");
            assertEquals("Council votes on the budget", a.title(), before);
            assertEquals(java.util.List.of("Ann Lowe"), a.authors(), before);
            assertEquals("2021-05-04T09:00:00+00:00", a.publishedAt(), before);
            assertTrue(a.body().startsWith("The council met"), a.body());
        }
    }

}
