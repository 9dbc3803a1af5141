package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The headline set again under a review with a line of its shop box opens the page's box on it (rating, the site's
 * blurb): the story ends above it. A copy with more of the story under it than above, or a section's heading listed
 * above the story with its paragraph under it, ends nothing.
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
}
