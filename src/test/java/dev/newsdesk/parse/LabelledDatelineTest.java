package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A line that labels a date of the article ("Updated: 11.04.2021, 10:27", "Veröffentlicht am 3. Mai 2021") is its
 * metadata wherever the page sets it among the paragraphs, not only above them; a sentence that merely opens with
 * such a word and speaks of a date stays.
 */
class LabelledDatelineTest {

    private static final String FIRST = "The town council voted on Tuesday to keep the old swimming pool open for "
            + "another five years, after hundreds of residents signed a letter asking it to think again.";
    private static final String SECOND = "Repairs to the roof and the heating will cost about two million, which the "
            + "council hopes to share with the county and with a local sports club that trains there every week.";
    private static final String THIRD = "The pool first opened in the summer of 1968 and still draws more swimmers "
            + "on a warm weekend than the new leisure centre across the river, the mayor told the meeting.";

    private static String page(String line) {
        return "<html><body><article><h1>Old pool stays open</h1><p>" + FIRST + "</p><p>" + line + "</p><p>"
                + SECOND + "</p><p>" + THIRD + "</p><p class=stamp>" + line + "</p></article></body></html>";
    }

    @ParameterizedTest
    @ValueSource(strings = {"Updated: 11.04.2021, 10:27", "Aktualisiert: 11.04.2021, 10:27",
        "Veröffentlicht am 3. Mai 2021", "Published on May 3, 2021, 4:15 pm", "Stand des Artikels: 3. Mai 2021",
        "Publié le 3 mai 2021 à 10h27", "Last updated: 2021-05-03 10:27", "Datum: 03/05/2021",
        "Erstellt am 03.05.21, 10:27", "Erstellt am 03.05.21 um 10:27, geändert am 04.05.21 um 09:12"})
    void dropsALabelledDatelineAmongTheParagraphs(String line) throws RejectedFileException {
        String body = parse(page(line), "a.html").body();
        assertFalse(body.contains(line), body);
        assertTrue(body.contains(SECOND) && body.contains(THIRD), body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published on 3 May 2021, the report found nothing new.",
        "Veröffentlicht wurde die Studie am 3. Mai 2021.", "Updated plans followed on 3 May 2021."})
    void keepsASentenceThatOpensWithTheWord(String line) throws RejectedFileException {
        String body = parse(page(line), "a.html").body();
        assertTrue(body.contains(line), body);
    }

    @Test
    void dropsALabelAloneAndTheDateUnderIt() throws RejectedFileException {
        String html = "<html><body><article><h1>Old pool stays open</h1><p>" + FIRST + "</p><p>" + SECOND
                + "</p><p><strong>Release date:</strong></p><p>Thursday, 29 April 2021 – 3:55pm</p><p>" + THIRD
                + "</p></article></body></html>";
        String body = parse(html, "a.html").body();
        assertFalse(body.contains("Release date"), body);
        assertFalse(body.contains("29 April 2021"), body);
        assertTrue(body.contains(THIRD), body);
    }

    @Test
    void keepsADateAmongThePhotosDetails() throws RejectedFileException {
        String html = "<html><body><article><h1>Old pool stays open</h1><p>" + FIRST + "</p><p>" + SECOND
                + "</p><h3>Photo details</h3><ul><li>Camera: a small compact</li><li>Lens: 35 mm</li>"
                + "<li>Date: 12/06/2021</li><li>Place: the pool's north terrace</li></ul><p>" + THIRD
                + "</p></article></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.contains("Date: 12/06/2021"), body);
    }
}
