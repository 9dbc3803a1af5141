package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;

/**
 * A list the copy kept its bullets for ("* item", "+ item"), which the article's run reaches into: a release's notes,
 * a list post. Its items are short lines with no stop, each costing the run as a menu's link does, so the run stops
 * at the one item long enough to read as prose; but the writer set the bullets, a menu's copy shows none, so the
 * list is the article's whole.
 */
final class BulletedLists {

    /** Fewer items than this make no list to follow: a bulleted line or two beside the story are a box's. */
    private static final int MIN_ITEMS = 3;

    private BulletedLists() {
    }

    /**
     * {@code range} taken on over the bulleted items right above and under it, when it opens or closes on one, each
     * marked, in place, as prose the article keeps.
     */
    static MainRegion.Range take(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        if (range.isEmpty()) return range;
        int start = range.start();
        int end = range.end();
        if (isItem(blocks, verdicts, start)) while (start > 0 && isItem(blocks, verdicts, start - 1)) start--;
        if (isItem(blocks, verdicts, end - 1)) while (end < blocks.size() && isItem(blocks, verdicts, end)) end++;
        if (start == range.start() && end == range.end()) return range;
        if (range.start() - start < MIN_ITEMS && end - range.end() < MIN_ITEMS) return range;
        DataLists.mark(blocks, verdicts, start, range.start());
        DataLists.mark(blocks, verdicts, range.end(), end);
        return new MainRegion.Range(start, end);
    }

    private static boolean isItem(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        return blocks.get(i).kind() == Candidate.Kind.LIST_ITEM && verdicts.get(i) != Verdict.NOISE
                && verdicts.get(i) != Verdict.END;
    }
}
