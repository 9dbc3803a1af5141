package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A list the writer typed with numbers or bullets between two paragraphs is the article's, however short its items. */
class TypedListsTest {

    private static final String ABOVE = """
            Home
            News
            Sport

            The market hall reopens with a shorter shopping list

            The traders of the old market hall reopened their stalls on Saturday after two years of repairs, but \
            several of them said the supply of fresh food from the valley was still far from what it used to be.

            """;

    private static final String BELOW = """

            The council expects the remaining stalls to open before the summer, once the last repairs to the roof \
            are finished and the cold rooms in the cellar have been inspected.
            """;

    @Test
    void aNumberedListOfShortItemsBetweenParagraphsIsKept() {
        String body = DumpBody.of(ABOVE + "1. Eggs\n2. Milk\n3. Bread\n" + BELOW);
        assertTrue(body.contains("1. Eggs"), body);
        assertTrue(body.contains("3. Bread"), body);
        assertFalse(body.contains("Sport"), body);
    }

    @Test
    void aBulletedListOfShortItemsBetweenParagraphsIsKept() {
        String body = DumpBody.of(ABOVE + "- Eggs\n- Milk\n- Bread\n" + BELOW);
        assertTrue(body.contains("Eggs"), body);
        assertTrue(body.contains("Bread"), body);
    }

    @Test
    void shortLinesWithNoBulletsOrCountBetweenParagraphsStayOut() {
        String body = DumpBody.of(ABOVE + "Eggs\nMilk\nBread\n" + BELOW);
        assertFalse(body.contains("Milk"), body);
    }

    @Test
    void aBulletedShareBarBetweenParagraphsStaysOut() {
        String body = DumpBody.of(ABOVE + "* Facebook\n* Twitter\n* Email\n" + BELOW);
        assertFalse(body.contains("Twitter"), body);
    }

    @Test
    void aNumberedBoxOfHeadlinesNoLineAnnouncesStaysOut() {
        String body = DumpBody.of(ABOVE + "1. Fire in the old town closes the main square\n2. Train strike ends after"
                + " talks run through the night\n3. New mayor sworn in before a crowd of hundreds\n" + BELOW);
        assertFalse(body.contains("Train strike"), body);
    }
}
