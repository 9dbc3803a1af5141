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
    void theStorysLastParagraphsUnderSuchALineStay() {
        String body = DumpBody.of(ARTICLE + """

                Want more stories like this?

                The library will publish the Sunday rota on its notice board once all the volunteers have been \
                trained, most likely in the first week of March, and it will ask readers what they think of it.

                Readers who want to help can write to the library, which is still looking for volunteers to run the \
                children's corner on Sunday afternoons during the trial year.

                Tags

                Library
                """);
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
