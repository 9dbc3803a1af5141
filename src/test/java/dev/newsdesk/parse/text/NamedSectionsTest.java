package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The features of the parts an article names go on with it under the parts' names. */
class NamedSectionsTest {

    private static final String STORY = """
            Three new tents for the summer season

            Our workshop spent two winters testing fabrics and poles in the mountains, because a tent that weighs \
            little and still stands in a storm is what every hiker asks us for when the days grow longer again.

            The result is a family of shelters: the Light Ridge Tent for one walker, the Twin Valley Shelter for two \
            friends and a roomy dome for families, each of them packed smaller than a loaf of bread and quick to pitch.
            """;

    private static final String SECTIONS = """

            Light Ridge Tent

            Description:

            Packs into a bag the size of a bottle
            Single pole that clips on in seconds
            Vents on both sides against damp nights
            Reflective cords for finding it after dark

            Twin Valley Shelter

            Two doors so nobody climbs over a sleeping friend
            Porches wide enough for boots and packs
            Floor sewn from one piece of fabric
            """;

    @Test
    void featuresUnderTheNamesTheProseGivesStayWithTheArticle() {
        String body = DumpBody.of(STORY + SECTIONS + """

                Tags:

                Camping Tents Summer
                """);
        assertTrue(body.contains("Single pole that clips on in seconds"), body);
        assertTrue(body.contains("Twin Valley Shelter\n"), body);
        assertTrue(body.contains("Floor sewn from one piece of fabric"), body);
        assertFalse(body.contains("Camping Tents Summer"), body);
    }

    @Test
    void aBoxOfRelatedStoriesUnderTheSitesHeadingsStaysOut() {
        String body = DumpBody.of(STORY + """

                Related articles

                How to pitch a tent in the wind
                Ten places to camp by a lake
                Why a light pack saves your knees

                Most read

                The best boots for wet trails
                A guide to sleeping bags for children
                Cooking on a small stove at altitude
                """);
        assertTrue(body.contains("a loaf of bread"), body);
        assertFalse(body.contains("How to pitch a tent in the wind"), body);
        assertFalse(body.contains("Cooking on a small stove at altitude"), body);
    }
}
