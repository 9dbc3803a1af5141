package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The everyday headings of a box of other articles under a story ("Don't miss", "Você pode gostar"): the teasers
 * under them are not the story's, however much longer they run.
 */
class EverydayBoxHeadingsTest {

    private static final String STORY = """
            Footbridge reopens after flood repairs

            The footbridge over the river at Elm Street reopened on Monday after six weeks of repairs, the council \
            said, and walkers and cyclists can again cross between the station and the market.

            """;

    private static final String TEASERS = """

            Council approves new budget for road repairs

            The town council has approved a budget of two million pounds for road repairs over the next three years, \
            with most of the money going to the potholes on the ring road and to the side streets of the old town, \
            which residents say have been neglected for far too long while the new estates got fresh tarmac.

            Library extends its opening hours on weekends

            The central library will stay open until six o'clock on Saturdays and Sundays from next month, after a \
            survey found that most of its readers work during the week and can only come at the weekend, when the \
            reading room was often full by noon and the children's corner could not take any more families.
            """;

    @ParameterizedTest
    @ValueSource(strings = {"You might be interested in", "Editors' Picks", "Don't miss",
            "Você pode gostar...", "Te puede interesar"})
    void teasersUnderTheHeadingAreNotTheStory(String heading) {
        String body = DumpBody.of(STORY + heading + "\n" + TEASERS);
        assertTrue(body.contains("between the station and the market"), body);
        assertFalse(body.contains("approved a budget"), body);
    }
}
