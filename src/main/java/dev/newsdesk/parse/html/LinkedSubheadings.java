package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A subheading of the article that links to what its section is about (a list article's "<h3><a>The product</a>
 * ($20)</h3>", a report's "<h4><a>The project's wiki</a></h4>" over its news): chrome by its share of link text, as a
 * box of links' heading is, yet it stands between kept lines of the article, with its section's own text under it.
 * A box of other stories has links, not kept text, under its heading; a forum's replies repeat one linked title
 * ("Re: the thread's title") over each post, where each subheading names its own section.
 */
final class LinkedSubheadings {

    private LinkedSubheadings() {
    }

    /** Sets the verdict of each such heading inside {@code range}, with kept lines above and below it, to short. */
    static void keepAmidArticle(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> found = new ArrayList<>();
        for (int i = range.start() + 1; i + 1 < range.end(); i++) {
            if (verdicts.get(i) == Verdict.NOISE && isLinkedHeading(blocks.get(i))
                    && isKept(verdicts.get(i - 1)) && isKept(verdicts.get(i + 1))) {
                found.add(i);
                seen.merge(blocks.get(i).text(), 1, Integer::sum);
            }
        }
        for (int i : found) {
            if (seen.get(blocks.get(i).text()) == 1) verdicts.set(i, Verdict.SHORT);
        }
    }

    private static boolean isKept(Verdict v) {
        return v == Verdict.PROSE || v == Verdict.SHORT;
    }

    /** A heading mostly of link text that names no box of other stories or the writer's profile ("Read more"). */
    private static boolean isLinkedHeading(Candidate c) {
        return c.kind() == Candidate.Kind.HEADING && c.isMostlyLinks()
                && !Boilerplate.headsWidget(Boilerplate.key(c.text())) && !Boilerplate.endsArticle(c.text());
    }
}
