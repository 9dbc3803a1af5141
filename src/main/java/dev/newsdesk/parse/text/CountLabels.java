package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a comment count set as a labelled figure among a work's stats ("Comments:" over "1664", beside "Words:" and
 * "Hits:"): alone the label reads as a thread's heading, and as a wall it would cut the story under the stats off
 * from the prose above them. Over a bare figure it counts and heads nothing: it is chrome.
 */
final class CountLabels {

    /** A figure alone, with any thousands' separators: "1664", "1,664", "1.664", "1 664". */
    private static final Pattern FIGURE = Pattern.compile("^\\d{1,3}(?:[.,'’\\u00a0\\u202f ]?\\d{3})*$");

    private CountLabels() {
    }

    /** Turns each comments wall that labels the figure under it into {@link Verdict#NOISE}. */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            String label = blocks.get(i).text();
            if (verdicts.get(i) == Verdict.END && label.endsWith(":") && Boilerplate.isAboutComments(label)
                    && FIGURE.matcher(blocks.get(i + 1).text().strip()).matches()) {
                verdicts.set(i, Verdict.NOISE);
            }
        }
    }
}
