package dev.newsdesk.parse.extract;

/** The line over a forum post's quotation that says whose words it holds ("jane wrote:", "Quote from: jane on …"). */
public final class QuoteHeaders {

    /**
     * Most words such a line has: a name, a verb of saying or a label, and the quoted post's date and time ("Quote
     * from: jane doe on September 01, 2019, 08:05:06 PM" is ten). A longer line is a sentence of the post.
     */
    public static final int MAX_WORDS = 12;

    private QuoteHeaders() {
    }
}
