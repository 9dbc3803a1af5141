package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A title that shows nothing (a zero-width space, a next-line control, a format mark) is no title: the article's
 * first visible sentence stands in, so clients never list an empty headline and the slug has words.
 */
class InvisibleTitleTest {

    @ParameterizedTest
    @ValueSource(strings = {"\\u200b", "\\u0085", "\\u180e", "\\u001c", "\\u2060\\u200d", " \\u00a0 "})
    void aJsonTitleThatShowsNothingGivesWayToTheFirstSentence(String escaped) throws Exception {
        String json = "{\"title\": \"" + escaped + "\", \"body\": \"\\u200b\\n\\nLe conseil a voté le budget. Il entre en vigueur.\"}";
        var article = ParserTestSupport.parse(json, "article.json");
        assertEquals("Le conseil a voté le budget.", article.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"article.json", "article.txt"})
    void anArticleWhoseTextShowsNothingIsRefused(String name) {
        String json = "{\"title\": \"\\u200b\", \"body\": \"\\u200b \\u2060\"}";
        var refused = assertThrows(RejectedFileException.class, () -> ParserTestSupport.parse(json, name));
        assertEquals(RejectedFileException.Reason.NOT_AN_ARTICLE, refused.reason());
    }
}
