package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A feed of other stories' cards under an invitation to read more, or under a box's label ("Related"), ends the
 * article; the story's own paragraphs under such a line, or under a "More on this story" line, stay.
 */
class StoryFeedsTest {

    private static final String ARTICLE = """
            Menu

            Search

            Village library to open on Sundays after volunteers step in

            The village library will open its doors on Sunday afternoons from next month, after twenty volunteers \
            offered to staff the reading room so that the paid librarians keep their weekends free.

            The idea came from a group of parents who found that the library was closed on the only day their \
            children had time to borrow books, and who collected signatures at the school gate all summer.

            The county has agreed to pay for the heating and the lights on Sundays for a trial year, and it will \
            count the visitors each week to decide whether the longer hours are worth keeping after that.

            Parents at the meeting said they were pleased with the plan, though several asked whether the \
            children's corner would be open too, since that is where most of the young readers spend their time.
            """;

    /** The story's last two paragraphs and its tags, set under a line that might end it. */
    private static final String LAST_PARAGRAPHS = """

            The library will publish the Sunday rota on its notice board once all the volunteers have been \
            trained, most likely in the first week of March, and it will ask readers what they think of it.

            Readers who want to help can write to the library, which is still looking for volunteers to run the \
            children's corner on Sunday afternoons during the trial year.

            Tags

            Library
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
        assertTrue(body.contains("pleased with the plan"), body);
        assertFalse(body.contains("bakers told us"), body);
        assertFalse(body.contains("letters have now been published"), body);
    }

    @Test
    void aBlogsRelatedPostsUnderTheirLabelGo() {
        String body = DumpBody.of(ARTICLE + """

                Share this:

                Click to share on Facebook (Opens in new window)

                Click to email a link to a friend (Opens in new window)

                Like this:

                Related

                Why the harbour cranes stopped turning last winter

                The port authority says the cranes will be back in service by the spring, once the new cables arrive \
                from the supplier and have been tested by the inspectors.

                March 3, 2025

                In "Town"

                Nine gardens worth a detour this summer

                From a rose garden behind the old mill to a meadow on the roof of the bus station, these are the \
                gardens our readers told us about.

                June 12, 2024

                In "Outdoors"

                The school band plays its last concert in the old hall

                After forty years in the hall on Station Road, the band moves to the new school building in the \
                autumn, and it said goodbye with a concert of the pieces it played in its first year.

                July 1, 2024

                In "Town"
                """);
        assertTrue(body.contains("pleased with the plan"), body);
        assertFalse(body.contains("harbour cranes"), body);
        assertFalse(body.contains("rose garden"), body);
        assertFalse(body.contains("forty years"), body);
    }

    @Test
    void theStorysParagraphsUnderARelatedBoxSetInItStay() {
        String body = DumpBody.of(ARTICLE + """

                Related

                Why the harbour cranes stopped turning last winter

                Nine gardens worth a detour this summer
                """ + LAST_PARAGRAPHS);
        assertTrue(body.contains("publish the Sunday rota"), body);
        assertTrue(body.contains("run the children's corner"), body);
    }

    @Test
    void aListArticlesShortSectionsUnderABoxSetInItStay() {
        String body = DumpBody.of(ARTICLE + """

                Read also

                Why the harbour cranes stopped turning last winter

                1. The reading room

                Twelve armchairs and a long table by the window wait for the Sunday readers, with the papers of the week.

                2. The children's corner

                Picture books sit on low shelves, and a volunteer reads a story aloud at three o'clock every Sunday.

                3. The garden

                On dry afternoons the back door opens onto a small garden with benches under the old pear tree.
                """);
        assertTrue(body.contains("Twelve armchairs"), body);
        assertTrue(body.contains("reads a story aloud"), body);
        assertTrue(body.contains("old pear tree"), body);
    }

    @Test
    void theStorysLastParagraphsUnderSuchALineStay() {
        String body = DumpBody.of(ARTICLE + "\n\nWant more stories like this?\n" + LAST_PARAGRAPHS);
        assertTrue(body.contains("publish the Sunday rota"), body);
        assertTrue(body.contains("run the children's corner"), body);
    }

    @Test
    void aClosingMoreOnThisStoryLineKeepsTheLastParagraph() {
        String body = DumpBody.of(ARTICLE + """

                More on this story:

                The library will publish the Sunday rota on its notice board once all the volunteers have been \
                trained, most likely in the first week of March, and it will ask readers what they think of it.

                Share

                Tags
                """);
        assertTrue(body.contains("publish the Sunday rota"), body);
    }
}
