package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A list a short line announces between two paragraphs is the article's, its dated items too. */
class ListsAmidProseTest {

    private static final String ABOVE = """
            Stadtrat beschließt neue Gebühren für die Bäder

            Der Stadtrat hat am Dienstag nach langer Debatte eine neue Gebührenordnung für die drei städtischen \
            Hallenbäder beschlossen, die den Betrieb bis zum Ende des Jahrzehnts sichern soll.

            Die Verwaltung rechnet mit Mehreinnahmen von rund zwei Millionen Euro im Jahr, die vor allem in die \
            Sanierung des ältesten Bades an der Flussseite fließen sollen.

            """;

    private static final String BELOW = """

            Familien mit mehr als zwei Kindern sollen nach dem Willen der Verwaltung weiterhin einen Rabatt auf die \
            Jahreskarte erhalten, über dessen Höhe der Ausschuss im Herbst beraten wird.

            Die Opposition kündigte an, gegen die Erhöhung ein Bürgerbegehren zu unterstützen, weil sie die \
            Schwimmkurse für Kinder aus ärmeren Familien gefährde.
            """;

    @Test
    void aListAnnouncedBetweenParagraphsIsKept() {
        String body = DumpBody.of(ABOVE + """
                Daraus ergeben sich folgende Schritte:

                ab 1. März 2027 für Erwachsene,

                ab 1. Mai 2027 für die Sauna,

                ab 1. Januar 2028 für alle Kurse.
                """ + BELOW);
        assertTrue(body.contains("folgende Schritte"), body);
        assertTrue(body.contains("ab 1. März 2027 für Erwachsene,"), body);
        assertTrue(body.contains("ab 1. Januar 2028 für alle Kurse."), body);
    }

    @Test
    void datedItemsUnderALongAnnouncingSentenceAreKeptToo() {
        String body = DumpBody.of(ABOVE + """
                Aus dem Beschluss ergeben sich für die Besucher der Bäder folgende Veränderungen:

                ab 1. März 2027 für Erwachsene,

                ab 1. Mai 2027 für die Sauna,

                ab 1. Januar 2028 für alle Kurse.
                """ + BELOW);
        assertTrue(body.contains("ab 1. März 2027 für Erwachsene,"), body);
        assertTrue(body.contains("ab 1. Januar 2028 für alle Kurse."), body);
    }

    @Test
    void aBoxOfHeadlinesBetweenParagraphsStaysOut() {
        String body = DumpBody.of(ABOVE + """
                Lesen Sie auch:

                Freibad am See öffnet zwei Wochen früher als geplant

                Neue Rutsche im Familienbad kostet mehr als gedacht

                Schwimmverein sucht dringend neue Trainer für den Nachwuchs
                """ + BELOW);
        assertFalse(body.contains("Neue Rutsche"), body);
    }

    @Test
    void aTeaserCardBetweenParagraphsStaysOut() {
        String body = DumpBody.of(ABOVE + """
                Weitere Berichte aus der Stadt:

                Freibad am See öffnet zwei Wochen früher als geplant

                Von Anna Berger

                Neue Rutsche im Familienbad kostet mehr als gedacht
                """ + BELOW);
        assertFalse(body.contains("Neue Rutsche"), body);
    }

    private static final String OPENING = """
            Council sets out its plan for the old harbour

            The council approved on Tuesday a plan to turn the old harbour into a park with housing and a school, \
            after three years of talks with the port authority and the residents of the quarter.

            """;

    private static final String GOES_ON = """

            The works will start next spring and should take about six years, the council said, at a cost of some \
            forty million paid in part by the sale of the land for housing.

            Residents will be asked for their views on the first drawings at a meeting in the town hall next month, \
            and the final design is due before the end of the year.
            """;

    @Test
    void aShortLineAnnouncingAListTheStoryGoesOnFromIsKept() {
        String body = DumpBody.of(OPENING + "This plan rests on three points:\n"
                + lines("Open quays for everyone", "Homes of every size", "A bus line to the station") + GOES_ON);
        assertTrue(body.contains("This plan rests on three points:"), body);
        assertTrue(body.contains("Homes of every size"), body);
    }

    @Test
    void aShortLineAnnouncingLinesUnderTheStoryStaysOut() {
        String body = DumpBody.of(OPENING + GOES_ON + "\nYou could also enjoy reading these:\n"
                + lines("Ferry timetable changes in May", "Old harbour crane gets a new coat", "Fish market reopens"));
        assertFalse(body.contains("Ferry timetable changes"), body);
    }

    @Test
    void aListUnderASubheadingBetweenParagraphsIsKept() {
        String body = DumpBody.of(OPENING + "Key figures\n"
                + lines("Park area grows to 12 hectares", "About 800 new homes by 2032",
                        "School for 400 pupils near the quays") + GOES_ON);
        assertTrue(body.contains("Park area grows to 12 hectares"), body);
        assertTrue(body.contains("School for 400 pupils near the quays"), body);
    }

    @Test
    void aListOfFiguresUnderASubheadingClosedByAnotherIsKept() {
        String body = DumpBody.of(OPENING + "Key figures\n"
                + lines("Park area grows to 12 hectares", "About 800 new homes by 2032",
                        "School for 400 pupils near the quays", "What the residents say") + GOES_ON);
        assertTrue(body.contains("About 800 new homes by 2032"), body);
        assertTrue(body.contains("What the residents say"), body);
    }

    @Test
    void headlinesUnderASubheadingBetweenParagraphsStayOut() {
        String body = DumpBody.of(ABOVE + "Aus der Region\n"
                + lines("Freibad am See öffnet zwei Wochen früher als geplant",
                        "Neue Rutsche im Familienbad kostet mehr als gedacht",
                        "Schwimmverein sucht dringend neue Trainer für den Nachwuchs") + BELOW);
        assertFalse(body.contains("Neue Rutsche"), body);
    }

    @Test
    void aNumberedTableOfContentsUnderItsLabelStaysOut() {
        String body = DumpBody.of(OPENING + "Contents\n"
                + lines("1 The old docks", "2 Plans for the quays", "3 What residents want") + GOES_ON);
        assertFalse(body.contains("Plans for the quays"), body);
    }

    /** {@code lines} as a dump shows them, each a block of its own. */
    private static String lines(String... lines) {
        return "\n" + String.join("\n\n", lines) + "\n";
    }
}
