package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Block;
import org.junit.jupiter.api.Test;

/** A Markdown quote is one quote block of its words: a reply quoted inside it and a heading in it lose their marks. */
class MarkdownQuotesTest {

    @Test
    void aNestedQuoteAndAHeadingInAQuoteAreItsTextWithoutMarkers() throws Exception {
        ArticleContent a = parse("# Letters\n\n" + ENGLISH_PROSE + "\n\n> The ferry was late again.\n> > It always is"
                + " in winter.\n\n> ## From the harbour master\n> The timetable changes on Monday.\n", "letters.md");
        assertTrue(a.blocks().contains(Block.quote("The ferry was late again. It always is in winter.")),
                a.blocks().toString());
        assertTrue(a.blocks().contains(Block.quote("From the harbour master The timetable changes on Monday.")),
                a.blocks().toString());
    }
}
