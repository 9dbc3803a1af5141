package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A comment count repeated under each item of a page is the item's chrome, not the wall of a thread; so is a comments
 * label over its figure among a work's stats. Over readers' comments either still heads the thread.
 */
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

    private static final String WORK_SUMMARY = "Summary: after the flood the miller's daughter keeps the old mill "
            + "running on her own, and the village slowly learns what her father never told anyone about the river, "
            + "the weir and the debt he owed to the family across the valley. Notes: this is the first part of a "
            + "longer story that I wrote over the winter, and I would like to thank my friends who read every chapter "
            + "of it and told me honestly where it dragged, where the names were confusing and where the ending "
            + "needed work.";
    private static final String CHAPTER_FIRST = "The water had gone down by the morning, but the lower floor of "
            + "the mill was still a field of mud, and Anna stood in the doorway for a long time before she went in.";
    private static final String CHAPTER_SECOND = "Her father's ledger lay open on the bench where he had left it, its "
            + "pages swollen and brown, and the last line in it was written in a hand she did not know at all.";
    private static final String CHAPTER_THIRD = "She carried it out into the light, sat down on the step and began to "
            + "read from the first page, while the wheel behind her turned slowly in the brown water of the race.";

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

    @Test
    void aLabelledCountAmongTheStatsLeavesTheStoryUnderThem() {
        String dump = String.join("\n\n", "Home", "Browse", "Search", "Log In", WORK_SUMMARY, "Stats:", "Published:",
                "2021-03-14", "Words:", "5120", "Chapters:", "1/3", "Comments:", "1,664", "Hits:", "30211",
                "The Mill on the River", "Chapter 1: The Ledger", CHAPTER_FIRST, CHAPTER_SECOND, CHAPTER_THIRD,
                "Comments (3)", "Jane wrote: I loved the ledger!", "Post Comment");
        String body = DumpBody.of(dump);
        assertTrue(body.contains(CHAPTER_FIRST), body);
        assertTrue(body.contains(CHAPTER_THIRD), body);
    }

    @Test
    void aLabelOverReadersCommentsStillHeadsTheThread() {
        String comment = "I have been waiting for this chapter all week and the scene with the ledger on the step was "
                + "worth every day of it; I cannot wait to find out whose hand wrote that last line in the book.";
        String dump = String.join("\n\n", "Home", "Browse", "The Mill on the River", CHAPTER_FIRST, CHAPTER_SECOND,
                CHAPTER_THIRD, "Comments:", "Jane wrote: 12 March", comment, "Post Comment");
        String body = DumpBody.of(dump);
        assertTrue(body.contains(CHAPTER_THIRD), body);
        assertFalse(body.contains(comment), body);
    }
}
