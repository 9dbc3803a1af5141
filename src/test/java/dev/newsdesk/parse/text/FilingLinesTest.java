package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The post's tags under a dump's header ("Filed Under: …") are neither its title nor the start of its text. */
class FilingLinesTest {

    private static final String HEADLINE = "Harbour Board: Night Ferry To The Island Cancelled";
    /** A header and text like a caption's test's: the tags stand where its caption did. */
    private static final String MENU = CaptionCreditsTest.MENU;
    private static final String TEXT = CaptionCreditsTest.TEXT;
    private static final String FOOTER = CaptionCreditsTest.FOOTER;
    private static final String DUMP = MENU + HEADLINE + "\n\nNovember 19, 2019 at 9:45 am\n\n"
            + "Filed Under:Ferry, harbour board, island, old pier, storm damage\n\n" + TEXT + FOOTER;

    @Test
    void theTagsUnderTheHeaderAreNoTitle() {
        assertEquals(HEADLINE, TextDumpReader.read(DUMP).title());
    }

    @Test
    void theTextOpensPastTheTags() {
        String body = DumpBody.of(DUMP);
        assertTrue(body.startsWith("The ferry to the island will stop running at midnight"), body);
    }

    @Test
    void aHeadlineOpeningWithFiledStaysTheTitle() {
        String headline = "Filed away for years: the harbour board's plans for the old pier";
        String dump = MENU + headline + "\n\nNovember 19, 2019 at 9:45 am\n\n" + TEXT + FOOTER;
        assertEquals(headline, TextDumpReader.read(dump).title());
    }
}
