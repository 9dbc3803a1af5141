package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A pager's lines above a thread's first post are the page's chrome, even where the forum's welcome above them draws
 * the thread's run up over them; a post's own lines about pages and years are not.
 */
class PagerLinesTest {

    private static final String HEADER = """
            Gartenforum

            Startseite

            Foren

            Anzucht » Tomaten

            Tomatensetzlinge werden lila

            Wenn dies Dein erster Besuch hier ist, lies bitte zuerst die Hilfe durch. Du musst Dich registrieren, \
            bevor Du Beiträge verfassen kannst; lesen kannst Du aber schon jetzt in allen Foren, such Dir einfach \
            das Forum aus, das Dich am meisten interessiert.

            Seite 1 von 9 1 2 3 4 5 … Letzte

            Gehe zu Seite:

            Ergebnis 1 bis 4 von 37

            1 ← 2 3 4 → 9 Weiter >

            """;

    private static String post(String name, String posts, String words) {
        return "Zitieren\n\n" + name + "\n\nBeiträge: " + posts + "\n\nAW: Tomatensetzlinge\n\n" + words
                + "\n\nNach oben\n\n";
    }

    private static final String THREAD = post("gruenerdaumen", "311", """
            Meine Tomatensetzlinge haben seit einer Woche lila Blattunterseiten, seit sie im Frühbeet stehen. \
            Gegossen habe ich wie immer, gedüngt noch gar nicht, und die Erde ist eine ganz normale Anzuchterde aus \
            dem Baumarkt. Hat jemand eine Idee, woran das liegen kann, oder muss ich mir Sorgen machen?

            Gesät im März
            Zweimal umgetopft""")
            + post("kompost", "87", "Das ist Phosphormangel, den sie im kalten Boden nicht aufnehmen können, das "
            + "verwächst sich, sobald die Nächte wärmer werden.")
            + post("wurzelwerk", "1204", "Stimmt, halte sie nachts etwas wärmer und gib ihnen einmal in der Woche "
            + "schwachen Dünger, bis sie ausgepflanzt werden.")
            + post("gruenerdaumen", "311", """
            Danke, ich hole sie nachts wieder ins Haus, und die neuen Blätter sind wieder grün. Die alten \
            Blätter bleiben zwar lila, aber die Pflanzen wachsen wieder kräftig, und in zwei Wochen kommen sie \
            ohnehin ins Beet, wenn die Eisheiligen vorbei sind.

            Viel besser jetzt""");

    @Test
    void aPagersLinesAreNotThePosts() {
        String body = DumpBody.of(HEADER + THREAD);
        assertTrue(body.contains("Zweimal umgetopft"), body);
        assertTrue(body.contains("neuen Blätter sind wieder grün"), body);
        assertFalse(body.contains("Seite 1 von 9"), body);
        assertFalse(body.contains("Gehe zu Seite"), body);
        assertFalse(body.contains("Ergebnis 1 bis 4"), body);
        assertFalse(body.contains("Weiter >"), body);
    }

    @Test
    void aPostsOwnLinesAboutPagesAndYearsStay() {
        String body = DumpBody.of(HEADER + THREAD.replace("Gesät im März", "Seite 2 von 40 des Gartenbuchs")
                .replace("Zweimal umgetopft", "2019 2020 2021 → 2022"));
        assertTrue(body.contains("Seite 2 von 40 des Gartenbuchs"), body);
        assertTrue(body.contains("2019 2020 2021 → 2022"), body);
    }

    @Test
    void readsPagersInSeveralLanguages() {
        assertTrue(PagerLines.is("Page 2 of 99"));
        assertTrue(PagerLines.is("Results 1 to 15 of 945"));
        assertTrue(PagerLines.is("Jump to page:"));
        assertTrue(PagerLines.is("« Précédent 1 2 3 4 Suivant »"));
        assertTrue(PagerLines.is("Strona 1 z 12"));
        assertFalse(PagerLines.is("Page 2 of the report"));
        assertFalse(PagerLines.is("1 2 3"));
    }
}
