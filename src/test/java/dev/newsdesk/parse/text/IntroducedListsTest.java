package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Short lines under a line that ends with a colon are the list it announces, at the end of a story too. */
class IntroducedListsTest {

    private static final String STORY = """
            Council sets out its plan for the old harbour

            The council approved on Tuesday a plan to turn the old harbour into a park with housing and a school, \
            after three years of talks with the port authority and the residents of the quarter.

            The works will start next spring and should take about six years, the council said, at a cost of some \
            forty million paid in part by the sale of the land for housing.

            The plan the council approved rests on five principles:

            Keep the quays open to the public
            """;

    @Test
    void theListThatClosesTheStoryIsKept() {
        String body = DumpBody.of(STORY + """

                Plant trees along the water

                Build homes of every size

                Run a bus line to the station

                Protect the old warehouses

                Home

                News
                """);
        assertTrue(body.contains("Plant trees along the water"), body);
        assertTrue(body.contains("Protect the old warehouses"), body);
        assertFalse(body.contains("Home"), body);
    }

    @Test
    void aLongRunOfLinesIsALinkListNotTheAnnouncedList() {
        StringBuilder dump = new StringBuilder(STORY);
        for (int i = 1; i <= 40; i++) dump.append("\nAnother story about the harbour number ").append(i).append('\n');
        String body = DumpBody.of(dump.toString());
        assertFalse(body.contains("number 12"), body);
    }

    @Test
    void aShortItemAmongLongerOnesIsKept() {
        String body = DumpBody.of(STORY + lines("Plant trees along the water", "Build homes of every size", "Add benches",
                "Run a bus line to the station", "Protect the old warehouses", "Keep the fish market where it stands"));
        assertTrue(body.contains("Add benches"), body);
        assertTrue(body.contains("Keep the fish market"), body);
    }

    @Test
    void aMenuOfShortItemsUnderTheListStaysOut() {
        String body = DumpBody.of(STORY + lines("Plant trees along the water", "Build homes of every size",
                "Run a bus line to the station", "Share this", "Print", "Home page", "Contact us"));
        assertTrue(body.contains("Run a bus line"), body);
        assertFalse(body.contains("Share this") || body.contains("Contact us"), body);
    }

    @Test
    void questionsAnnouncedUnderTheClosingListAreKept() {
        String body = DumpBody.of(STORY + lines("Plant trees along the water", "Build homes of every size",
                "Run a bus line to the station", "Protect the old warehouses", "Keep the fish market",
                "Add a school by the dock", "Light the paths at night",
                "With these questions you can check whether the plan suits you:",
                "Will the park make the quarter better for you? Will you use it?",
                "Can the buses carry the many new residents every day to work?", "Home", "News"));
        assertKeptWithout(body, "News", "Will you use it?", "Can the buses carry");
    }

    @Test
    void fragenUnterDerSchlusslisteBleiben() {
        String body = DumpBody.of("""
                Stadtrat beschließt den Umbau des alten Hafens

                Der Stadtrat hat am Dienstag beschlossen, den alten Hafen in einen Park mit Wohnungen und einer \
                Schule umzubauen, nach drei Jahren Gesprächen mit der Hafenbehörde und den Bewohnern des Viertels.

                Die Arbeiten sollen im nächsten Frühjahr beginnen und etwa sechs Jahre dauern, sagte der Stadtrat, \
                zu Kosten von rund vierzig Millionen, die zum Teil der Verkauf der Grundstücke deckt.

                Der Plan, den der Stadtrat beschlossen hat, beruht auf zehn Grundsätzen:
                """ + lines("Die Kais bleiben offen", "Bäume am Wasser pflanzen", "Wohnungen jeder Größe bauen",
                "Eine Buslinie zum Bahnhof", "Die alten Speicher schützen", "Der Fischmarkt bleibt",
                "Eine Schule am Dock", "Licht auf den Wegen", "Spielplätze für Kinder", "Radwege am Ufer",
                "Mit diesen Fragen können Sie prüfen, ob der Plan zu Ihnen passt:",
                "Macht der Park das Viertel besser für Sie? Werden Sie ihn nutzen?",
                "Bringen die Busse die vielen neuen Bewohner jeden Tag zur Arbeit?", "Startseite", "Kontakt"));
        assertKeptWithout(body, "Kontakt", "Werden Sie ihn nutzen?", "Bringen die Busse");
    }

