package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A forum thread's posts quote each other: a reply repeats the paragraph it answers word for word under "jane
 * wrote:". On a story's page a paragraph said twice is a second copy ({@link Copies}); in a thread it is the reply's
 * quotation, which the page shows as the reply's, so it stays. So does the line over it that says whose words they are
 * ("jane wrote:", "Quote from: jane on June 20"), with the quoted post's date under it: without it the quoted words
 * read as the replier's own. Elsewhere such a line is a post's frame ({@link ForumPostLines}).
 */
final class ForumQuotes {

    /** More words than this, a line over a quotation is a post's sentence, not its attribution. */
    private static final int MAX_HEADER_WORDS = 12;

    private ForumQuotes() {
    }

    /**
     * Turns back, in place, each paragraph of the thread {@code range} that repeats an earlier post's into prose, and
     * the line over it that names whose words they are.
     */
    static void keep(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        Set<String> posted = new HashSet<>();
        for (int i = range.start(); i < range.end(); i++) {
            String text = blocks.get(i).text();
            boolean quoted = posted.contains(text);
            if (verdicts.get(i) == Verdict.PROSE) posted.add(text);
            else if (verdicts.get(i) == Verdict.NOISE && quoted) verdicts.set(i, Verdict.PROSE);
            if (quoted && verdicts.get(i) == Verdict.PROSE) keepHeader(blocks, verdicts, range, i);
        }
    }

    /**
     * Marks as prose the attribution over the quotation at {@code quote}, and the quoted post's date under it, if
     * there is one.
     */
    private static void keepHeader(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range, int quote) {
        int i = quote - 1;
        if (i < range.start()) return;
        boolean dated = !isHeader(blocks.get(i), verdicts.get(i)) && Dates.isDateline(blocks.get(i).text());
        if (dated) i--;
        if (i < range.start() || !isHeader(blocks.get(i), verdicts.get(i))) return;
        verdicts.set(i, Verdict.PROSE);
        if (dated) verdicts.set(i + 1, Verdict.PROSE);
    }

    /**
     * Whether {@code c} reads as a quote's attribution: a name that says ("jane wrote:") or a label of two words or
     * more ("Quote from: jane on June 20"), not a post's dated frame ("Posted: June 20").
     */
    private static boolean isHeader(Candidate c, Verdict v) {
        if (v == Verdict.PROSE || c.words() > MAX_HEADER_WORDS) return false;
        String text = c.text().strip();
        String label = ForumPostLines.label(text);
        return ForumPostLines.opensQuote(text) || label != null && label.strip().contains(" ");
    }
}
