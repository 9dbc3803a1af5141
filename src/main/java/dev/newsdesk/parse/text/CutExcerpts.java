package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.List;

/**
 * A box of other stories' excerpts: paragraph after paragraph cut off mid-sentence with an ellipsis ("... may soon
 * be deemed..."). Each reads as prose, and summed they can outweigh the story; a writer trails off once, not in
 * three paragraphs in a row.
 */
final class CutExcerpts {

    /** Fewer cut paragraphs in a row may be a story's own trailing quotes. */
    private static final int MIN_RUN = 3;

    private CutExcerpts() {
    }

    /** Turns the verdict on each paragraph of a run of cut excerpts into {@link Verdict#SHORT}. */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts) {
        int start = 0;
        for (int i = 0; i <= blocks.size(); i++) {
            if (i < blocks.size() && verdicts.get(i) == Verdict.PROSE && isCut(blocks.get(i).text())) continue;
            if (i - start >= MIN_RUN) {
                for (int k = start; k < i; k++) verdicts.set(k, Verdict.SHORT);
            }
            start = i + 1;
        }
    }

    /** True when {@code text} is cut off with an ellipsis, as an excerpt is. */
    static boolean isCut(String text) {
        return text.endsWith("...") || text.endsWith("…");
    }
}
