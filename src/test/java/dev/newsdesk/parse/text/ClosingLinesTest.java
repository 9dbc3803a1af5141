package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The story's closing line, set right above the share bar, is the story's; the site's pitch there is not. */
class ClosingLinesTest {

    private static final String ARTICLE = """
            Home

            Garden

            The orchard that came back

            When the old orchard behind the school was cleared twenty years ago, nobody expected to see apples \
            there again, and for a long time the field was left to nettles, brambles and the odd stray goat.

            Then a group of parents planted six young trees one wet November, and every autumn since then more \
            families have come with a spade and a sapling, until the field held more than forty trees.

            This year the children picked the first full harvest, pressed it into juice in the school kitchen and \
            sold the bottles at the gate to pay for the next row of trees along the northern fence.

            """;

    private static final String SHARE_BAR = """


            Share this:

            Facebook

            Twitter

            Email
            """;

    @Test
    void aClosingLineWithoutAStopAboveTheShareBarStays() {
        String body = DumpBody.of(ARTICLE + "Perhaps the goat will come back for the apples one day, who knows"
                + SHARE_BAR);
        assertTrue(body.contains("the goat will come back"), body);
    }

    @Test
    void aClosingLineCutByAnEllipsisAboveTheShareBarStays() {
        String body = DumpBody.of(ARTICLE + "See you next autumn with a bigger press…"
                + SHARE_BAR);
        assertTrue(body.contains("a bigger press"), body);
    }

    @Test
    void theSitesPitchAboveTheShareBarGoes() {
        assertGoes(PITCH + SHARE_BAR, "newsletter");
    }

    @Test
    void aClosingLineThatEndsTheFileStays() {
        String body = DumpBody.of(ARTICLE + "The goat has not been seen since the spring.\n");
        assertTrue(body.contains("not been seen since the spring"), body);
    }

    @Test
    void aShortClosingSentenceThatEndsTheFileStays() {
        String body = DumpBody.of(ARTICLE + "More to come.\n");
        assertTrue(body.endsWith("More to come."), body);
    }

    @Test
    void aShortPitchThatEndsTheFileGoes() {
        assertGoes("Subscribe today!\n", "Subscribe");
    }

    @Test
    void aShortButtonOrCommentsLineThatEndsTheFileGoes() {
        assertGoes("Print this page.\n", "Print this page");
        assertGoes("No comments yet.\n", "No comments");
    }

    @Test
    void aLinksLineWithoutAStopThatEndsTheFileGoes() {
        assertGoes("More about the orchard and the families who planted it here\n", "More about the orchard");
    }

    @Test
    void theSitesPitchThatEndsTheFileGoes() {
        assertGoes(PITCH + "\n", "newsletter");
    }

    private static final String PITCH = "Sign up for our newsletter to get more stories like this one";

    /** The {@code ending} set under the article leaves the article whole and its {@code words} out. */
    private static void assertGoes(String ending, String words) {
        String body = DumpBody.of(ARTICLE + ending);
        assertTrue(body.contains("the northern fence"), body);
        assertFalse(body.contains(words), body);
    }

    @Test
    void aTeasersTitleAboveTheShareBarGoes() {
        String body = DumpBody.of(ARTICLE + "More Stories From Gardens Around The Town" + SHARE_BAR);
        assertFalse(body.contains("More Stories"), body);
    }

    @Test
    void aClosingSentenceAboveACreditAndTheShareBarStays() {
        String body = DumpBody.of(ARTICLE + "Nobody has seen the goat since the spring.\n\n"
                + "With agency reports" + SHARE_BAR);
        assertTrue(body.contains("the goat since the spring"), body);
    }

    @Test
    void aTeasersTitleAboveASectionNameAndTheShareBarGoes() {
        String body = DumpBody.of(ARTICLE + "more stories from the gardens and orchards around the town\n\n"
                + "Gardening" + SHARE_BAR);
        assertFalse(body.contains("more stories from the gardens"), body);
    }

    @Test
    void theWritersSignOffAboveTheShareBarStays() {
        String body = DumpBody.of(ARTICLE + "Sincerely,\n\nMartha" + SHARE_BAR);
        assertTrue(body.contains("Sincerely,") && body.contains("Martha"), body);
    }

    @Test
    void aSalutationWithTheNameAfterACommaStays() {
        String body = DumpBody.of(ARTICLE + "Cheers, the garden team" + SHARE_BAR);
        assertTrue(body.contains("Cheers, the garden team"), body);
    }

    @Test
    void aSignOffThatEndsTheFileStays() {
        String body = DumpBody.of(ARTICLE + "Sincerely,\n\nMartha\n");
        assertTrue(body.contains("Sincerely,") && body.contains("Martha"), body);
    }

    @Test
    void aNameAfterADashThatEndsTheFileStays() {
        assertTrue(DumpBody.of(ARTICLE + "— Martha\n").endsWith("Martha"));
        assertTrue(DumpBody.of(ARTICLE + "-- Martha Jones\n").endsWith("-- Martha Jones"));
        assertGoes("- Weather\n", "Weather"); // a menu's last item, read as a bullet, is no given name
    }

    @Test
    void aNameAfterADashAboveTheShareBarGoes() {
        assertGoes("— Gardening" + SHARE_BAR, "Gardening");
    }

    private static final String RELATED_BOX = """


            Related Posts

            The pear tree that nobody planted

            How to press apple juice at home

            Why goats love brambles more than grass
            """;

    @Test
    void aClosingLineAboveABoxOfOtherPostsStays() {
        String body = DumpBody.of(ARTICLE + "Perhaps the goat will come back for the apples one day, who knows"
                + RELATED_BOX);
        assertTrue(body.contains("the goat will come back"), body);
        assertFalse(body.contains("pear tree"), body);
    }

    @Test
    void aClosingLineAboveAGermanBoxOfOtherArticlesStays() {
        String body = DumpBody.of("""
                Der Obstgarten hinter der Schule

                Als der alte Obstgarten hinter der Schule vor zwanzig Jahren gerodet wurde, rechnete niemand damit, \
                dort jemals wieder Äpfel zu sehen, und lange Zeit blieb das Feld den Brennnesseln überlassen.

                Dann pflanzte eine Gruppe von Eltern an einem nassen Novembertag sechs junge Bäume, und seitdem \
                kommen jeden Herbst mehr Familien mit Spaten und Setzling, bis das Feld mehr als vierzig Bäume trug.

                In diesem Jahr pflückten die Kinder die erste volle Ernte und pressten sie in der Schulküche zu Saft, \
                den sie am Tor verkauften, um die nächste Reihe Bäume am nördlichen Zaun zu bezahlen.

                Vielleicht kommt die Ziege eines Tages wegen der Äpfel zurück, wer weiß


                Das könnte Sie auch interessieren

                Der Birnbaum, den niemand gepflanzt hat

                So pressen Sie Apfelsaft zu Hause
                """);
        assertTrue(body.contains("die Ziege eines Tages"), body);
        assertFalse(body.contains("Birnbaum"), body);
    }
}
