package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds comment counts that a dump repeats ("12 Comments" under each item of a weekly page, under each teaser card's
 * source): as walls they would cut the page item by item, and the first item, or the first stretch of teasers, would
 * win over the rest of the article or over the story below. Repeated, a count heads no thread: it is chrome. So is a
 * comments label set over a bare figure among a work's stats ("Comments:" over "1664", beside "Words:" and "Hits:"):
 * as a wall it would cut the story under the stats off from the prose above them.
 */
final class CommentCounts {

    /** How many counts make a stream of cards: a story and its thread carry one or two. */
    private static final int MIN_COUNTS = 3;
    /** A count is a short line: a number, the word, a link's invitation. */
    private static final int MAX_WORDS = 8;
    /** A figure alone, with any thousands' separators: "1664", "1,664", "1.664", "1 664". */
    private static final Pattern FIGURE = Pattern.compile("^\\d{1,3}(?:[.,'’\\u00a0\\u202f ]?\\d{3})*$");

    private CommentCounts() {
    }

    /**
     * Turns each comment count's wall into {@link Verdict#NOISE} when the dump holds several, and each comments label
     * over the figure under it.
     */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts) {
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (verdicts.get(i) == Verdict.END && isCount(blocks.get(i))) counts.add(i);
        }
        if (counts.size() >= MIN_COUNTS) {
            for (int i : counts) verdicts.set(i, Verdict.NOISE);
        }
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (verdicts.get(i) == Verdict.END && labelsFigure(blocks.get(i).text(), blocks.get(i + 1).text())) {
                verdicts.set(i, Verdict.NOISE);
            }
        }
    }

    private static boolean labelsFigure(String label, String next) {
        return label.endsWith(":") && Boilerplate.isAboutComments(label) && FIGURE.matcher(next.strip()).matches();
    }

    /** Whether {@code c} is a comment count: a short line with a figure about comments ("12 Comments"). */
    static boolean isCount(Candidate c) {
        return c.words() <= MAX_WORDS && Words.hasDigit(c.text()) && Boilerplate.isAboutComments(c.text());
    }
}
