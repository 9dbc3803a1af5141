package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A sentence a page breaks over two blocks (its opening words in bold, a line break inside a paragraph), copied with
 * a blank line between the halves: the lower-case half goes on the sentence the upper one stops inside.
 */
class BrokenSentencesTest {

    private static final String SEND_IN = """
            Send your poster by 3 April to the sailing club, which will show the best ones at the harbour festival \
            in May and give each winner a day on one of its boats.
            """;

    @Test
    void theBoldOpeningWordsOfAParagraphRunOnIntoItsRest() {
        String body = DumpBody.of("""
                Home

                Sailing

                Regattas

                Keep our lakes clean!

                Posted by the editors on 23 February 2026

                The poster contest for children

                takes place for the sixth time this spring. Children between six and twelve are invited to draw a \
                poster about clean water in the lakes and rivers around the city.

                """ + SEND_IN + """

                Leave a comment

                Recent posts
                """);
        assertTrue(body.contains("The poster contest for children takes place for the sixth time"), body);
    }

    @Test
    void aGermanParagraphBrokenAfterItsFirstWordsIsOneParagraph() {
        String body = DumpBody.of("""
                Startseite

                Segeln

                Regatten

                Haltet unsere Gewässer sauber!

                Veröffentlicht von der Redaktion am 23. Februar 2026

                Der Plakatwettbewerb für Kinder

                findet in diesem Frühjahr bereits zum sechsten Mal statt. Kinder zwischen sechs und zwölf Jahren sind \
                aufgerufen, ein Plakat über sauberes Wasser in den Seen und Flüssen der Stadt zu gestalten.

                Schickt eure Plakate bis zum 3. April an den Segelverein, der die besten beim Hafenfest im Mai zeigt \
                und jedem Gewinner einen Tag auf einem seiner Boote schenkt.

                Schreibe einen Kommentar

                Neueste Beiträge
                """);
        assertTrue(body.contains("Der Plakatwettbewerb für Kinder findet in diesem Frühjahr"), body);
    }

    @Test
    void aBylineUnderTheHeadlineStaysApart() {
        String body = DumpBody.of("""
                The poster contest for children is back

                by Jane Doe and John Smith

                The poster contest for children takes place for the sixth time this spring. Children between six and \
                twelve are invited to draw a poster about clean water in the lakes and rivers around the city.

                """ + SEND_IN);
        assertFalse(body.contains("is back by Jane Doe"), body);
    }

    @Test
    void aGlossarysEntryOpeningWithItsHeadwordStaysApart() {
        String body = DumpBody.of("""
                Physics for beginners

                Gravity pulls every mass towards every other mass, which is why apples fall, why the moon circles the \
                earth and why the tides rise and fall twice a day along the coast, as every textbook tells

                gravity — noun, the force that attracts a body towards the centre of the earth or towards any other \
                physical body having mass.

                mass — noun, the quantity of matter a body contains, measured in kilograms, whatever the force of \
                gravity on it where it stands.
                """);
        assertFalse(body.contains("every textbook tells gravity"), body);
    }
}
