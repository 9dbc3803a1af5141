package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.Draft;
import org.junit.jupiter.api.Test;

/** The summary a story's header sets under its headline, above the byline and the picture's credit, opens the text. */
class DumpStandfirstTest {

    private static final String MENU = "Home\n\nNews\n\nSport\n\nCulture\n\nWeather\n\n";
    private static final String TEXT = """
            The old swing bridge over the harbour will stay closed to traffic until the spring, the city council \
            said on Tuesday, after engineers found cracks in two of its four steel supports.

            Repairs are expected to cost more than two million euros, and a ferry will carry cyclists and people on \
            foot across the harbour in the meantime, every ten minutes from six in the morning.

            The council will decide next month whether to rebuild the bridge entirely.
            """;
    /** A headline, its summary, a byline and a dateline. */
    private static final String HEADER = """
            Harbour bridge closed until spring

            Cracks in the supports of the old swing bridge mean months of detours for drivers in the city

            By Jane Doe

            March 3, 2021

            """;
    private static final String FOOTER = "\nShare this article\n\nAbout us\n\nContact\n\nImprint\n";

    @Test
    void theSummaryOverTheBylineDatelineAndCreditOpensTheText() {
        String dump = MENU + HEADER + """
                The swing bridge seen from the harbour. Photo: John Roe

                5 min read

                """ + TEXT + FOOTER;
        String body = DumpBody.of(dump);
        assertTrue(body.startsWith("Cracks in the supports of the old swing bridge"), body);
        assertTrue(body.contains("rebuild the bridge entirely"), body);
        assertFalse(body.contains("Jane Doe"), body);
    }

    @Test
    void aLongLineAboveTheTextWithNoBylineDatelineOrCreditStaysOut() {
        String dump = MENU + """
                Harbour bridge closed until spring

                Subscribe to our newsletter and get the news of the city in your inbox every morning

                Share

                Print

                """ + TEXT + FOOTER;
        String body = DumpBody.of(dump);
        assertTrue(body.startsWith("The old swing bridge"), body);
    }

    @Test
    void aTableOfContentsUnderTheHeaderDoesNotHideTheSummary() {
        String dump = MENU + HEADER + """
                Contents

                What the engineers found

                Why the supports cracked

                How long the repairs take

                What they will cost

                The ferry across the harbour

                Detours for drivers

                Buses and trams

                Cyclists and people on foot

                A new bridge or the old one

                """ + TEXT + FOOTER;
        String body = DumpBody.of(dump);
        assertTrue(body.startsWith("Cracks in the supports of the old swing bridge"), body);
        assertFalse(body.contains("Why the supports cracked"), body);
    }

    @Test
    void aDatelineThatAlsoDatesALaterChangeStillMarksTheHeader() {
        String dump = MENU + """
                Harbour bridge closed until spring

                Cracks in the supports of the old swing bridge mean months of detours for drivers in the city

                By Jane Doe

                March 3, 2021, 7:15 am Updated March 4, 2021, 9:40 am The Harbour Weekly No. 9/2021

                """ + TEXT + FOOTER;
        String body = DumpBody.of(dump);
        assertTrue(body.startsWith("Cracks in the supports of the old swing bridge"), body);
        assertFalse(body.contains("Updated March 4"), body);
    }

    @Test
    void aCaptionCreditedAsAPhotographUnderTheHeaderStaysOut() {
        String dump = MENU + """
                Harbour bridge closed until spring

                By Jane Doe

                March 3, 2021

                Share

                Engineers on the old swing bridge over the harbour during the inspection in January. Photograph: John Roe

                """ + TEXT + FOOTER;
        String body = DumpBody.of(dump);
        assertTrue(body.startsWith("The old swing bridge"), body);
    }

    @Test
    void aSummaryUnderTheShareBarOpensTheTextUnderTheHeadlineAboveTheByline() {
        String dump = MENU + """
                Harbour bridge closed until spring

                By Jane Doe

                March 3, 2021

                Share

                Facebook

                Twitter

                LinkedIn

                Email

                Print

                Cracks in the supports of the old swing bridge mean months of detours for drivers in the city

                """ + TEXT + FOOTER;
        Draft draft = TextDumpReader.read(dump);
        assertEquals("Harbour bridge closed until spring", draft.title());
        String body = DumpBody.of(draft);
        assertTrue(body.startsWith("Cracks in the supports of the old swing bridge"), body);
        assertFalse(body.contains("Facebook"), body);
    }

    @Test
    void aCaptionRunIntoItsCreditUnderTheShareBarStaysOut() {
        String body = DumpBody.of(
                underTheShareBar("The old swing bridge over the harbour seen from the water at dawn.John Roe"));
        assertTrue(body.startsWith("The old swing bridge over the harbour will stay closed"), body);
    }

    @Test
    void aSummaryWithADottedAbbreviationIsNoGluedCredit() {
        String body = DumpBody.of(
                underTheShareBar("A Ph.D student found the cracks in the supports of the old swing bridge that mean "
                        + "months of detours"));
        assertTrue(body.startsWith("A Ph.D student found the cracks"), body);
    }

    /** A dump whose header sets {@code line} under its headline, byline, dateline and a share bar, over the text. */
    private static String underTheShareBar(String line) {
        return MENU + """
                Harbour bridge closed until spring

                By Jane Doe

                March 3, 2021

                Share

                Facebook

                Twitter

                Email

                """ + line + "\n\n" + TEXT + FOOTER;
    }

    @Test
    void aLeadInTheTextsOwnWordsOverAShareBarOpensTheText() {
        String body = DumpBody.of(MENU + "Harbour bridge closed until spring\n\n" + """
                Engineers have found cracks in two of the four steel supports of the old swing bridge over the \
                harbour, and the city council has closed the bridge to traffic until the spring.

                """ + SHARE_BAR + LONG_TEXT + FOOTER);
        assertTrue(body.startsWith("Engineers have found cracks"), body);
    }

    @Test
    void anotherStorysTeaserOverAShareBarStaysOut() {
        String body = DumpBody.of(MENU + "Harbour bridge closed until spring\n\n" + """
                The museum of modern art reopens its east wing on Saturday with an exhibition of paintings lent by \
                collectors from abroad, and admission will be free for the first week.

                """ + SHARE_BAR + LONG_TEXT + FOOTER);
        assertFalse(body.contains("museum of modern art"), body);
    }

    /** A share bar ending in a link to the comments, which closes the run above it. */
    private static final String SHARE_BAR = "Share\n\nComments\n\n";
    /** A text long enough to outweigh the lead as the dump's run. */
    private static final String LONG_TEXT = TEXT + """

            Traders on the quay fear they will lose customers over the winter, and the chamber of commerce has asked \
            the council for help with their rents while the bridge stays shut.

            The bridge was built in 1911 and turned for the last time in the summer, when a tall ship came in.
            """;
}
