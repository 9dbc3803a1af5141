package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Related;
import dev.newsdesk.article.Slugs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Metadata is text whatever the file puts in it: no tag, no character reference, in any format. */
class MetadataPlainTextTest {

    private static final String PARAGRAPHS = "<p>" + ENGLISH_PROSE.replace("\n\n", "</p>\n<p>") + "</p>";

    @Test
    void anHtmlPagesMetaTagsAndJsonLdGiveText() throws Exception {
        ArticleContent article = parse("""
                <!doctype html><html lang="en"><head>
                <title>Bridges &amp;#8211; the council&amp;#8217;s vote</title>
                <meta property="og:title" content="Bridges &amp;#8211; the council&amp;#8217;s vote">
                <meta property="article:section" content="News&lt;svg onload=alert(3)&gt;">
                <meta name="author" content="&lt;img src=x onerror=alert(5)&gt;">
                <meta name="keywords" content="bridges, &lt;b&gt;budget&lt;/b&gt;, &quot, &lt;br&gt;">
                <script type="application/ld+json">{"@type": "NewsArticle",
                  "headline": "Bridges &#8211; the council&#8217;s vote",
                  "author": {"name": "<b>Jane</b> Doe&lt;script&gt;alert(1)&lt;/script&gt;"}}</script>
                </head><body><article><h1>Bridges</h1>""" + PARAGRAPHS + "</article></body></html>", "page.html");

        assertEquals("Bridges – the council’s vote", article.title());
        assertEquals("bridges-the-council-s-vote", Slugs.fromTitle(article.title()));
        assertEquals("News", article.section());
        assertEquals(List.of("Jane Doe"), article.authors());
        assertEquals(List.of("bridges", "budget"), article.keywords(), "a stray quote mark or an empty tag is no keyword");
        assertNoMarkup(article);
    }

    @Test
    void frontMatterGivesText() throws Exception {
        ArticleContent article = parse("""
                ---
                title: "Bridges &amp; <em>budgets</em>"
                section: "<script>alert(1)</script>Local"
                author: "Jane &lt;b&gt;Doe&lt;/b&gt;"
                tags: [bridges, "<i>budget</i>"]
                ---
                """ + ENGLISH_PROSE, "story.md");

        assertEquals("Bridges & budgets", article.title());
        assertEquals("Local", article.section());
        assertEquals(List.of("Jane Doe"), article.authors());
        assertNoMarkup(article);
    }

    @Test
    void aJsonUploadGivesText() throws Exception {
        ArticleContent article = parse("""
                {"title": "<script>alert(1)</script>Bridges &#8211; a vote", "section": "<b>Local</b>",
                 "authors": ["<img src=x onerror=alert(5)>", "Jane Doe"], "tags": ["javascript&#58;", "<u>budget</u>"],
                 "body": %s}""".formatted(com.fasterxml.jackson.databind.node.TextNode.valueOf(ENGLISH_PROSE)),
                "story.json");

        assertEquals("Bridges – a vote", article.title());
        assertEquals("Local", article.section());
        assertEquals(List.of("Jane Doe"), article.authors());
        assertNoMarkup(article);
    }

    @Test
    void ampersandsAndComparisonsThatAreTextStayAsWritten() {
        assertEquals("R&D, Q&A and 3 < 4", SafeText.plain("R&D, Q&A and 3 < 4"));
        assertEquals("Fish & Chips", SafeText.plain("Fish & Chips"));
    }

    private static void assertNoMarkup(ArticleContent article) {
        List<String> fields = new ArrayList<>(List.of(article.title(), article.section() == null ? "" : article.section()));
        fields.addAll(article.authors());
        fields.addAll(article.keywords());
        for (Related r : article.related()) fields.add(r.title());
        for (String field : fields) {
            assertFalse(field.contains("<") || field.contains(">"), "markup in " + field);
            assertFalse(field.matches(".*&#?\\w+;.*"), "a character reference in " + field);
            assertFalse(field.contains("alert"), "script text in " + field);
        }
    }
}
