package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Two headings set one on the other between an article's paragraphs, one numbered, stay; a box's label over a
 * teaser's headline does not.
 */
class StackedHeadingsTest {

    private static final String OPENING = """
            Growing tomatoes on a balcony

            Tomatoes need more sun than most balcony plants, six hours a day at least, so the first thing to do is \
            to watch where the light falls over a week before anything is bought or sown.

            They also need room for their roots, and a plant that is cramped in a small pot will flower late, set \
            few fruits and dry out on every warm afternoon of the summer.

            """;

    private static final String CLOSING = """

            A pot of forty litres or more holds enough water for a hot day, and holes in its bottom let the rain \
            that the plant cannot use drain away before the roots begin to rot.

            Once the plants are in, a stake for each and a weekly look at the lower leaves keep most of the \
            trouble away until the first fruits turn red in the middle of the summer.
            """;

    @Test
    void aSectionsHeadingOverItsFirstStepsHeadingStays() {
        String body = DumpBody.of(OPENING + """
                Growing in containers

                1. Choose a large pot

                """ + CLOSING);
        assertTrue(body.contains("Growing in containers"), body);
        assertTrue(body.contains("1. Choose a large pot"), body);
    }

    @Test
    void aBoxsLabelOverATeaserStaysOut() {
        String body = DumpBody.of(OPENING + """
                More on this story

                Ten herbs that grow on any windowsill

                """ + CLOSING);
        assertFalse(body.contains("More on this story"), body);
    }
}
