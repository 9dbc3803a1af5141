package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.Set;

/**
 * The story's highlights set between its byline and its text: a few headline-shaped lines, each a point the text
 * then tells ("Board names new finance chief", "Coach signs for three more years"). A dump shows no bullets, so they
 * pass for other stories' headlines and the run starts under them; right under the byline, and naming the text's
 * people and things, they are the story's own. Under a bare date the headline and its subtitle stand as often.
 */
final class HeaderHighlights {

    /** Fewer lines than this are a subtitle or a standfirst, which have their own readers. */
    private static final int MIN_LINES = 2;
    private static final int MAX_LINES = 5;
    /** A highlight is a headline's length: fewer words are a label, more a paragraph. */
    private static final int MIN_WORDS = 4;
    private static final int MAX_WORDS = 20;
    /** The distinct content words each line must share with the text's opening. */
    private static final int MIN_SHARED = 2;
    /** How many blocks of the text are read for those words: highlights sum up the whole story, not its lead. */
    private static final int OPENING = 8;

    private HeaderHighlights() {
    }

    /**
     * {@code range} widened up over the highlights right above it, when a byline heads them; marks them
     * prose, in place, as a short line without a stop would go as chrome.
     */
    static MainRegion.Range take(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        int start = range.start();
        if (start < MIN_LINES + 1 || verdicts.get(start - 1) != Verdict.SHORT) return range;
        Set<String> opening = null;
        int top = start;
        while (top > 0 && start - top < MAX_LINES) {
            Candidate c = blocks.get(top - 1);
            if (verdicts.get(top - 1) != Verdict.SHORT || c.kind() != Candidate.Kind.PARAGRAPH
                    || c.words() < MIN_WORDS || c.words() > MAX_WORDS || Bylines.authors(c.text()) != null) {
                break;
            }
            if (opening == null) opening = ContentWords.ofBlocks(blocks, start, OPENING);
            if (ContentWords.sharedDistinct(c.text(), opening) < MIN_SHARED) break;
            top--;
        }
        if (start - top < MIN_LINES || top == 0 || Bylines.authors(blocks.get(top - 1).text()) == null) return range;
        for (int i = top; i < start; i++) verdicts.set(i, Verdict.PROSE);
        return new MainRegion.Range(top, range.end());
    }
}
