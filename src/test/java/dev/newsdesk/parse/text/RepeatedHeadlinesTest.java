package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The headline set again under a review with a line of its shop box opens the page's box on it (rating, the site's
 * blurb): the story ends above it. A copy with more of the story under it than above, or a section's heading listed
 * above the story with its paragraph under it, ends nothing. A box's heading copied under the story ends it over its
 * first teaser's long headline, copied too, but not over a long line the header does not hold.
 */
class RepeatedHeadlinesTest {

    private static final String HEADER = """
            Home

            Reviews

            Kitchen

            Review: The Riverside Kettle Two

            By Anna Example

            08.06.2020 11:00 AM

            Review: The Riverside Kettle Two

            $90 at Example Shop

            $95 at Other Shop

            """;

    private static final String REVIEW = """
            The first kettle from the small workshop by the river boiled water well but rattled on its base, and the \
            second one fixes that with a heavier foot and a lid that no longer lifts when the water starts to roll.

            It takes a little under four minutes to boil a full litre, which is about as quick as any kettle on the \
            market, and the handle stays cool enough to hold even when the steam runs past it for a while.

            The only real complaint is the price, which is almost twice what the larger brands ask for a kettle that \
            does the same job, though few of them will last as long as this one is built to.

            If you can live with that, this is the kettle to buy, and the one I will keep on my own counter for years.
            """;

    @Test
    void theHeadlinesCopyUnderTheReviewEndsIt() {
        String body = DumpBody.of(HEADER + REVIEW + """

                Review: The Riverside Kettle Two

                Rating: 8/10

                $90 at Example Shop

                $95 at Other Shop

                If you buy something using the links in our reviews, we may earn a commission for the magazine.

                Anna Example is a product reviewer at Example Magazine, focusing on kitchen gear. Before that she \
                ran a small cafe for ten years, where she went through more kettles than she can count.

                Writer and Reviewer

                Advertisement

                Example Magazine is where home cooks come for honest advice. It is the trusted source of tests and \
                ideas that make sense of a kitchen in constant change, from the stove to the dining table.

                More From Example Magazine

                Subscribe
                """);
        assertTrue(body.contains("the one I will keep on my own counter"), body);
        assertFalse(body.contains("may earn a commission"), body);
        assertFalse(body.contains("product reviewer"), body);
        assertFalse(body.contains("honest advice"), body);
    }

    @Test
    void aCopyWithMoreOfTheStoryUnderItEndsNothing() {
        String body = DumpBody.of(HEADER + REVIEW + """

                Review: The Riverside Kettle Two

                A week later the kettle had been used some forty times, and the limescale that builds up in most \
                kettles after a few days in our hard water had barely touched the steel of its base or its spout.

                The filter in the spout comes out for cleaning with one pull and goes back with a click, which is \
                more than can be said of the filters in the cheaper kettles we tried for this review last spring.

                The lid opens with a button on the handle, slowly enough that no steam reaches the hand, and it \
                closes again with a firm press that can be done with a thumb while the other hand holds a cup.

                The base has room for the cord to be wound under it, so the kettle takes up little space on a small \
                counter, and the light on its switch goes out as soon as the water has boiled and the power is cut.
                """);
        assertTrue(body.contains("the light on its switch goes out"), body);
    }

    @Test
    void aSectionsHeadingListedAboveTheStoryEndsNothing() {
        String body = DumpBody.of("""
                Travel

                Getting to the island

                Where to stay overnight

                What to see first

                A weekend on the island of Example

                The island lies two hours off the coast, and for most of the year it is quiet enough that the only \
                sounds in the harbour are the gulls and the engines of the fishing boats coming back in the evening.

                Its one village has a bakery, a church and a small hotel, and the path around the island takes most \
                walkers a full day, with a long stop at the lighthouse on the northern cliffs for the view.

                In summer the island fills up with day visitors from the mainland, so the best time to go is in May \
                or September, when the ferries still run every day but the beaches are almost empty again.

                Getting to the island

                The ferry leaves the mainland port twice a day and the crossing takes two hours.

                Where to stay overnight

                The small hotel in the village has twelve rooms, most with a view of the harbour.
                """);
        assertTrue(body.contains("twelve rooms"), body);
    }

    private static final String MAGAZINE_BOX = """
            Magazine

            In this week's Magazine

            Why the old harbour towns are filling up again with young families

            The weekly quiz of the news

            """;

    private static final String FERRY_STORY = """
            The ferry to the island leaves the mainland port twice a day, and for most of the year it carries more \
            crates of vegetables and post than passengers, as it has done since the service started long ago.

            The crossing takes two hours in calm weather, and the crew know most of the regular travellers by name, \
            from the teacher who comes over on Mondays to the doctor who holds a surgery every other Thursday.

            In summer the boat fills up with day visitors, and the company adds a third crossing in the afternoon, \
            which brings the last of them back to the mainland before the harbour closes for the night.

            The island council hopes to keep that extra crossing for the whole year once the new pier is finished.
            """;

    @Test
    void aBoxsHeadingCopiedUnderTheStoryWithItsLongHeadlineEndsIt() {
        String body = DumpBody.of(MAGAZINE_BOX + FERRY_STORY + """

                More on this story

                In this week's Magazine

                Why the old harbour towns are filling up again with young families

                Cheaper houses and faster internet have brought a new generation to towns that lost their young \
                people for decades, and the schools that were about to close are hiring teachers again.

                The weekly quiz of the news

                Seven days, seven questions: how closely did you follow the news this week?

                Share this page
                """);
        assertTrue(body.contains("once the new pier is finished"), body);
        assertFalse(body.contains("Cheaper houses"), body);
        assertFalse(body.contains("Seven days"), body);
    }

    @Test
    void aBoxsHeadingCopiedOverALongLineNotListedAboveEndsNothing() {
        String body = DumpBody.of(MAGAZINE_BOX + FERRY_STORY + """

                In this week's Magazine

                How the island school found a second teacher after ten years

                The school had one teacher for ten years, until a family moved over from the mainland last spring.
                """);
        assertTrue(body.contains("a family moved over from the mainland"), body);
    }
}
