package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A comment form's notice reads as a sentence, yet is never the article: not even under a table of results, which
 * has no prose of its own. A sentence of the story about an address that is not published stays.
 */
class CommentFormsTest {

    private static final String MENU = "Startseite\n\nErgebnisse\n\nVereine\n\nTermine\n\nKontakt\n\n";

    private static final String FORM = """
            Kommentar absenden Antworten abbrechen

            Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.

            Kommentar

            Name *

            E-Mail *

            Website

            Aktuelle Beiträge

            Termine 2020

            Ergebnisse 2020

            """;

    /** A results table, a line a cell: ranks, clubs, times, no sentence. */
    private static String results() {
        StringBuilder table = new StringBuilder("Ergebnisse: Kreismeisterschaft der Jugend, 19. Mai\n\n");
        String[] clubs = {"TSV Bergheim", "LG Talstadt", "SV Nordpark", "TV Seefeld"};
        for (String race : new String[] {"100 m Mädchen", "100 m Jungen", "800 m Mädchen", "Weitsprung Jungen"}) {
            table.append(race).append("\n\n");
            for (int rank = 1; rank <= clubs.length; rank++) {
                table.append(rank).append(".\n\n").append(clubs[rank - 1]).append("\n\n")
                        .append(11 + rank).append(',').append(rank * 3).append("\n\nsec.\n\n");
            }
        }
        return table.toString();
    }

    @Test
    void theFormsNoticeIsNotTheArticleOfATable() {
        String body = DumpBody.of(MENU + results() + FORM);
        assertFalse(body.contains("nicht veröffentlicht"), body);
        // the table's own lines are what is left (which of its cells the reading keeps is another rule's matter)
        assertTrue(body.startsWith("1.") && body.contains("sec."), body);
    }

    @Test
    void aSentenceOfTheStoryAboutAnUnpublishedAddressStays() {
        String story = """
                Bank schreibt Kunden nach dem Datenleck

                Deine E-Mail-Adresse wird nicht veröffentlicht, versprach die Bank ihren Kunden am Montag in einem \
                Brief, nachdem in der vergangenen Woche die Namen von mehreren tausend Kunden im Netz aufgetaucht \
                waren und viele von ihnen bei der Filiale nachgefragt hatten.

                Eine Sprecherin sagte, die Bank habe die Polizei informiert. Die betroffenen Kunden sollen innerhalb \
                von zehn Tagen kostenlos eine neue Karte bekommen.

                """;
        String body = DumpBody.of(MENU + story + FORM);
        assertTrue(body.contains("versprach die Bank ihren Kunden"), body);
        assertTrue(body.contains("neue Karte"), body);
        assertFalse(body.contains("Erforderliche Felder"), body);
    }
}
