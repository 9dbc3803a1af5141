package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A magazine's note on its print issue, above or under the article ("Das Heft ist im Handel erhältlich", "The latest
 * issue is on newsstands now"), is not the article's; a story that reports on a magazine's new issue keeps saying so.
 */
class PrintIssuePromoTest {

    private static final String GERMAN_STORY = """
            Die Straße am Fluss wird ab Montag für einen Monat gesperrt, weil die Lager der alten Brücke \
            ersetzt werden müssen, wie der Landkreis am Donnerstag mitteilte. Der Verkehr wird über die \
            Umgehungsstraße geleitet.

            Die Brücke wurde im Jahr 1962 gebaut und trägt jeden Tag etwa zwölftausend Autos. Ihre Lager sind \
            schneller verschlissen, als die Ingenieure bei der letzten Prüfung vor fünf Jahren erwartet hatten.

            Die Busse halten weiter an ihren Haltestellen, brauchen aber zehn Minuten länger, und Radfahrer \
            dürfen die Brücke auf dem Gehweg überqueren, der während der ganzen Bauzeit offen bleibt.""";

    private static String page(String above, String prose, String under) {
        StringBuilder html = new StringBuilder("<html><body><article>");
        if (above != null) html.append("<div class=box><p>").append(above).append("</p></div>");
        for (String p : prose.split("\n\n")) html.append("<p>").append(p.strip()).append("</p>");
        if (under != null) html.append("<p>").append(under).append("</p>");
        return html.append("</article></body></html>").toString();
    }

    @Test
    void dropsTheNoteOnTheIssueAboveAGermanArticle() throws RejectedFileException {
        String note = "Dieser Beitrag stammt aus Ausgabe 5/2024 unseres Magazins. Das Heft ist ab dem 12. Mai im "
                + "Handel erhältlich.";
        assertDropped(page(note, GERMAN_STORY, null), "im Handel", "etwa zwölftausend Autos");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The latest issue is on newsstands now, or order your copy from our shop.",
        "Więcej o remontach mostów w najnowszym numerze naszego tygodnika, dostępnym w sprzedaży od piątku."})
    void dropsTheNoteOnTheLatestIssueUnderTheArticle(String note) throws RejectedFileException {
        assertDropped(page(null, ENGLISH_PROSE, note), note.substring(0, 20), "over the coming months.");
    }

    @Test
    void keepsAStoryReportingOnAMagazinesNewIssue() throws RejectedFileException {
        String report = "Die Zeitschrift widmet ihre neue Ausgabe ganz der Brücke. Das Heft ist ab Donnerstag im "
                + "Handel erhältlich.";
        String body = parse(page(null, GERMAN_STORY, report), "a.html").body();
        assertTrue(body.contains("im Handel erhältlich"), body);
    }

    /** The page's body lacks {@code gone} (the note) and holds {@code kept} (the story's last words). */
    private static void assertDropped(String html, String gone, String kept) throws RejectedFileException {
        String body = parse(html, "a.html").body();
        assertFalse(body.contains(gone), body);
        assertTrue(body.contains(kept), body);
    }
}
