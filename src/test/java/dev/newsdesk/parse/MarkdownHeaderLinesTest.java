package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Markdown article's byline and dateline under its title give its authors and date, as a page's do. */
class MarkdownHeaderLinesTest {

    @Test
    void aBylineWithItsDateUnderTheTitle() throws Exception {
        ArticleContent a = parse("# Bridges will be repaired\n\n*By Jane Doe, March 4, 2026*\n\n" + ENGLISH_PROSE, "a.md");
        assertEquals(List.of("Jane Doe"), a.authors());
        assertEquals("2026-03-04", a.publishedAt());
        assertFalse(a.body().contains("Jane Doe"), a.body());
    }

    @Test
    void aBylineAndADatelineOnLinesOfTheirOwn() throws Exception {
        ArticleContent a = parse("# Bridges will be repaired\n\nBy Jane Doe\n\n4 March 2026\n\n" + ENGLISH_PROSE, "a.md");
        assertEquals(List.of("Jane Doe"), a.authors());
        assertEquals("2026-03-04", a.publishedAt());
        assertTrue(a.body().startsWith(ENGLISH_PROSE.split("\n\n")[0].strip()), a.body());
    }

    @Test
    void frontMatterWinsButTheLineStillLeavesTheBody() throws Exception {
        ArticleContent a = parse("---\nauthor: Ann Lee\ndate: 2026-02-01\n---\n\n# Bridges will be repaired\n\n"
                + "By Jane Doe, March 4, 2026\n\n" + ENGLISH_PROSE, "a.md");
        assertEquals(List.of("Ann Lee"), a.authors());
        assertEquals("2026-02-01", a.publishedAt());
        assertFalse(a.body().contains("Jane Doe"), a.body());
    }

    @Test
    void aShortOpeningSentenceIsText() throws Exception {
        ArticleContent a = parse("# Bridges will be repaired\n\nBy the time the council met, the vote was clear.\n\n"
                + ENGLISH_PROSE, "a.md");
        assertTrue(a.authors().isEmpty(), a.authors().toString());
        assertNull(a.publishedAt());
        assertTrue(a.body().startsWith("By the time the council met"), a.body());
    }
}
