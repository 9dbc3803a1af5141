package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A comment count repeated under each item of a page is the item's chrome, not the wall of a thread. */
class CommentCountsTest {

    private static final String FIRST = "The town council met on Tuesday evening to discuss the plans for the new "
            + "library, which would replace the old building on the market square that has been closed for two years.";
    private static final String SECOND = "Most of the members agreed that the old building could not be saved, "
            + "though several of them asked for the facade to be kept as part of the new design for the square.";
    private static final String THIRD = "The bridge over the river will be closed for repairs from the start of "
            + "next month, and drivers are asked to use the ring road while the work on the old supports goes on.";
    private static final String FOURTH = "The engineers who looked at the bridge last winter found that the water "
            + "had worn away much of the stone under the middle arch, and they warned that it could not wait.";
    private static final String FIFTH = "The school on the hill will open a second kitchen in the autumn, so that "
            + "the children in the new wing no longer have to walk across the yard to have their lunch in the rain.";

    @Test
    void countsUnderEachItemOfAWeeklyPageCutNothing() {
        String dump = String.join("\n\n", "Home", "Archives", "This week in town", "Library plans move ahead",
                FIRST, SECOND, "4 Comments", "Bridge to close for repairs", THIRD, FOURTH,
                "Comments (12)", "School kitchen to open", FIFTH, "2 comments", "About us");
        String body = DumpBody.of(dump);
        assertTrue(body.contains(FIRST), body);
        assertTrue(body.contains(THIRD), body);
        assertTrue(body.contains(FIFTH), body);
    }

    @Test
    void aSingleCountStillHeadsTheThreadUnderTheStory() {
        String comment = "I walked past the old library every day for years and I will be sad to see it go, though "
                + "the town has needed a bigger one for a long time and the children will be glad of it.";
        String dump = String.join("\n\n", "Home", "Library plans move ahead", FIRST, SECOND, THIRD,
                "12 Comments", "Jane on May 2 said:", comment);
        String body = DumpBody.of(dump);
        assertTrue(body.contains(THIRD), body);
        assertFalse(body.contains(comment), body);
    }
}
