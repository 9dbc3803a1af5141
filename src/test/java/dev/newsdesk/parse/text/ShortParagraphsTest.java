package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A post of questions and one-line answers is read whole; a lone question under a story stays the site's. */
class ShortParagraphsTest {

    private static final String RIDDLES = """
            Home

            Puzzles

            Contact

            Ten riddles for a rainy afternoon

            We asked our readers for the riddles their children love most, and here are the ones that came back \
            again and again in the letters we received this autumn.

            1. What has keys but cannot open a single door?

            A piano.

            2. What gets wetter the more it dries?

            A towel!

            3. What has a neck but no head?

            A bottle.

            4. What can you catch but never throw?

            A cold.

            5. Which month of the year has twenty-eight days in it, if you count them all?

            Every one of them.

            6. What goes up but never comes down?

            Your age.

            7. What has hands but cannot clap?

            A clock.

            8. What runs all around the yard without moving?

            The fence.

            9. What has one eye but cannot see?

            A needle.

            10. What building in any town has the most stories on its shelves, whatever its size?

            The library, of course.

            Newsletter

            Privacy

            """;

    @Test
    void questionsAndOneLineAnswersAreRead() {
        String body = DumpBody.of(RIDDLES);
        assertTrue(body.contains("A towel!"), body);
        assertTrue(body.contains("What has a neck"), body);
        assertTrue(body.contains("What has hands but cannot clap?"), body);
        assertTrue(body.contains("A needle."), body);
        assertFalse(body.contains("Newsletter"), body);
    }

    @Test
    void aLoneQuestionUnderTheStoryStaysOut() {
        String body = DumpBody.of("""
                Library reopens after two years of repairs

                The city library opened its doors again on Monday morning, two years after a burst pipe flooded \
                the reading room and ruined a good part of the local history collection.

                The repairs cost more than planned, the librarian said, because the old wiring had to be replaced \
                as well, but the new reading room has twice as many seats as the old one.

                Did you like this article?

                Yes

                No

                The Courier has covered the news of this town since 1921.
                """);
        assertTrue(body.contains("twice as many seats"), body);
        assertFalse(body.contains("Did you like"), body);
    }
}
