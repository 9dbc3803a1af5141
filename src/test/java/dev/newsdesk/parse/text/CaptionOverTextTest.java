package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A picture's caption with its credit, or one a gallery cuts short, set between a dump's header and its text, is never
 * the dump's title.
 */
class CaptionOverTextTest {

    private static final String MENU = "Harbour News\n\nHome\n\nNews\n\nSport\n\nWeather\n\n";
    private static final String TEXT = """
            The ferry to the island will stop running at midnight, the harbour board said on Monday evening, \
            after the storm damaged the old pier.

            Repairs to the pier could take three weeks, and the board will decide then whether the ferry can \
            run again before the winter timetable starts.

            Fishermen at the harbour said the storm was the worst they had seen on the pier in twenty years, \
            and several boats were moved to the inner basin.
            """;
    private static final String FOOTER = "\nSign up for our newsletter\n\nPrivacy\n\nContact us\n";

    @Test
    void theHeadlineOverTheStandfirstWinsOverACreditedCaption() {
        String dump = MENU + "Island ferry stops at midnight as storm damages old pier\n\n"
                + "The harbour board says repairs could take weeks and the winter timetable may be late\n\n"
                + "Share\n\nBy\n\nJane Doe\n\nUpdated 21:22, 6 OCT 2020\n\n"
                + "Waves break over the old pier in the harbour (Image: John Smith)\n\n" + TEXT + FOOTER;
        assertEquals("Island ferry stops at midnight as storm damages old pier", TextDumpReader.read(dump).title());
    }

    @Test
    void aHeadlineThatMentionsAnImageStaysTheTitle() {
        String dump = MENU + "The image of the old pier in the storm that moved the harbour board\n\n"
                + "By Jane Doe\n\nOctober 6, 2020\n\n" + TEXT + FOOTER;
        assertEquals("The image of the old pier in the storm that moved the harbour board",
                TextDumpReader.read(dump).title());
    }

    @Test
    void aGallerysCaptionCutShortUnderTheDatelineIsNoTitle() {
        String full = "Harbour master Jane Roe, left, and pier engineer John Smith, right, inspect the cracks in the "
                + "old pier on the island's north shore on Monday evening, Oct. 5, 2020.";
        String cut = "Harbour master Jane Roe, left, and pier engineer John Smith, right, inspect the cracks in the "
                + "old pier on ... more";
        String gallery = full + " less\n\n" + cut + "\n\nPhoto: Ann Lee, AP\n\nPhoto: Ann Lee, AP\n\n"
                + "Image 1 of / 12\n\nCaption\n\nClose\n\nImage 1 of 12\n\n" + full + "\n\nPhoto: Ann Lee, AP\n\n";
        String dump = MENU + "Island ferry stops as storm damages the old pier\n\nTom Brown, AP Harbour Writer\n\n"
                + "Updated 1:39 am EST, Tuesday, October 6, 2020\n\n" + gallery + TEXT + FOOTER;
        assertEquals("Island ferry stops as storm damages the old pier", TextDumpReader.read(dump).title());
    }

    @Test
    void aHeadlineEndingWithMoreStaysTheTitle() {
        String dump = MENU + "Why the island needs its ferry more\n\nBy Jane Doe\n\nOctober 6, 2020\n\n" + TEXT
                + FOOTER;
        assertEquals("Why the island needs its ferry more", TextDumpReader.read(dump).title());
    }
}
