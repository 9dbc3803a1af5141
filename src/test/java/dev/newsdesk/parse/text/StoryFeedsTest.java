package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A feed of other stories' cards under an invitation to read more ends the article; the story's own paragraphs under
 * such a line, or under a "More on this story" line, stay.
 */
class StoryFeedsTest {

    private static final String ARTICLE = """
            Menu

            Search

            Town council votes to reopen the old river ferry

            The town council voted on Tuesday to bring back the ferry across the river, which stopped running \
            eleven years ago when the last operator retired and nobody could be found to take over the boat.

            The new service will run every half hour from April to October, and the council expects most of its \
            passengers to be cyclists on the long-distance route that crosses the river at the old landing stage.

            A local boat builder has offered to restore the original ferry, which has been lying in a shed on the \
            north bank since it was taken out of the water, and the council will decide on his offer next month.

            Residents who spoke at the meeting welcomed the plan, though several asked whether the fares would be \
            kept low enough for the families who once used the ferry every day to reach the school on the other side.
            """;

    private static final String FEED = """

            NIGHT SHIFT

            Why bakers start their day when everyone else goes to sleep

            Food Work

            Three bakers told us what it is like to knead dough at two in the morning, and why they would not swap.

            UP IN THE AIR

            The quiet return of the airship as a way to carry heavy loads

            Science Transport

            Engineers think the slow giants of the sky could move wind turbine blades where no road can reach.

            SMALL WONDERS

            A museum of tiny things opens in a former post office

            Art Culture

            The collection holds over four thousand objects, none of them larger than a matchbox, and a map of them all.

            OLD FRIENDS

            What the letters of two schoolteachers tell us about the last century

            History Books

            For sixty years they wrote to each other every week, and their letters have now been published in full.
            """;

    @Test
    void aFeedUnderAnInvitationToMoreStoriesGoes() {
        String body = DumpBody.of(ARTICLE + """

                Want more stories like this?

                Every day we send an email with the best stories of the day to our readers.

                Subscribe
                """ + FEED);
        assertTrue(body.contains("welcomed the plan"), body);
        assertFalse(body.contains("bakers told us"), body);
        assertFalse(body.contains("letters have now been published"), body);
    }

    @Test
    void theStorysLastParagraphsUnderSuchALineStay() {
        String body = DumpBody.of(ARTICLE + """

                Want more stories like this?

                The council will publish the timetable and the fares once the boat builder's offer has been \
                accepted, most likely in the first week of March, and it will ask riders what they think of them.

                Readers who want to help can write to the council, which is looking for volunteers to staff the \
                landing stage at weekends during the first summer of the new service.

                Tags

                Ferry
                """);
        assertTrue(body.contains("publish the timetable"), body);
        assertTrue(body.contains("staff the landing stage"), body);
    }

    @Test
    void aClosingMoreOnThisStoryLineKeepsTheLastParagraph() {
        String body = DumpBody.of(ARTICLE + """

                More on this story:

                The council will publish the timetable and the fares once the boat builder's offer has been \
                accepted, most likely in the first week of March, and it will ask riders what they think of them.

                Share

                Tags
                """);
        assertTrue(body.contains("publish the timetable"), body);
    }
}
