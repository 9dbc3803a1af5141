package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A comments label over its figure among a work's stats is chrome; over readers' comments it heads the thread. */
class CountLabelsTest {

    private static final String SUMMARY = "Summary: after the flood the miller's daughter keeps the old mill running "
            + "on her own, and the village slowly learns what her father never told anyone about the river, the weir "
            + "and the debt he owed to the family across the valley. Notes: this is the first part of a longer story "
            + "that I wrote over the winter, and I would like to thank my friends who read every chapter of it and "
            + "told me honestly where it dragged, where the names were confusing and where the ending needed work.";
    private static final String FIRST = "The water had gone down by the morning, but the lower floor of the mill "
            + "was still a field of mud, and Anna stood in the doorway for a long time before she went in.";
    private static final String SECOND = "Her father's ledger lay open on the bench where he had left it, its pages "
            + "swollen and brown, and the last line in it was written in a hand she did not know at all.";
    private static final String THIRD = "She carried it out into the light, sat down on the step and began to read "
            + "from the first page, while the wheel behind her turned slowly in the brown water of the race.";

    @Test
    void aLabelledCountAmongTheStatsLeavesTheStoryUnderThem() {
        String dump = String.join("\n\n", "Home", "Browse", "Search", "Log In", SUMMARY, "Stats:", "Published:",
                "2021-03-14", "Words:", "5120", "Chapters:", "1/3", "Comments:", "1,664", "Hits:", "30211",
                "The Mill on the River", "Chapter 1: The Ledger", FIRST, SECOND, THIRD, "Comments (3)",
                "Jane wrote: I loved the ledger!", "Post Comment");
        String body = DumpBody.of(dump);
        assertTrue(body.contains(FIRST), body);
        assertTrue(body.contains(THIRD), body);
    }

    @Test
    void aLabelOverReadersCommentsStillHeadsTheThread() {
        String comment = "I have been waiting for this chapter all week and the scene with the ledger on the step was "
                + "worth every day of it; I cannot wait to find out whose hand wrote that last line in the book.";
        String dump = String.join("\n\n", "Home", "Browse", "The Mill on the River", FIRST, SECOND, THIRD,
                "Comments:", "Jane wrote: 12 March", comment, "Post Comment");
        String body = DumpBody.of(dump);
        assertTrue(body.contains(THIRD), body);
        assertFalse(body.contains(comment), body);
    }
}
