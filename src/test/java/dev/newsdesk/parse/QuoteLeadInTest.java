package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A line that hands the word to a quotation under it ("To which she replies:") names replies as a comment thread's
 * heading does; over a blockquote it is the article's, which goes on past the quotation. A thread's heading still
 * ends it.
 */
class QuoteLeadInTest {

    private static final String OPENING = "The debate over the new pricing model went on for most of the day, and "
            + "by the evening the original post had been shared thousands of times by readers on every side.";
    private static final String MIDDLE = "Several developers wrote that they agreed with the argument, even if they "
            + "found some of the figures in it too rough to be useful for their own planning.";
    private static final String QUOTE = "I am honestly thinking about whether to keep writing at all after today.";
    private static final String AFTER = "It is hard to blame her for that, given how many of the replies ignored "
            + "what the post had actually said and went after the numbers alone.";
    private static final String COMMENT = "Great post, thanks for writing it, I shared it with my whole team today.";

    @Test
    void goesOnPastAQuotationHandedTheWord() throws RejectedFileException {
        String body = parse(page("To which she understandably replies:"), "a.html").body();
        assertTrue(body.contains(QUOTE), body);
        assertTrue(body.contains(AFTER), body);
    }

    @Test
    void stillEndsAtAThreadsHeading() throws RejectedFileException {
        String body = parse(page("2 Replies:"), "a.html").body();
        assertTrue(body.contains(MIDDLE), body);
        assertFalse(body.contains(AFTER), body);
    }

    private static String page(String line) {
        return "<html><body><h1>The pricing debate</h1><article><p>" + OPENING + "</p><p>" + MIDDLE + "</p><p>" + line
                + "</p><blockquote><p>" + QUOTE + "</p></blockquote><p>" + AFTER + "</p><p>" + COMMENT
                + "</p></article></body></html>";
    }
}