    @Test
    void aFewWordsUnderTheLastParagraphAnnounceTheClosingList() {
        String body = DumpBody.of(KITCHEN + lines("Das brauchen Sie:", "Zwei kleine Töpfe", "Einen scharfen Schäler",
                "Ein Sieb aus Metall", "Startseite", "Kontakt"));
        assertKeptWithout(body, "Kontakt", "Das brauchen Sie:", "Zwei kleine Töpfe", "Ein Sieb aus Metall");
    }

    @Test
    void aBriefLineUnderALinkUnderTheLastParagraphAnnouncesTheClosingList() {
        String body = DumpBody.of(KITCHEN + lines("Hier geht's zur Beratungsstelle", "So sieht der Kalender aus:",
                "Beratung am Montag 10:00 Uhr", "Kochkurs am Mittwoch 18:00 Uhr", "Markt am Samstag 8:00 Uhr",
                "Startseite", "Kontakt"));
        assertKeptWithout(body, "Kontakt", "So sieht der Kalender aus:", "Beratung am Montag", "Markt am Samstag");
    }

    @Test
    void aBriefLineUnderAMenuUnderTheLastParagraphAnnouncesNoList() {
        String body = DumpBody.of(KITCHEN + lines("Teilen", "Drucken", "So sieht der Kalender aus:",
                "Beratung am Montag 10:00 Uhr", "Kochkurs am Mittwoch 18:00 Uhr", "Startseite", "Kontakt"));
        assertFalse(body.contains("Beratung am Montag"), body);
    }

    @Test
    void aBriefLineUnderACreditAnnouncesNoList() {
        String body = DumpBody.of(KITCHEN + lines("Zurück zur Übersicht © Verbraucherzentrale", "So erreichen Sie uns:",
                "Beratung am Telefon", "Montag bis Freitag von 9 bis 17 Uhr", "Startseite", "Kontakt"));
        assertFalse(body.contains("Montag bis Freitag"), body);
    }

    @Test
    void aBoxHeadingUnderTheLastParagraphAnnouncesNoList() {
        String body = DumpBody.of(KITCHEN + lines("Mehr zum Thema:", "Kochen mit Kindern im Winter",
                "Suppen für jeden Tag der Woche", "Startseite", "Kontakt"));
        assertFalse(body.contains("Kochen mit Kindern"), body);
    }

    @Test
    void headlinesUnderABriefLineAreABoxOfOtherStories() {
        String body = DumpBody.of(KITCHEN + lines("Unsere Redaktion empfiehlt:",
                "Äpfel im Kühlschrank bleiben länger frisch",
                "Suppen aus dem Garten für kalte Tage mit Kindern und Freunden im Winter",
                "Brot backen ohne Hefe: so gelingt der Teig auch Anfängern am Wochenende", "Startseite", "Kontakt"));
        assertFalse(body.contains("Suppen aus dem Garten"), body);
    }

    /** A German story whose last paragraph closes the run, for the lines set under it. */
    private static final String KITCHEN = """
            Wie man Kartoffeln im Winter richtig lagert

            Kartoffeln halten sich den ganzen Winter, wenn sie kühl, dunkel und trocken liegen, sagen die Berater der \
            Verbraucherzentrale, die jedes Jahr viele Fragen zu keimenden und weichen Knollen bekommen.

            Am besten eignet sich ein Keller mit vier bis acht Grad, in dem die Knollen in einer Kiste aus Holz \
            liegen und nicht neben Äpfeln, deren Gas sie schneller keimen lässt.
            """;

    /** Asserts that {@code body} holds each of {@code kept} and not {@code chrome}. */
    private static void assertKeptWithout(String body, String chrome, String... kept) {
        for (String k : kept) assertTrue(body.contains(k), body);
        assertFalse(body.contains(chrome), body);
    }

    /** {@code lines} as a dump shows them, each a block of its own. */
    private static String lines(String... lines) {
        return "\n" + String.join("\n\n", lines) + "\n";
    }
}
