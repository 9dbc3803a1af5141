package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A subheading stays when the paragraph above it ends the section on a one-line sentence of its own. */
class SubheadingUnderOneLinerTest {

    private static final String DUMP = """
            Home

            Sport

            Two favourites through on the first day of the finals

            Both favourites won their opening ties on Tuesday, in front of a full hall that cheered every long \
            rally and booed only the line judges, who had a long and difficult evening.

            The home side needed the deciding doubles, which it took in two tight sets after saving four break \
            points in the last game of the match.

            "I nearly fainted," he said.

            VISITORS AHEAD

            The visitors beat last year's finalists without dropping a set, and play again on Thursday against \
            the winners of the afternoon tie in the same hall.

            Their captain said the team had trained for a week on the same surface.

            More from Sport

            Contact
            """;

    @Test
    void aSubheadingUnderAOneLineQuoteStays() {
        String body = DumpBody.of(DUMP);
        assertTrue(body.contains("said.\n\nVISITORS AHEAD\n\nThe visitors beat"), body);
    }

    @Test
    void aBracketedBoxUnderAOneLinerStaysOut() {
        String body = DumpBody.of(DUMP.replace("VISITORS AHEAD", "[Related: Visitors Ahead In The Other Group]"));
        assertFalse(body.contains("Related:"), body);
    }

    @Test
    void theNextStorysHeadlineUnderACreditStaysOut() {
        for (String credit : new String[] {"Reuters contributed.", "Additional reporting by Jane Doe."}) {
            String body = bodyWithHeadlineUnder(credit);
            assertFalse(body.contains("Ferry fares"), body);
        }
    }

    @Test
    void theNextStorysHeadlineUnderABoxInBracketsStaysOut() {
        String body = bodyWithHeadlineUnder("(Related: Ferry fares rise.)");
        assertFalse(body.contains("Ferry fares rise\n"), body);
    }

    @Test
    void aBoxInBracketsUnderAOneLinerStaysOut() {
        for (String box : new String[] {"(Related: Ferry fares rise)", "【Ferry fares rise】", "« Ferry fares rise"}) {
            String body = DumpBody.of(DUMP.replace("VISITORS AHEAD", box));
            assertFalse(body.contains("Ferry fares"), body);
        }
    }

    /** The body of the dump with {@code closing} as the paragraph's one-liner and another story's headline under it. */
    private static String bodyWithHeadlineUnder(String closing) {
        return DumpBody.of(DUMP.replace("\"I nearly fainted,\" he said.", closing)
                .replace("VISITORS AHEAD", "Ferry fares rise"));
    }
}
