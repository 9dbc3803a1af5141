package dev.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.bench.DumpTitlesBench.Agreement;
import org.junit.jupiter.api.Test;

/** What counts as a dump title agreeing with the page's. */
class DumpTitlesBenchTest {

    @Test
    void casePunctuationAndSpacesAreFolded() {
        assertEquals(Agreement.SAME, DumpTitlesBench.compare("Rates Rise — Again!", "rates rise again"));
    }

    @Test
    void aHeadlineWithItsSitesNameAgreesWithTheHeadline() {
        String headline = "Rates rise again in the city";
        assertEquals(Agreement.CONTAINED, DumpTitlesBench.compare(headline + " | The Daily Ledger", headline));
    }

    @Test
    void aShortPieceOfTheTitleOrAWordInsideAWordDoesNotAgree() {
        assertEquals(Agreement.DIFFERENT,
                DumpTitlesBench.compare("Central bank rates rise again after a long pause", "Rates rise"));
        assertEquals(Agreement.DIFFERENT, DumpTitlesBench.compare("Rates rise again", "rates rise against"));
        assertEquals(Agreement.DIFFERENT, DumpTitlesBench.compare("Rates rise again", ""));
    }

    @Test
    void aPageWithoutAnHtmlTitleIsNotJudged() {
        assertEquals(Agreement.NO_HTML_TITLE, DumpTitlesBench.compare(" – ", "Rates rise again"));
    }
}
