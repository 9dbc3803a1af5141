package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.ArticleMarkdown;
import dev.newsdesk.article.Source;
import org.junit.jupiter.api.Test;

/** A Markdown line ending in a backslash breaks the line there (a poem, an address); other line ends are spaces. */
class MarkdownLineBreaksTest {

    private static ArticleContent read(String paragraph) throws Exception {
        return parse("# The harbour poem\n\n" + paragraph + "\n\n" + ENGLISH_PROSE, "poem.md");
    }

    @Test
    void aBackslashAtALinesEndBreaksTheLineInTheHtmlAndIsNoText() throws Exception {
        ArticleContent a = read("The boats come in at dusk,\\\nthe gulls go out to sea,\\\nand the town forgets the tide.");
        assertTrue(a.html().contains("<p>The boats come in at dusk,<br>the gulls go out to sea,<br>and the town forgets"
                + " the tide.</p>"), a.html());
        assertTrue(a.body().startsWith("The boats come in at dusk, the gulls go out to sea, and the town forgets the"
                + " tide."), a.body());
    }

    @Test
    void aLineEndWithoutABackslashIsASpaceAndAnEscapedBackslashIsText() throws Exception {
        ArticleContent a = read("Write to us at\nHarbour Road 4, C:\\\\\nor call.");
        assertTrue(a.body().startsWith("Write to us at Harbour Road 4, C:\\ or call."), a.body());
        assertTrue(a.html().contains("<p>Write to us at Harbour Road 4, C:\\ or call.</p>"), a.html());
    }

    @Test
    void theMarkdownViewWritesTheBreakBackAsABackslash() throws Exception {
        ArticleContent a = read("The boats come in at dusk,\\\nthe gulls go out to sea.");
        String md = ArticleMarkdown.of(new Article("a", a, new Source("b", "poem.md", a.format(), "e", null), 0, "t",
                "t"));
        assertTrue(md.contains("The boats come in at dusk,\\\nthe gulls go out to sea."), md);
        assertEquals(a.blocks(), parse(md, "again.md").blocks());
    }

    @Test
    void aListItemsAndAnUnderlinedHeadingsLinesBreakToo() throws Exception {
        ArticleContent a = parse("# Harbour notes\n\nThe ferry times\\\nfor the summer\n---\n\n" + ENGLISH_PROSE
                + "\n\n- Monday: the early boat,\\\nthen the noon one\n- Tuesday: none\n", "notes.md");
        assertTrue(a.html().contains("<h2>The ferry times<br>for the summer</h2>"), a.html());
        assertTrue(a.html().contains("<li>Monday: the early boat,<br>then the noon one</li>"), a.html());
    }
}
