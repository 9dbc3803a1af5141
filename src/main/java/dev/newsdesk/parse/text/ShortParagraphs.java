package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.RegionCleaner;
import java.util.List;

/**
 * Lets the run cross a post written in short paragraphs. A line that ends as a sentence is a paragraph of the
 * article when the run holds it ({@link RegionCleaner}), but in the search for the run it costs as a menu's line does;
 * a list of questions and one-line answers, a post of one-sentence paragraphs, is then cut into pieces and the
 * article is one of them. Such a line costs nothing: a menu's and a teaser's lines do not end as sentences, or are
 * set in title case.
 */
final class ShortParagraphs {

    private ShortParagraphs() {
    }

    /**
     * {@code weights} with the short sentences among {@code blocks} made free where sentences stand on both sides of
     * them: a question and its answer, a post's one-line paragraphs. A lone one under the article ("Did you like this
     * article?") is the site's, and past its buttons the run would reach the site's blurbs.
     */
    static double[] weigh(List<Candidate> blocks, List<Verdict> verdicts, double[] weights) {
        int n = blocks.size();
        boolean[] sentence = new boolean[n];
        for (int i = 0; i < n; i++) {
            sentence[i] = verdicts.get(i) == Verdict.PROSE
                    || verdicts.get(i) == Verdict.SHORT && RegionCleaner.isShortSentence(blocks.get(i).text(), false);
        }
        double[] weighed = null;
        for (int i = 1; i < n - 1; i++) {
            if (verdicts.get(i) != Verdict.SHORT || !sentence[i] || !sentence[i - 1] || !sentence[i + 1]) continue;
            if (weighed == null) weighed = weights.clone();
            weighed[i] = 0;
        }
        return weighed == null ? weights : weighed;
    }
}
