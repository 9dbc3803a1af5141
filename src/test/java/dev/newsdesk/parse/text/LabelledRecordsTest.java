package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A programme of events under the post is the post's; a feed of headlines or a site's fields under it are not. */
class LabelledRecordsTest {

    private static final String POST = """
            Konzerte im Frühling

            Auch in diesem Jahr lädt der Chor zu seinen Frühlingskonzerten ein. Die ersten Abende stehen fest, \
            weitere folgen, sobald die Säle zugesagt haben und die Proben mit dem Orchester begonnen haben.

            """;

    /** Two events, each its date, place and fee; their values run long and an unlabelled line stands among them. */
    private static final String PROGRAMME = """
            Datum: 6. März 2020, 19 Uhr

            Ort: Alte Mühle, Mühlenweg 4, am Ende des Tals

            Thema: Lieder aus den Bergen mit Chor und kleinem Orchester

            Eintritt: 15 Euro pro Person

            Datum: 14. März 2020, 18 Uhr

            Ort: Gemeindesaal am Kirchplatz neben dem Rathaus

            Frühlingsfest des Jugendchors

            Eintritt: frei, um Spenden wird gebeten

            """;

    private static final String FOOT = """
            Vorheriger Beitrag

            Nächster Beitrag

            Kategorien

            Konzerte

            Chor

            Verein
            """;

    @Test
    void aProgrammeOfEventsUnderThePostIsKept() {
        String body = DumpBody.of(POST + PROGRAMME + FOOT);
        assertTrue(body.contains("Ort: Alte Mühle, Mühlenweg 4"), body);
        assertTrue(body.contains("Datum: 14. März 2020"), body);
        assertTrue(body.contains("Frühlingsfest des Jugendchors"), body);
        assertTrue(body.contains("Eintritt: frei"), body);
        assertFalse(body.contains("Nächster Beitrag"), body);
    }

    @Test
    void aSitesFieldEndsTheProgramme() {
        String body = DumpBody.of(POST + """
                Ort: Alte Mühle, Mühlenweg 4, am Ende des Tals

                Kategorie: Konzerte und Veranstaltungen

                """ + PROGRAMME + FOOT);
        assertTrue(body.contains("Die ersten Abende stehen fest"), body);
        assertFalse(body.contains("Alte Mühle"), body);
        assertFalse(body.contains("Kategorie"), body);
    }

    @Test
    void headlinesSharingATopicsLabelStayOut() {
        String body = DumpBody.of(POST + """
                Meistgelesen

                Wahl 2020: Bürgermeister muss in die Stichwahl gegen seinen Herausforderer

                Wahl 2020: Gemeinderat bekommt zwei neue Fraktionen und eine neue Mehrheit

                Wahl 2020: Wie die Stadtteile abgestimmt haben und was das bedeutet

                Bericht: Neubau am Bahnhof verzögert sich um ein weiteres Jahr

                """ + FOOT);
        assertTrue(body.contains("Die ersten Abende stehen fest"), body);
        assertFalse(body.contains("Stichwahl"), body);
        assertFalse(body.contains("Neubau am Bahnhof"), body);
    }
}
