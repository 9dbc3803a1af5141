package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.meta.Words;
import java.util.List;
import java.util.Set;

/**
 * Other stories' headlines set between a header's byline or dateline and the text (a "Most Popular" box, a video's
 * teasers): a run of headline-shaped lines that share no word with the text, under the header's mark (past a box's
 * heading of a few words). The search for the line over the byline steps over them; a subtitle tells of the text.
 */
final class TeaserRuns {

    /** One stray line is a subtitle or a label; other stories' headlines come at least two together. */
    private static final int MIN_TEASERS = 2;
    /** A box's heading ("Most Popular", "More On:") or a tag under it: a few words. */
    private static final int MAX_HEADING_WORDS = 3;
    /** A box's heading and a tag under it. */
    private static final int MAX_HEADINGS = 2;

    private TeaserRuns() {
    }

    /**
     * The index of the first line of the run of teasers ending at {@code last}, with a header's mark right over the
     * run or its heading, or -1 when none ends there.
     */
    static int top(List<Candidate> blocks, List<Verdict> verdicts, int last, int from, Set<String> bodyWords) {
        int i = last;
        while (i > from && isTeaser(blocks.get(i).text(), verdicts.get(i), bodyWords)) i--;
        if (last - i < MIN_TEASERS) return -1;
        for (int headings = 0; i > from && headings < MAX_HEADINGS && isHeading(blocks.get(i), verdicts.get(i));
             headings++) {
            i--;
        }
        return TitleFinder.isMark(blocks.get(i).text()) ? i + 1 : -1;
    }

    private static boolean isTeaser(String text, Verdict v, Set<String> bodyWords) {
        return TitleFinder.headlineShaped(text, v) && ContentWords.shared(ContentWords.of(text), bodyWords) == 0;
    }

    private static boolean isHeading(Candidate c, Verdict v) {
        return v != Verdict.PROSE && Words.count(c.text()) <= MAX_HEADING_WORDS
                && !BlockScorer.endsLikeSentence(c.text()) && !TitleFinder.isMark(c.text());
    }
}
