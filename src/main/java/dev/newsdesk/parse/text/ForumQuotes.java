package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A forum thread's posts quote each other: a reply repeats the paragraph it answers word for word under "jane
 * wrote:". On a story's page a paragraph said twice is a second copy ({@link Copies}); in a thread it is the reply's
 * quotation, which the page shows as the reply's, so it stays.
 */
final class ForumQuotes {

    private ForumQuotes() {
    }

    /** Turns back, in place, each paragraph of the thread {@code range} that repeats an earlier post's into prose. */
    static void keep(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        Set<String> posted = new HashSet<>();
        for (int i = range.start(); i < range.end(); i++) {
            String text = blocks.get(i).text();
            if (verdicts.get(i) == Verdict.PROSE) posted.add(text);
            else if (verdicts.get(i) == Verdict.NOISE && posted.contains(text)) verdicts.set(i, Verdict.PROSE);
        }
    }
}
