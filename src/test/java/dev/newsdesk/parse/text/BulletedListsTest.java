package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A post that is a list whose bullets the copy kept ("+ ", "* ") is read whole, not cut to the one item long enough
 * to read as prose; the menu under it, with no bullets, stays out.
 */
class BulletedListsTest {

    @Test
    void readsAReleaseNoteListWhole() {
        String dump = """
                Garden Planner News

                Version 2.4 - The Autumn Update

                + Added pumpkin and squash beds

                + Added a frost warning

                + Added compost bins

                + Seed packets can now be sorted by sowing month, so the next ones to sow always come first.

                + Added a watering reminder

                * Harvest log is saved per garden

                * Tweaked the colour of shaded beds

                * Lots of small fixes

                About us

                Contact

                Help forum
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.contains("Added pumpkin and squash beds"), body);
        assertTrue(body.contains("Lots of small fixes"), body);
        assertFalse(body.contains("Help forum"), body);
    }
}
