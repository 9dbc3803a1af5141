package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The highlights a story sets under its byline, each a point its text then tells, are the story's own lines. */
class HeaderHighlightsTest {

    private static final String TEXT = """
            The football club made three decisions for its future on Monday. The supervisory board named Oliver \
            Brandt its new finance chief from September, after a search that took most of the summer.

            Martina Keller takes over marketing and communication from him, which she had shared with the former \
            chairman for two years, and will report to the board every quarter.

            The sporting director Paul Winter signed a new three-year contract, which keeps him at the club until \
            the end of the decade, as the players and the fans had hoped.

            The chairman thanked all three and said the club was ready for the coming years.

            Share this article

            Imprint
            """;

    /** The page's menu and the story's headline, then {@code mark} (a byline, a date) and three highlights. */
    private static String dump(String mark) {
        return """
                Home

                Club news

                Club sets its course for the coming years

                """ + mark + """


                Oliver Brandt named finance chief from September

                Martina Keller takes over marketing and communication

                Paul Winter signs new three-year contract

                """ + TEXT;
    }

    @Test
    void theHighlightsUnderTheBylineOpenTheText() {
        String body = DumpBody.of(dump("Written by Tom Baker on 25.08.2015"));
        assertTrue(body.startsWith("Oliver Brandt named finance chief"), body);
        assertTrue(body.contains("Paul Winter signs new three-year contract"), body);
    }

    @Test
    void headlinesUnderABareDateStayOut() {
        String body = DumpBody.of(dump("25.08.2015"));
        assertFalse(body.contains("Paul Winter signs"), body);
    }
}
