package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A note on the writer opens with a name and a role, or with the writer greeting the reader by name; under the story
 * a label above it ("About the author") is enough.
 */
class AuthorBlurbsTest {

    @Test
    void aNameWithARoleIntroducesTheWriter() {
        assertTrue(AuthorBlurbs.introducesWriter("Jane Miller is a transport reporter at the county paper."));
        assertTrue(AuthorBlurbs.introducesWriter("Karl Berger ist freier Journalist in Hamburg."));
        assertTrue(AuthorBlurbs.introducesWriter("Marie Dupont est journaliste au service économie."));
        assertTrue(AuthorBlurbs.introducesWriter("Jana Beispiel, Fotografin aus Bremen und Gründerin eines Studios."));
    }

    @Test
    void aGreetingWithANameIntroducesTheWriter() {
        assertTrue(AuthorBlurbs.introducesWriter("Hallo, ich bin Anna, und hier schreibe ich über Gärten."));
        assertTrue(AuthorBlurbs.introducesWriter("Hi, I'm Sam! I cook for a family of five."));
    }

    @Test
    void aSentenceOfTheStoryDoesNot() {
        assertFalse(AuthorBlurbs.introducesWriter("The mayor said the bridge would reopen in March."));
        assertFalse(AuthorBlurbs.introducesWriter("Ich bin gespannt, wie es weitergeht."));
        assertFalse(AuthorBlurbs.introducesWriter("I am sure the council will find the money."));
        assertFalse(AuthorBlurbs.introducesWriter("Jana Beispiel, Fotografin aus Bremen, zeigt ihre Bilder."));
    }

    @Test
    void theLinkToAllOfAWritersPostsIsKnownAndABylineIsNot() {
        assertTrue(AuthorBlurbs.linksToWritersPosts("View all posts by Sam Lee →"));
        assertTrue(AuthorBlurbs.linksToWritersPosts("Zeige alle Beiträge von Anna »"));
        assertFalse(AuthorBlurbs.linksToWritersPosts("Artikel von Max Muster"));
    }

    @Test
    void aGermanNoteUnderTheAuthorLabelGoesFromTheStoryWhateverItsWords() {
        String body = DumpBody.of("""
                Gericht stärkt die Rechte der Mieter

                Das Landgericht hat entschieden, dass Vermieter die Kosten für den neuen Aufzug nicht allein auf die \
                Mieter im Erdgeschoss umlegen dürfen. Die Richter folgten damit der Klage einer Mieterin aus dem Haus.

                Der Vermieter hatte argumentiert, alle Mieter profitierten gleichermaßen vom Wert des Hauses. Das \
                Gericht sah das anders, weil die Mieter im Erdgeschoss den Aufzug gar nicht brauchen.

                Gegen das Urteil kann der Vermieter noch Berufung einlegen, die Frist dafür läuft einen Monat.

                AUTOR

                Dr. Max Beispiel ist Gründungspartner einer Kanzlei in Köln. Zu seinen Schwerpunkten gehören das \
                Mietrecht und das Baurecht, über die er regelmäßig in Zeitschriften schreibt.
                """);
        assertTrue(body.contains("Berufung einlegen"), body);
        assertFalse(body.contains("Gründungspartner"), body);
        assertFalse(body.contains("AUTOR"), body);
    }

    private static final String BRIDGE_STORY = """

            The city council will vote next week on the plan for a new bridge over the river, after two years of \
            studies and a public consultation that drew more than three thousand replies.

            The bridge would carry buses, bicycles and people on foot, but no cars, and would cost the city about \
            forty million over the next five years, the engineer Jane Miller told the council.

            About Jane Miller

            As the city's chief engineer, Jane Miller has led the plans for the bridge since the first study, and \
            she built the tram line along the river ten years ago.
            """;

    @Test
    void aNoteUnderAboutAndTheNameOfTheBylineGoesFromTheStory() {
        String body = DumpBody.of("The council votes on the new bridge\n\nBy Jane Miller, 3 May 2024\n"
                + BRIDGE_STORY);
        assertTrue(body.contains("forty million"), body);
        assertFalse(body.contains("tram line") || body.contains("About Jane Miller"), body);
    }

    @Test
    void aNoteUnderAboutAndTheNameOfSomeoneTheStoryIsAboutStays() {
        String body = DumpBody.of("The council votes on the new bridge\n\nBy John Roe, 3 May 2024\n"
                + BRIDGE_STORY);
        assertTrue(body.contains("tram line"), body);
    }

    @Test
    void aNoteUnderTheQuestionWhoWroteItGoesFromTheStory() {
        String body = DumpBody.of("""
                Der Verein feiert Geburtstag

                Vor hundertdreißig Jahren gründeten ein paar Schüler den Verein, heute hat er mehr als vierzigtausend \
                Mitglieder und spielt im zweiten Jahr in Folge im europäischen Wettbewerb.

                Der Manager hat den Verein durch zwei Abstiege geführt und ihn beide Male zurück in die erste Liga \
                gebracht, was ihm im Umfeld lange niemand zugetraut hatte.

                Wer hat das geschrieben?

                "Fußball? Ist das dein Ernst?" Diesen Satz höre ich hier in der neuen Stadt jede Woche, wenn ich \
                erzähle, dass mein Herz seit der Kindheit für den Verein meiner Heimat schlägt.
                """);
        assertTrue(body.contains("niemand zugetraut hatte"), body);
        assertFalse(body.contains("Heimat schlägt"), body);
    }

    @Test
    void aQuestionAsTheStorysSubheadingStays() {
        String body = DumpBody.of("""
                Wohin das Geld der Stadt fließt

                Die Stadt hat im vergangenen Jahr mehr als zwei Millionen Euro für Gutachten ausgegeben, doppelt so \
                viel wie geplant, wie aus einer Antwort auf eine Anfrage im Stadtrat hervorgeht.

                Wer hat das Geld bekommen?

                Den größten Teil erhielten zwei Büros aus der Nachbarstadt, die seit Jahren für die Verwaltung \
                arbeiten und deren Aufträge nie ausgeschrieben wurden.
                """);
        assertTrue(body.contains("Wer hat das Geld bekommen?"), body);
        assertTrue(body.contains("nie ausgeschrieben wurden"), body);
    }
}
