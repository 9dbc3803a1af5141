package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A one-sentence paragraph between two longer ones ("The vote is on Friday.") is a paragraph, as the writer set it;
 * a short line that asks, names or is set in bold between paragraphs stays a subheading.
 */
class ShortParagraphsTest {

    private static final String FIRST = "<p>The council met on Tuesday evening to discuss the budget for next year and "
            + "the plans for the new library building in the centre of the town.</p>";
    private static final String SECOND = "<p>Members argued for hours about the cost of the roof, the heating and the "
            + "furniture, and several asked for a second opinion on the figures before any vote.</p>";

    private static List<Block.Type> types(String middle) throws RejectedFileException {
        ArticleContent a = parse("<html><head><title>Council sets the vote</title></head><body><article>"
                + "<h1>Council sets the vote</h1>" + FIRST + middle + SECOND + "</article></body></html>", "a.html");
        return a.blocks().stream().map(Block::type).toList();
    }

    @Test
    void aOneSentenceParagraphStaysAParagraph() throws RejectedFileException {
        assertEquals(List.of(Block.Type.PARAGRAPH, Block.Type.PARAGRAPH, Block.Type.PARAGRAPH),
                types("<p>The vote is on Friday.</p>"));
    }

    @Test
    void aShortLineThatAsksNamesOrIsBoldStaysASubheading() throws RejectedFileException {
        List<Block.Type> subheading = List.of(Block.Type.PARAGRAPH, Block.Type.HEADING, Block.Type.PARAGRAPH);
        assertEquals(subheading, types("<p>What happens next?</p>"));
        assertEquals(subheading, types("<p>The cost of the roof</p>"));
        assertEquals(subheading, types("<p><strong>The vote is on Friday.</strong></p>"));
        assertEquals(subheading, types("<p><b>The vote is on Friday.</b></p>"));
    }
}
