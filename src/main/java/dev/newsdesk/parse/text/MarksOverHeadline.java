package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.ArrayList;
import java.util.List;

/**
 * The run of header marks ({@link TitleFinder#isMark}) set right over a dump's headline: a blog's date or "Posted by
 * … on …" above the post's title. A run that follows another headline-shaped line closes that story's card (a
 * teaser's headline, then its date, then ours), so it is not the article's; chrome, a menu, a section's label or the
 * page's top above it are.
 */
final class MarksOverHeadline {

    private MarksOverHeadline() {
    }

    /**
     * The lines of the run over the headline at {@code titleIndex}, nearest first (a site's date of today may top the
     * post's own); empty when none stands there or the run is a teaser's.
     */
    static List<String> find(List<Candidate> blocks, List<Verdict> verdicts, int titleIndex) {
        if (titleIndex <= 0) return List.of();
        int start = TitleFinder.topOfMarks(blocks, titleIndex);
        if (closesTeaser(blocks, verdicts, start - 1)) return List.of();
        List<String> run = new ArrayList<>();
        for (int i = titleIndex - 1; i >= start; i--) run.add(blocks.get(i).text());
        return run;
    }

    /** True when block {@code above}, right over the run, is another story's headline rather than chrome. */
    private static boolean closesTeaser(List<Candidate> blocks, List<Verdict> verdicts, int above) {
        if (above < 0) return false;
        String text = blocks.get(above).text();
        return TitleFinder.headlineShaped(text, verdicts.get(above)) && !TitleFinder.isFurniture(text);
    }
}
