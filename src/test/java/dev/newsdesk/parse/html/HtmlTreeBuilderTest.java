package dev.newsdesk.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our HTML parser builds the document a browser would, as jsoup does: each page of markup that pages get wrong
 * gives the same document as jsoup's parser (compared line by line), and what is ours alone (scripts and unread
 * attributes not kept, markup found in the bytes of any charset, hostile pages) is pinned here.
 */
class HtmlTreeBuilderTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // the head and body a page leaves out, attributes of repeated html and body tags
        "<title>T</title><p>x",
        "text<html lang=fr><body class=k>more",
        "<!DOCTYPE html><html><head>\n<meta charset=utf-8>\n<title>A &amp; B</title>\n</head>\n<body>\n<p>x</p>\n</body>\n</html>\n",
        "<head><noscript><img src=x></noscript><link rel=a></head><body><p>x",
        "<head><noscript>Enable JS</noscript></head><p>x",
        "<head><iframe src=x></iframe><link rel=a></head><p>x",
        "<p>x</p>\n</body>\n<div>after</div></html>\n<p>z",
        // elements never closed
        "<p>a<div>b</div>c",
        "<p>one<p>two<ul><li>a<li>b</ul>",
        "<dl><dt>term<dd>one<dt>two<dd>three</dl>",
        "<h1>a<h2>b</h2></h1>c",
        "<select><option>a<option>b</select><button>x<button>y",
        "<form><form><input></form>after",
        // tables
        "<table><tr><td>a<td>b<tr><td>c</table>",
        "<table><td>cell</table>",
        "<table>x<tr><td>y</table>",
        "<table><div>lost</div><tr><td>y</table>",
        "<table><form><tr><td><input></td></tr></form></table>",
        "<table><col><col><tr><td>a</table>",
        "<table><caption>c</caption><thead><tr><th>h<tbody><tr><td>d</table>",
        "<div><table><tr><td></div>a</table>b",
        "<table><tr><td><table><tr><td>inner</table>outer</table>",
        "<td>stray cell</td><tr>stray row",
        // end tags with nothing open
        "<div>x</p>y</div>",
        "a</span>b</div>c</br>d",
        "a</>b",
        // formatting across blocks (the adoption agency)
        "<b>x<p>y</b>z</p>",
        "<p><b>x</p>y",
        "<a href=1>a<a href=2>b",
        "<a href=1><div>x</a>y</div>",
        "<h2><a name=x>T</h2>\n<blockquote>\n<p>A <a href=y>B<a/> c",
        "<p><a>x</p>\n<table><tr><td>y</table>",
        "<i><b><p>x</i>y</b>z",
        // SVG and MathML
        "<svg><title/><path d='M0'/><p>after",
        "<p>a<svg viewBox='0 0 1 1'><g><rect/></g></svg>b<math><mi>x</mi></math>c",
        "<svg><image href=x /></svg><image src=y>",
        // text: entities, raw text elements, CDATA, pre, NUL
        "<p>&copy &amp;x &notit; &#x41;&#66; &nbsp;&lt;tag&gt;",
        "<p>&copy2024 &eacute;t&eacute; &Eacute &hellip; &NotAnEntity; &; &#; &#x; &# 1 &amp",
        "<p>&#0; &#128; &#x80; &#150; &#159; &#999999999999; &#x110000; &#xD800; &#8364 &bne; &acE;",
        "<a href='?a=1&copy=2&amp;b=3&notit;&lt=4&gt;x&eacute'>x</a><span class='&quot;&#34;&apos;&copy2'>x</span>",
        "<p style='a &amp; b' data-x=&quot;q&quot; id=plain>x",
        "<textarea><p>not a tag</textarea><title>in body &amp; kept</title>",
        "<xmp><b>as written</b></xmp><iframe><p>x</p></iframe>",
        "<pre>\nfirst line\n</pre><pre>\r\nsecond</pre><listing>\nthird</listing>",
        "<p>a<![CDATA[b]]>c",
        "<p>a\u0000b",
        // attributes
        "<DIV CLASS=A Class=B id=\"i\" hidden data-x='1'>x</DIV>",
        "<p a=1 b c='3'/d=4>x",
        "<div/>x<foo/>y<br/>z",
        // comments and declarations
        "<p>a<!-- c -->b<!-->c<!--->d<?xml x?>e<!bogus>f",
        "<p>a < b and c<d",
        // scripts end at their own end tag only (their code is not compared: ours does not keep it)
        "<script>document.write('</scr' + 'ipt>'); x = '</SCRIPT >';</script><p>after",
        "<style>p::before { content: '</p>' }</style><p>x",
    })
    void buildsTheDocumentJsoupBuilds(String page) {
        Document ours = HtmlTreeBuilder.parse(page.getBytes(StandardCharsets.UTF_8), 0, StandardCharsets.UTF_8);
        assertEquals(String.join("\n", DocumentOutline.of(Jsoup.parse(page))),
                String.join("\n", DocumentOutline.of(ours)), page);
    }

    @Test
    void keepsOnlyJsonLdOfScriptsAndNoStyles() {
        String page = "<script>var s = '<div>'; if (a < b) {}</script>"
                + "<script type='application/ld+json'>{\"headline\": \"</div>\"}</script>"
                + "<style>p { color: red }</style><p>after";
        Document doc = parse(page);
        List<Element> scripts = doc.select("script");
        assertEquals(2, scripts.size());
        assertEquals("", scripts.get(0).data(), "a plain script's code is never read, so never kept");
        assertEquals("{\"headline\": \"</div>\"}", scripts.get(1).data());
        assertEquals("", doc.selectFirst("style").data());
        assertEquals("after", doc.body().text());
        assertEquals(0, doc.select("div").size(), "markup inside a script is not markup");
    }

    @Test
    void keepsOnlyTheAttributesTheReaderReads() {
        Element img = parse("<img srcset='a.jpg 1x, b.jpg 2x' data-src=c.jpg onload=\"go()\" class=photo alt=x>")
                .selectFirst("img");
        assertEquals(1, img.attributesSize());
        assertEquals("photo", img.className());
        Element a = parse("<a HREF='/x?a=1&amp;b=2' Class=Teaser ROLE=link DATA-ID=3>t</a>").selectFirst("a");
        assertEquals("/x?a=1&b=2", a.attr("href"));
        assertEquals("Teaser", a.className());
        assertEquals("link", a.attr("role"));
        assertEquals(3, a.attributesSize());
    }

    @Test
    void resolvesLinksAgainstThePagesBase() {
        Document doc = parse("<head><base href='https://example.org/news/'><base href='https://other.org/'></head>"
                + "<a href='story.html'>x</a>");
        assertEquals("https://example.org/news/story.html", doc.selectFirst("a").absUrl("href"));
        assertEquals(Jsoup.parse("<base href='https://example.org/news/'><a href='story.html'>x</a>")
                .selectFirst("a").absUrl("href"), doc.selectFirst("a").absUrl("href"));
    }

    @Test
    void findsTagsInTheBytesOfSingleByteCharsets() {
        Charset cp1252 = Charset.forName("windows-1252");
        String page = "<p class=\"chapô\">Le député « Éric » reçoit l’élève</p>";
        Document doc = HtmlTreeBuilder.parse(page.getBytes(cp1252), 0, cp1252);
        assertEquals("Le député « Éric » reçoit l’élève", doc.body().text());
        assertEquals("chapô", doc.selectFirst("p").className());
    }

    @Test
    void findsTagsInTheBytesOfMultiByteCharsets() {
        for (String name : new String[] {"Shift_JIS", "GBK", "Big5", "EUC-KR"}) {
            Charset charset = Charset.forName(name);
            String text = switch (name) {
                case "Shift_JIS" -> "東京で会議が開かれた。ソフト";
                case "GBK" -> "北京举行会议";
                case "Big5" -> "台北舉行會議";
                default -> "서울에서 회의가 열렸다";
            };
            String page = "<title>" + text + "</title><p id=\"" + text + "\">" + text + "</p>";
            Document doc = HtmlTreeBuilder.parse(page.getBytes(charset), 0, charset);
            assertEquals(text, doc.body().text(), name);
            assertEquals(text, doc.title(), name);
            assertEquals(text, doc.selectFirst("p").id(), name);
        }
    }

    @Test
    void readsUtf16PagesThroughTheirText() {
        String page = "<p>Noël à Montréal</p>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Noël à Montréal",
                HtmlTreeBuilder.parse(bytes, 0, StandardCharsets.UTF_16LE).body().text());
    }

    @Test
    void startsPastTheByteOrderMark() {
        byte[] page = "\uFEFF<p>x".getBytes(StandardCharsets.UTF_8);
        assertEquals("x", HtmlTreeBuilder.parse(page, 3, StandardCharsets.UTF_8).body().text());
    }

    @Test
    void dropsATagCutOffByTheEndOfTheFile() {
        assertEquals("kept", parse("<p>kept<a href=\"never closed").body().text());
        assertEquals("kept", parse("<p>kept<div class=x").body().text());
        assertEquals("kept <", parse("<p>kept <").body().text());
        assertEquals("kept", parse("<p>kept<!-- never closed <p>lost").body().text());
    }

    @Test
    void boundsTheDepthOfHostileNesting() {
        Document doc = parse("<div>".repeat(100_000) + "deep");
        int depth = 0;
        for (Element e = doc.selectFirst("div"); e != null; e = e.firstElementChild()) depth++;
        assertTrue(depth < 300, "depth " + depth);
        assertEquals("deep", doc.body().text());
    }

    @Test
    void boundsTheFormattingCarriedAcrossBlocks() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 5_000; i++) page.append("<font color=c").append(i).append('>');
        for (int i = 0; i < 2_000; i++) page.append("<p>x</p>");
        Document doc = parse(page.toString());
        assertNotNull(doc.body());
        assertTrue(doc.getAllElements().size() < 200_000, "reopened formatting is bounded");
    }

    private static Document parse(String page) {
        return HtmlTreeBuilder.parse(page.getBytes(StandardCharsets.UTF_8), 0, StandardCharsets.UTF_8);
    }
}
