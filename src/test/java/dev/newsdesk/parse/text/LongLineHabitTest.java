package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A post that sets its own long lines with no stop under its paragraphs, again and again (notes on a release, one
 * change a line), keeps them; a teaser set once between two paragraphs, or one set as a headline, stays out.
 */
class LongLineHabitTest {

    private static final String FIRST = """
            Weekly Notes: Issue 12

            The team spent most of this week on the new sync engine, which now handles conflicts between two devices \
            without asking the user to pick one of the copies by hand.

            Most of the remaining work is in the tests, since the engine has to behave the same way whether the \
            devices talk to each other every minute or only once in a few days, as people who travel often do.

            """;

    private static final String SECOND = """
            The settings page was rebuilt as well, so that each option now sits next to a short note explaining what \
            it changes and why someone would want to turn it on.

            A few of the options that nobody used in the last two years were removed, and the ones that many people \
            change right after installing the app are now shown first, above the rest of the list.

            """;

    private static final String THIRD = """
            We also started to plan the work for next year, and we would like to hear from anyone who relies on the \
            older export format before we decide what to do with it.

            Thank you to everyone who sent a patch or a bug report this week, and to the people who answered the \
            questions of newcomers on the forum while most of the team was away at the meeting.
            """;

    private static final String CLOSING = """
            The next issue comes out in two weeks, since most of the team will be away for the holidays, and the \
            one after it will sum up what we managed to ship over the whole of this year.
            """;

    /** The post, with its own three long lines without a stop, each under a paragraph. */
    private static final String NOTES = FIRST + """
            Thanks to a volunteer, people can now import their bookmarks from the old desktop client

            """ + SECOND + """
            The search box in the settings page now finds options by the words in their notes too

            """ + THIRD + """

            The option to hide the sidebar moved from the advanced panel to the general one for everyone

            """ + CLOSING;

    @Test
    void aPostThatSetsItsLinesWithoutAStopUnderItsParagraphsKeepsThem() {
        String body = DumpBody.of(NOTES);
        assertTrue(body.contains("import their bookmarks from the old desktop client"), body);
        assertTrue(body.contains("finds options by the words in their notes too"), body);
        assertTrue(body.contains("moved from the advanced panel to the general one"), body);
    }

    @Test
    void aTeaserSetOnceBetweenTwoParagraphsStaysOut() {
        String dump = FIRST + """
                Why the city council voted against the new bus lanes on the east side of town

                """ + SECOND + THIRD;
        String body = DumpBody.of(dump);
        assertTrue(body.contains("rebuilt as well"), body);
        assertFalse(body.contains("voted against the new bus lanes"), body);
    }

    @Test
    void aHeadlineSetAmongThePostsOwnLinesStaysOut() {
        String dump = NOTES + """

                Council Votes Against New Bus Lanes After Residents Complain About the Loss of Parking

                Until then, the notes of the past weeks stay on this blog, and the release itself can be found on the \
                download page of the project, next to the instructions for each of the systems it runs on.
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.contains("import their bookmarks from the old desktop client"), body);
        assertTrue(body.contains("the release itself can be found"), body);
        assertFalse(body.contains("Council Votes Against"), body);
    }
}
