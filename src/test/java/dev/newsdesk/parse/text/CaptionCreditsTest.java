package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A caption whose credit a dump prints in a shape with no "Photo:" label (a source in brackets, a name glued to its
 * last sentence, "Picture by", "Symbolbild") is neither the dump's title nor a standfirst opening its text.
 */
class CaptionCreditsTest {

    static final String MENU = "Harbour News\n\nHome\n\nNews\n\nSport\n\nWeather\n\n";
    private static final String HEADLINE = "Night boat to the island is cancelled";
    static final String TEXT = """
            The ferry to the island will stop running at midnight, the harbour board said on Monday evening, \
            after the storm damaged the old pier and the ferry's landing stage.

            Repairs to the old pier could take three weeks, and the board will decide then whether the ferry \
            can run again before the winter timetable starts.

            Fishermen at the harbour said the storm was the worst they had seen on the pier in twenty years, \
            and several boats were moved to the inner basin.
            """;
    /** A caption's words, its credit added in each test. */
    private static final String CAPTION = "The storm damaged the old pier and the ferry's landing stage";
    static final String FOOTER = "\nSign up for our newsletter\n\nPrivacy\n\nContact us\n";

    private static String dump(String caption) {
        return MENU + HEADLINE + "\n\nOctober 6, 2020\n\n" + caption + "\n\n" + TEXT + FOOTER;
    }

    private static String titleOver(String caption) {
        return TextDumpReader.read(dump(caption)).title();
    }

    @Test
    void aCaptionWithItsSourceGluedToItsLastSentenceIsNoTitle() {
        assertEquals(HEADLINE, titleOver(CAPTION + ".John Smith/Agency"));
    }

    @Test
    void aCaptionClosedByItsSourceInBracketsIsNoTitle() {
        assertEquals(HEADLINE, titleOver(CAPTION + " (John Smith / Agency)"));
        assertEquals(HEADLINE, titleOver(CAPTION + " (harbour-pictures.com)"));
    }

    @Test
    void aCaptionWithAPictureLabelIsNoTitle() {
        assertEquals(HEADLINE, titleOver(CAPTION + " (Picture by John Smith)"));
        assertEquals(HEADLINE, titleOver("Symbolbild / " + CAPTION));
    }

    @Test
    void aCaptionUnderTheHeaderIsNoStandfirstOpeningTheText() {
        String body = DumpBody.of(dump("The old pier after the storm on Monday evening. (John Smith / Agency)"));
        assertTrue(body.startsWith("The ferry to the island will stop running at midnight"), body);
    }

    @Test
    void aHeadlineClosedByAJobAdsBracketsOrAGluedAbbreviationStaysTheTitle() {
        String[] headlines = {"Ferry pilot wanted for the island (m/w/d)", "Storm on the pier, as in St.Louis"};
        for (String headline : headlines) {
            String dump = MENU + headline + "\n\nOctober 6, 2020\n\n" + TEXT + FOOTER;
            assertEquals(headline, TextDumpReader.read(dump).title());
        }
    }

    /** A paragraph is no caption, whatever closes it: only a line or two is read for a credit's shape. */
    @Test
    void aParagraphClosedByItsSourceIsNoCaption() {
        String paragraph = (CAPTION + ", and ").repeat(7) + "the harbour board will meet (John Smith / Agency)";
        assertTrue(paragraph.length() > 400, paragraph);
        assertFalse(CaptionCredits.in(paragraph));
        assertTrue(CaptionCredits.in(CAPTION + " (John Smith / Agency)"));
    }
}
