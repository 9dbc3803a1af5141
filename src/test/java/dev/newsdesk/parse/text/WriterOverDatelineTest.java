package dev.newsdesk.parse.text;

import static dev.newsdesk.parse.text.TitleOverTheGapTest.FOOTER;
import static dev.newsdesk.parse.text.TitleOverTheGapTest.HEADLINE;
import static dev.newsdesk.parse.text.TitleOverTheGapTest.MENU;
import static dev.newsdesk.parse.text.TitleOverTheGapTest.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A writer's bare name set on its own line over the dateline is the byline, never the title, whatever stands between
 * them (a dash the dump keeps as noise); over a byline, a short title-cased line is the headline.
 */
class WriterOverDatelineTest {

    @Test
    void aWritersNameOverTheDatelineIsNotTheTitle() {
        String dump = MENU + HEADLINE + "\n\nAnna Berg\n\n—\n\n12 March 2021\n\n"
                + "The swing bridge at dawn (Photo: John Smith)\n\n" + TEXT + FOOTER;
        assertEquals(HEADLINE, TextDumpReader.read(dump).title());
    }

    @Test
    void aShortTitleOverABylineIsTheTitle() {
        String dump = MENU + "Bridge Repairs Explained\n\nBy Anna Berg - 12 March 2021\n\n" + TEXT + FOOTER;
        assertEquals("Bridge Repairs Explained", TextDumpReader.read(dump).title());
    }
}
