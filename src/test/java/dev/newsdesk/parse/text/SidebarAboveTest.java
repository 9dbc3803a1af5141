package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A blog's sidebar set above the post in a dump: the owner's blurb over a "Recent Comments" list does not take the
 * article for coming first when the post below it is closed by its comment form; the same blurb with the post above
 * it does not take it either.
 */
class SidebarAboveTest {

    private static final String SIDEBAR = """
            Ann's garden notes

            Ann Baker is a retired teacher who has kept a vegetable garden on the edge of town for thirty years and \
            writes here about what grows, what fails and why.

            Support this blog

            There are no advertisements on this site. If you enjoy the notes, you can buy me a packet of seeds \
            through the donation page, and I will thank you by name.

            Recent Comments

            Tom on Why my tomatoes split

            Lucy on Saving bean seeds for next year

            Recent Posts

            Why my tomatoes split

            Saving bean seeds for next year

            """;

    private static final String POST = """
            Planting garlic before the first frost

            Garlic wants a cold spell to split into cloves, so the best time to plant it here is late autumn, a few \
            weeks before the ground freezes and after the summer beds have been cleared.

            I break the bulbs apart the day before and keep only the largest cloves, which give the largest heads, \
            and set them pointed end up a hand's width apart in a bed that got compost in September.

            A layer of straw on top keeps the soil from heaving in the thaw, and in spring the green shoots come \
            through it without help, long before anything else in the garden wakes up.

            Leave a Reply

            Your email address will not be published.

            """;

    @Test
    void aSidebarAboveThePostDoesNotTakeIt() {
        String body = DumpBody.of(SIDEBAR + POST);
        assertTrue(body.contains("largest cloves"), body);
        assertFalse(body.contains("retired teacher"), body);
    }

    @Test
    void aPostAboveTheSidebarStaysTheArticle() {
        String body = DumpBody.of(POST + SIDEBAR);
        assertTrue(body.contains("largest cloves"), body);
        assertFalse(body.contains("donation page"), body);
    }
}
