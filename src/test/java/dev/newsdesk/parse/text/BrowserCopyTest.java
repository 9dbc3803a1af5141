package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page copied from a browser: a blank line only around its paragraphs, one line break between a menu's items, the
 * headline, byline, date and the share bar's buttons. Each such line is a block of its own; a text hard-wrapped at a
 * fixed width still reads its lines as one paragraph.
 */
class BrowserCopyTest {

    private static final String COPIED = """
            Home
            News
            Sport
            Weather
            Contact

            Local
            Harbour ferry returns after a winter of repairs
            The town's only ferry crossed the bay again on Monday morning, carrying forty passengers and two \
            delivery vans after five months in dry dock.
            By Maria Lopez
            12 March 2026
            5 min read

            Passengers queued on the pier from seven o'clock, and the first crossing left on time despite a stiff \
            wind from the west. The operator said the hull had been patched, the engines overhauled and the ramp \
            widened so that small lorries can board.

            Shopkeepers on the island said the winter had been hard, with goods brought over by a fishing boat twice \
            a week. "We ran out of bread more than once," said the owner of the village bakery, who met the first \
            boat with a tray of rolls.

            The council paid for most of the work and expects the ferry to run every hour until the end of October, \
            when the timetable will be cut back for the quiet months.
            Share this:
            Facebook
            Twitter
            Email

            Related stories
            Council approves new harbour wall
            Island school reopens after storm
            """;

    @Test
    void eachLineOfAPageCopiedFromABrowserIsABlockOfItsOwn() {
        Draft draft = TextDumpReader.read(COPIED);
        assertEquals("Harbour ferry returns after a winter of repairs", draft.title());
        assertEquals(List.of("Maria Lopez"), draft.authors());
        assertEquals("2026-03-12", draft.publishedAt());
        String body = DumpBody.of(draft);
        assertTrue(body.endsWith("cut back for the quiet months."), body);
        assertFalse(body.contains("Facebook"), body);
        assertFalse(body.contains("Home News"), body);
    }

    @Test
    void aDateOverTheBylineAndAReadingTimeUnderItAreTheHeaders() {
        Draft draft = TextDumpReader.read(COPIED.replace("By Maria Lopez\n12 March 2026\n", "12 March 2026\nBy Maria Lopez\n"));
        assertEquals(List.of("Maria Lopez"), draft.authors());
        assertEquals("2026-03-12", draft.publishedAt());
        assertFalse(DumpBody.of(draft).contains("min read"), DumpBody.of(draft));
    }

    @Test
    void aLineOpeningWithANumberIsNoContinuationOfTheLineAbove() {
        String body = DumpBody.of(TextDumpReader.read(COPIED.replace("quiet months.\n", "quiet months.\n14 comments\n")));
        assertTrue(body.endsWith("cut back for the quiet months."), body);
    }

    @Test
    void aTextHardWrappedAtAFixedWidthReadsItsLinesAsOneParagraph() {
        String wrapped = """
                Harbour ferry returns after a winter of repairs

                Passengers queued on the pier from seven o'clock, and the first crossing
                left on time despite a stiff wind from the west. The operator said the
                hull had been patched, the engines overhauled and the ramp widened so
                That small lorries can board, which the island's shops had asked for.

                Shopkeepers on the island said the winter had been hard, with goods
                brought over by a fishing boat twice a week. The owner of the bakery
                met the first boat with a tray of rolls and a flask of tea for the crew.
                """;
        List<String> blocks = TextBlocks.split(wrapped).stream().map(c -> c.text()).toList();
        assertEquals(3, blocks.size(), String.join("\n", blocks));
        assertTrue(blocks.get(1).contains("so That small lorries"), blocks.get(1));
    }

    @Test
    void aBlankLineUnderEveryLineOfAHardWrappedTextStillRunsItsSentencesOn() {
        String spaced = """
                Harbour ferry returns after a winter of repairs

                Passengers queued on the pier from seven o'clock, and the first crossing

                left on time despite a stiff wind from the west. The operator said the

                hull had been patched, the engines overhauled and the ramp widened.

                Shopkeepers on the island said the winter had been hard, with goods

                brought over by a fishing boat twice a week, and the bakery ran short.
                """;
        List<String> blocks = TextBlocks.split(spaced).stream().map(c -> c.text()).toList();
        assertEquals(3, blocks.size(), String.join("\n", blocks));
        assertTrue(blocks.get(1).contains("crossing left on time"), blocks.get(1));
        assertTrue(blocks.get(1).endsWith("ramp widened."), blocks.get(1));
    }
}
