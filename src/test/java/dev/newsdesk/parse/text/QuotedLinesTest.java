package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lines of a quotation a dump sets line by line stay in the article; short lines quoted on their own do not. */
class QuotedLinesTest {

    private static final String OPENING = """
            Singer answers his old friend in a new song

            The singer answered on Friday the song in which his former partner had mocked him last month, and the \
            exchange has since been played more than a million times, the label said in a statement.

            """;

    private static final String CLOSING = """

            The two had recorded three albums together before they parted in 2015, and neither had spoken of the \
            other in public until the song came out, which the label says was written in a single night.

            Fans have taken sides on social media, and the singer said he would not answer again, since in his view \
            everything had now been said between them.
            """;

    @Test
    void theVersesOfAQuotedSongStay() {
        String body = DumpBody.of(OPENING + """
                „You were my hero, but your heart has gone cold

                Since all you have left are the stories you told

                I stood by your side like a son by his own“
                """ + CLOSING);
        assertTrue(body.contains("You were my hero"), body);
        assertTrue(body.contains("Since all you have left"), body);
        assertTrue(body.contains("like a son by his own"), body);
    }

    @Test
    void versesQuotedInFrenchMarksStay() {
        String body = DumpBody.of(OPENING + """
                « You were my hero, but your heart has gone cold

                Since all you have left are the stories you told »
                """ + CLOSING);
        assertTrue(body.contains("Since all you have left"), body);
    }

    @Test
    void linesUnderAnOpeningMarkThatNothingClosesStayOut() {
        String body = DumpBody.of(OPENING + """
                “You were my hero, but your heart has gone cold

                Home

                Music news

                Concerts and tours
                """ + CLOSING);
        assertFalse(body.contains("Concerts and tours"), body);
    }

    @Test
    void headlinesEachQuotedOnTheirOwnStayOut() {
        String body = DumpBody.of(OPENING + """
                “We never spoke again” – the drummer on the band's last tour

                “Money changed him” – an old friend looks back
                """ + CLOSING);
        assertFalse(body.contains("the drummer on the band's last tour"), body);
        assertFalse(body.contains("an old friend looks back"), body);
    }
}
