package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A short story over a box of other articles: the teasers under "Related articles" are longer together than the story,
 * but a box is worth its longest teaser, not their sum, so the story keeps the region; a story set under the same box
 * still wins over a blurb above it.
 */
class StoryAboveTeaserBoxTest {

    private static final String HEADER = """
            Home

            News

            Sport

            The Valley Courier is the independent paper of the river towns, written by a team of local reporters \
            since 1921.

            """;

    private static final String STORY = """
            Footbridge reopens after flood repairs

            By Mark Hill

            The footbridge over the river at Elm Street reopened on Monday after six weeks of repairs, the council \
            said, and walkers and cyclists can again cross between the station and the market.

            """;

    private static final String BOX = """
            Related articles

            Council approves new budget for road repairs

            12 March

            The town council has approved a budget of two million pounds for road repairs over the next three years, \
            with most of the money going to the potholes on the ring road and to the side streets of the old town, \
            which residents say have been neglected for far too long while the new estates got fresh tarmac. The first \
            works start in May, and the council has promised to publish the list of streets on its website.

            Library extends its opening hours on weekends

            3 March

            The central library will stay open until six o'clock on Saturdays and Sundays from next month, after a \
            survey found that most of its readers work during the week and can only come at the weekend, when the \
            reading room was often full by noon and the children's corner could not take any more families. The \
            longer hours will be paid for by closing the branch library on Monday mornings, when it has few visitors.

            Volunteers plant two hundred trees in the park

            27 February

            More than fifty volunteers turned out on a cold Sunday morning to plant two hundred young oaks and \
            beeches along the edge of the park, a project the gardening club has been raising money for since last \
            summer with cake sales, a raffle and a sponsored walk around all the villages of the valley. The club \
            wants to plant as many again next winter, along the footpath that leads from the park to the old mill.

            """;

    private static final String LONG_STORY = """
            Footbridge reopens after flood repairs

            The footbridge over the river at Elm Street reopened on Monday after six weeks of repairs, the council \
            said, and walkers and cyclists can again cross between the station and the market without the long \
            detour through the industrial estate.

            The floods in April had washed away part of the bank under the southern end of the bridge, and \
            engineers found that two of the steel supports had been bent by the debris the water carried down from \
            the hills, so the whole span had to be lifted and set on new foundations.

            The work cost the council a little over four hundred thousand pounds, which it hopes to get back from \
            the national flood fund, and was finished a week earlier than planned thanks to the dry weather of the \
            last month.

            """;

    @Test
    void aShortStoryKeepsTheRegionOverTheLongerTeasersUnderIt() {
        String body = DumpBody.of(HEADER + STORY + BOX);
        assertTrue(body.contains("between the station and the market"), body);
        assertFalse(body.contains("approved a budget"), body);
    }

    @Test
    void aStoryUnderTheBoxStillWinsOverTheBlurbAboveIt() {
        String body = DumpBody.of(HEADER + BOX + LONG_STORY);
        assertTrue(body.contains("new foundations"), body);
        assertFalse(body.contains("local reporters"), body);
    }
}
