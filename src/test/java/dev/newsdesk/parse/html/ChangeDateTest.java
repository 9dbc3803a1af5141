package dev.newsdesk.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsdesk.parse.extract.DayOrder;
import org.junit.jupiter.api.Test;

/** The day a short line about a change prints, as datelines and footers read it alike. */
class ChangeDateTest {

    private static String changeDate(String line) {
        return Dateline.changeDate(line, DayOrder.of("de", "de"));
    }

    @Test
    void readsTheDayAfterTheWordOfAChange() {
        assertEquals("2020-04-16", changeDate("Updated Thu, 16 Apr 2020 01:00 AM"));
    }

    @Test
    void readsTheChangesDayOfALineThatAlsoPrintsThePublication() {
        assertEquals("2021-03-05", changeDate("Published 3 March 2021, updated 5 March 2021"));
    }

    @Test
    void readsTheDayBeforeAWordOfAChangeThatComesLast() {
        assertEquals("2020-01-29", changeDate("Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert."));
    }

    @Test
    void readsNoDayInALineThatSaysNothingOfAChange() {
        assertNull(changeDate("Veröffentlicht am 29. Januar 2020"));
    }

    @Test
    void readsNoDayInProseAboutAChange() {
        assertNull(changeDate("The rules were updated on 21 January 2020, after the council had voted twice on the"
                + " plan and heard the residents"));
    }
}
