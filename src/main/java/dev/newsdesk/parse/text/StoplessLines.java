package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.meta.Words;
import java.util.List;

/**
 * A blog post in informal Chinese (or Japanese) told one line under each photo, with no stop anywhere: the lines a space parts read
 * as prose, those without one as headlines, though they are the same post's. A few such lines between two of its
 * prose lines are its own. A news story's paragraphs end with a full stop, so a teaser set between them stays out.
 */
final class StoplessLines {

    /** Fewer ideographs than this, a line is a label or a name ("資訊", "晚餐"). */
    private static final int MIN_IDEOGRAPHS = 8;
    /** More lines than this in a row are a list of headlines, not a few photos' lines. */
    private static final int MAX_RUN = 6;
    /**
     * Marks that part a headline's clauses ("指南：…，…"); an exclamation closes a caption's as often, and the
     * enumeration comma (、) parts items within one.
     */
    private static final String HEADLINE_CLAUSE_MARKS = "，：；,:;";

    private StoplessLines() {
    }

    /** Marks, in place, the stopless lines of {@code range} set between its stopless prose lines as prose. */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.start() + 1; i < range.end(); i++) {
            if (!isStoplessLine(blocks.get(i), verdicts.get(i))
                    || !isStoplessProse(blocks.get(i - 1), verdicts.get(i - 1))) {
                continue;
            }
            int end = i;
            while (end < range.end() && end - i < MAX_RUN && isStoplessLine(blocks.get(end), verdicts.get(end))) end++;
            if (end < range.end() && isStoplessProse(blocks.get(end), verdicts.get(end))) {
                for (int j = i; j < end; j++) verdicts.set(j, Verdict.PROSE);
            }
            i = end;
        }
    }

    /** A short line of the post: mostly ideographs, enough of them, one breath (no {@link #HEADLINE_CLAUSE_MARKS}). */
    private static boolean isStoplessLine(Candidate c, Verdict v) {
        String text = c.text();
        return v == Verdict.SHORT && c.kind() == Candidate.Kind.PARAGRAPH && Words.ideographs(text) >= MIN_IDEOGRAPHS
                && stopless(text) && text.chars().noneMatch(ch -> HEADLINE_CLAUSE_MARKS.indexOf(ch) >= 0);
    }

    /** A prose line of such a post: mostly ideographs, and not a sentence that a stop ends. */
    private static boolean isStoplessProse(Candidate c, Verdict v) {
        return v == Verdict.PROSE && c.kind() == Candidate.Kind.PARAGRAPH && stopless(c.text());
    }

    /** True when {@code text} is mostly ideographs and holds no full stop. */
    private static boolean stopless(String text) {
        return Words.ideographs(text) * 2 > text.length() && text.indexOf('。') < 0;
    }
}
