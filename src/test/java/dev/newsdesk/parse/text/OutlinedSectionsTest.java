package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A comments label that the post's own outline steps over (a table's "Comment" column) cuts nothing: the sections
 * its contents list go on under it. Under a post whose sections all came before it, the label still heads a thread.
 */
class OutlinedSectionsTest {

    private static final String INTRO = "We moved our nightly jobs to a new scheduler last spring, and this post "
            + "describes what we needed from it, how we built it and what we would do differently next time.";
    private static final String GOALS = "Jobs must run at least once after they are scheduled, never twice at the "
            + "same moment, and a slow job of one team must not hold up the jobs of the other teams.";
    private static final String DESIGN = "A single queue feeds a pool of workers on each host, and each worker "
            + "claims a job for a short lease that it renews for as long as the job keeps running.";
    private static final String STATES = "The table above lists the states a job goes through, from the moment it "
            + "is scheduled to the moment its worker reports that it finished or failed for good.";
    private static final String LIMITS = "Today the scheduler runs each job once; jobs that repeat every hour or "
            + "every day still need a small service of their own that schedules the next run by hand.";
    private static final String END = "We hope this helps other teams who are about to build a scheduler of their "
            + "own, and we would be glad to hear from anyone who solved the same problems another way.";

    @Test
    void aTablesCommentColumnCutsNothing() {
        String dump = String.join("\n\n", "Engineering", "How we built our job scheduler", "Introduction", "Goals",
                "Design", "Job states", "Limits", "Conclusion", "Introduction", INTRO, "Goals", GOALS, "Design",
                DESIGN, "Job state", "Next step", "Comment", "new", "queued", "Pick up jobs that are due.",
                "queued", "done", "Nothing left to do.", "Job states", STATES, "Limits", LIMITS, "Conclusion", END,
                "Tags", "Jobs", "Subscribe");
        String body = DumpBody.of(dump);
        assertTrue(body.contains(DESIGN), body);
        assertTrue(body.contains(LIMITS), body);
        assertTrue(body.contains(END), body);
    }

    @Test
    void aThreadUnderTheLastSectionIsStillCut() {
        String reply = "Thanks for writing this up, we are about to build the same thing at work and the part about "
                + "leases is exactly what we were missing in our first design of the workers.";
        String dump = String.join("\n\n", "Engineering", "How we built our job scheduler", "Introduction", "Goals",
                "Design", "Limits", "Conclusion", "Introduction", INTRO, "Goals", GOALS, "Design", DESIGN, "Limits",
                LIMITS, "Conclusion", END, "Comments", "Sam on May 2 said:", reply, "Reply");
        String body = DumpBody.of(dump);
        assertTrue(body.contains(LIMITS), body);
        assertFalse(body.contains(reply), body);
    }
}
