package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A title or summary cut to length never keeps half of a character written as a surrogate pair (an emoji, a rare
 * CJK ideograph): JSON clients and DynamoDB refuse the lone half. Text with no space to cut at is where it showed.
 */
class ShortenedTextTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void aSummaryCutInsideAnEmojiDropsTheWholeEmoji() throws Exception {
        String paragraph = "!".repeat(299) + EMOJI.repeat(50);
        var article = ParserTestSupport.parse("{\"title\": \"Titre\", \"body\": \"" + paragraph + "\"}", "a.json");
        assertEquals("!".repeat(299) + "…", article.summary());
    }

    @Test
    void aTitleCutInsideAnEmojiDropsTheWholeEmoji() throws Exception {
        String paragraph = "!".repeat(199) + EMOJI.repeat(50);
        var article = ParserTestSupport.parse("{\"body\": \"" + paragraph + "\"}", "a.json");
        assertEquals("!".repeat(199) + "…", article.title());
    }

    @Test
    void aSummaryOfWholeEmojisKeepsEveryPairWhole() throws Exception {
        String paragraph = "x" + EMOJI.repeat(200);
        var article = ParserTestSupport.parse("{\"title\": \"Titre\", \"body\": \"" + paragraph + "\"}", "a.json");
        assertEquals("x" + EMOJI.repeat(149) + "…", article.summary());
    }
}
