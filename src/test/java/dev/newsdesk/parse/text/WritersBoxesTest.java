package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The box on the writer under a story (label, name, note) ends it, though the writer's other pieces and the readers'
 * comments under the box read as prose; the same label over the byline in the story's header does not.
 */
class WritersBoxesTest {

    private static final String HEADLINE = "Gericht stärkt die Rechte der Mieter\n\n";

    private static final String PARAGRAPHS = """
            Das Landgericht hat entschieden, dass Vermieter die Kosten für den neuen Aufzug nicht allein auf die \
            Mieter im Erdgeschoss umlegen dürfen. Die Richter folgten damit der Klage einer Mieterin aus dem Haus.

            Der Vermieter hatte argumentiert, alle Mieter profitierten gleichermaßen vom Wert des Hauses. Das \
            Gericht sah das anders, weil die Mieter im Erdgeschoss den Aufzug gar nicht brauchen.

            Gegen das Urteil kann der Vermieter noch Berufung einlegen, die Frist dafür läuft einen Monat lang, \
            wie eine Sprecherin des Gerichts am Freitag sagte.
            """;

    @Test
    void theWritersBoxEndsTheStoryAboveTheirOtherPiecesAndTheComments() {
        String body = DumpBody.of(HEADLINE + PARAGRAPHS + """

                Über den Autor/ die Autorin

                Max Beispiel

                Max Beispiel beschäftigt sich mit den Themen Wohnen, Mietrecht und Stadtentwicklung in der Region.

                Veröffentlicht 12.03.2026 um 14:30

                Die Stadt will bis zum Sommer zweihundert neue Wohnungen am Hafen bauen lassen, doch die Anwohner \
                fürchten steigende Mieten und mehr Verkehr in ihren Straßen, wie sie bei einer Versammlung sagten.

                Der Mieterverein rät allen Mietern, die Nebenkostenabrechnung genau zu prüfen, weil viele Vermieter \
                die Kosten für Hausmeister und Gartenpflege falsch verteilen, wie eine Auswertung zeigt.

                Anna sagt:

                Endlich ein Urteil mit Augenmaß, das hätte schon vor Jahren so kommen müssen, finde ich.
                """);
        assertTrue(body.contains("Berufung einlegen"), body);
        assertFalse(body.contains("beschäftigt sich"), body);
        assertFalse(body.contains("Wohnungen am Hafen"), body);
        assertFalse(body.contains("Augenmaß"), body);
    }

    @Test
    void aBoxOnTheBooksAuthorInsideAReviewLeavesTheReviewWhole() {
        String body = DumpBody.of(HEADLINE + PARAGRAPHS + """

                Die Autorin

                Erika Muster

                Erika Muster, geboren 1974 in Bonn, lebt in Hamburg und arbeitet als Richterin am Amtsgericht.

                Ihr Buch über das Mietrecht ist dennoch kein Fachbuch, denn es erzählt von Menschen, die um ihre                 Wohnung kämpfen, und keiner von ihnen hat einfach recht.

                Am Ende bleibt offen, ob die Nachbarn wieder zueinander finden, und gerade das macht das Buch so                 lesenswert für alle, die zur Miete wohnen.
                """);
        assertTrue(body.contains("Berufung einlegen"), body);
        assertTrue(body.contains("gerade das macht das Buch"), "the story goes on under the box: " + body);
    }

    @Test
    void aWritersLabelOverTheBylineInTheHeaderStays() {
        String body = DumpBody.of(HEADLINE + "Autor\n\nMax Beispiel\n\n" + PARAGRAPHS);
        assertTrue(body.contains("Das Landgericht hat entschieden"), body);
        assertTrue(body.contains("Berufung einlegen"), body);
    }

    /** Guard: one question among the writer's other pieces under the box does not make the story go on. */
    @Test
    void aQuestionAmongTheWritersOtherPiecesDoesNotKeepTheBox() {
        String body = DumpBody.of(HEADLINE + PARAGRAPHS + """

                Über den Autor

                Max Beispiel

                Max Beispiel schreibt über Wohnen und Mietrecht für das Magazin.

                Warum verstehen die Vermieter in unserer Stadt noch immer nicht, wie teuer das Wohnen geworden ist?

                Die vergessene Geschichte der Kanäle, die für die Autos zugeschüttet wurden

                Mehr von Max Beispiel
                """);
        assertTrue(body.contains("Berufung einlegen"), body);
        assertFalse(body.contains("schreibt über Wohnen"), body);
    }
}
