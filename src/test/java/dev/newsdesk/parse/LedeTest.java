package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The summary a file states nowhere is its lede: the first paragraph that says something in words. A text none of
 * whose paragraphs holds a letter still has one (`ShortenedTextTest`'s "!!!…").
 */
class LedeTest {

    private static final String STORY = "The harbour ferry returned to service on Monday after a winter of repairs.";

    @Test
    void aParagraphWithoutALetterIsNoLede() throws Exception {
        var article = ParserTestSupport.parse(
                "{\"title\": \"Ferry back\", \"body\": \"<p>23.09.22</p><p>" + STORY + "</p>\"}", "a.json");
        assertEquals(STORY, article.summary());
    }
}
