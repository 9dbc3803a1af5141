package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The line right over a dump's byline, dateline or blog's run of fields is its headline, not a nearer line such as a
 * caption or a subtitle set under them ({@link BylineHeadlines}).
 */
class HeadlineOverBylineTest {

    private static final String MENU = "Notes from the coast\n\nHome | About | Archive\n\n";
    private static final String TEXT = """
            We left the harbour before dawn, when the ferry was still tied to the pier and the fishermen were \
            carrying their nets down the old stone stairs to the boats.

            By noon the wind had turned, and the crossing to the island took twice as long as the timetable said, \
            which nobody on board seemed to mind.

            On the way back the sun came out over the harbour, and we stayed on deck until the lights of the town \
            came on one by one.
            """;
    private static final String FOOTER = "\nLeave a comment\n\nPrivacy\n\nImprint\n";

    @Test
    void aShortLineOverABlogsRunOfFieldsIsTheHeadline() {
        String dump = MENU + "Winter light (2)\n\nVeröffentlicht: 05.01.2020 | Autor: jane | Abgelegt unter: "
                + "Fotografie, Reisen | Tags: Hafen, Fähre, Morgen |3 Kommentare\n\n" + TEXT + FOOTER;
        assertEquals("Winter light (2)", TextDumpReader.read(dump).title());
    }

    @Test
    void theHeadlineOverTheBylineWinsOverACaptionUnderIt() {
        String dump = MENU + "Crossing to the island on a windy day\n\nBy Jane Doe\n\nMay 3, 2021\n\n"
                + "The ferry at the pier of the harbour before dawn. Photo: John Smith\n\n" + TEXT + FOOTER;
        assertEquals("Crossing to the island on a windy day", TextDumpReader.read(dump).title());
    }

    @Test
    void aSectionOverTheDatelineLeavesTheHeadlineUnderIt() {
        String dump = MENU + "Travel and leisure\n\nMay 3, 2021\n\nCrossing to the island on a windy day\n\n"
                + TEXT + FOOTER;
        assertEquals("Crossing to the island on a windy day", TextDumpReader.read(dump).title());
    }

    @Test
    void aWritersNameAndOutletOverTheDatelineIsItsByline() {
        String dump = MENU + "Why nobody wants the night boat back\n\nJane Doe, Harbour Weekly\n\n13.11.2019, 23:06\n\n"
                + "facebook\n\ntwitter\n\nemail\n\nprint\n\nThe old pier at dawn (Image: John Smith)\n\n"
                + TEXT + FOOTER;
        assertEquals("Why nobody wants the night boat back", TextDumpReader.read(dump).title());
    }

    @Test
    void aHeadlineNamingAPersonOverTheDatelineStaysTheTitle() {
        String headline = "Jane Doe, the ferry pilot who crossed to the island in the storm";
        String dump = MENU + headline + "\n\nMay 3, 2021\n\n" + TEXT + FOOTER;
        assertEquals(headline, TextDumpReader.read(dump).title());
    }

    @Test
    void aCaptionUnderTheDatelineGivesWayToTheHeadlineOverIt() {
        String dump = MENU + "The last crossing of the old island ferry\n\n12.03.2021 Travel\n\n"
                + "The old ferry leaving the harbour at dawn on its very last morning\n\n" + TEXT + FOOTER;
        assertEquals("The last crossing of the old island ferry", TextDumpReader.read(dump).title());
    }

    @Test
    void aVideosCaptionPastALabelGivesWayToTheHeadlineOverTheByline() {
        String dump = MENU + "Why the island ferry kept its old harbour\n\nBy Jane Doe\n\nMay 5, 2021\n\nVideo\n\n"
                + "The ferry leaves the island harbour for the last time, filmed from the pier\n\n" + TEXT + FOOTER;
        assertEquals("Why the island ferry kept its old harbour", TextDumpReader.read(dump).title());
    }

    @Test
    void aHeadlineUnderTheDatelineStaysUnderASearchBoxsLabel() {
        String dump = MENU + "Search the island ferry notes\n\n5 May 2021\n\nThe last crossing of the island ferry\n\n"
                + TEXT + FOOTER;
        assertEquals("The last crossing of the island ferry", TextDumpReader.read(dump).title());
    }
}
