package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.List;

/**
 * A line that hands the word to a quotation set under it ("To which she replies:", "Another reader answered:") names
 * replies in a few words, as a comment thread's heading does, and was read as the end of the article. A thread's
 * heading is a label ("Replies:", "Leave a reply") over comments or a form, not a clause over a blockquote: such a line
 * is a short line of the article, and the article goes on past the quotation.
 */
final class QuoteLeadIns {

    /** Words a clause that hands over the word has at least: a subject and its verb after a connective. */
    private static final int MIN_WORDS = 4;

    private QuoteLeadIns() {
    }

    /** Sets, in {@code verdicts} (parallel to {@code blocks}), each end that leads in a quotation under it to short. */
    static void keepGoing(List<Candidate> blocks, List<Verdict> verdicts) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (verdicts.get(i) == Verdict.END && leadsIn(blocks.get(i))
                    && blocks.get(i + 1).kind() == Candidate.Kind.QUOTE) {
                verdicts.set(i, Verdict.SHORT);
            }
        }
    }

    /** A paragraph of a few words, with no link, that ends with a colon. */
    private static boolean leadsIn(Candidate c) {
        String t = c.text().strip();
        return c.kind() == Candidate.Kind.PARAGRAPH && c.linkDensity() == 0 && t.endsWith(":")
                && c.words() >= MIN_WORDS;
    }
}
