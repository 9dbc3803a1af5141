package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Another story set under the article with its headline, its own byline and its opening goes; a live blog whose posts
 * each carry a byline, and a book named with its author, stay.
 */
class EmbeddedStoriesTest {

    private static final String ARTICLE = """
            Town council votes to reopen the old river ferry

            By Anna Example

            Eleven years after the last ferryman retired, the council decided on Tuesday evening that boats will \
            carry people across the river again, starting with the first warm weekend of next spring.

            Crossings are planned every thirty minutes through the summer season, mostly for cyclists following the \
            long route along the valley, who today must ride nine kilometres to reach the nearest bridge.

            An old boat yard on the far bank wants to repair the original vessel, kept out of the water under a roof \
            since the service ended; councillors said they would weigh that offer at their next sitting.

            Most people who came to the hall liked the idea, and several parents asked that tickets stay cheap, since \
            their children used to take the boat to the school on the other side.
            """;

    @Test
    void anotherStoryUnderItsOwnBylineGoes() {
        String body = DumpBody.of(ARTICLE + """

                Flood defences along the north bank will cost twice the estimate

                By John Sample for The Valley Times

                The flood defences planned along the north bank of the river will cost twice the estimate, the \
                engineers told the council, because the old walls must be taken down before the new ones go up.

                The council will ask the regional government to pay for the difference before the work starts.
                """);
        assertTrue(body.contains("tickets stay cheap"), body);
        assertFalse(body.contains("flood defences planned"), body);
        assertFalse(body.contains("regional government"), body);
    }

    @Test
    void aLiveBlogsSignedPostsStay() {
        String body = DumpBody.of(ARTICLE + """

                Ferry fares will stay below two euros, the mayor says

                By John Sample

                The mayor said after the meeting that ferry fares will stay below two euros for a single crossing, \
                and that children going to school will cross for free.

                Boat builder starts work on the old ferry next week

                By Maria Muster

                The boat builder whose offer the council accepted will start work on the old ferry next week, and \
                expects to have the boat back in the water by the end of March.
                """);
        assertTrue(body.contains("fares will stay below two euros for a single"), body);
        assertTrue(body.contains("start work on the old ferry next week, and"), body);
    }

    @Test
    void aBookNamedWithItsAuthorStays() {
        String body = DumpBody.of(ARTICLE + """

                The history of the ferry is told in a small book sold at the town hall.

                A Crossing in Every Season, by John Sample

                The book follows the ferry through every season of its last working year, and the crossing in \
                every season has its own chapter, with the names of the people who rode it.
                """);
        assertTrue(body.contains("follows the ferry through every season"), body);
    }
}
