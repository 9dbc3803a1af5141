package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.ArrayList;
import java.util.List;

/**
 * Another story set inside or under the article: its headline, its own byline ("By Jane Doe for Example News"), a
 * dateline perhaps, then its opening paragraphs, which restate the headline. The article's byline stands above it, so
 * a second one past the article's prose signs someone else's story. A page of several such stories (a live blog's
 * posts, a list of reviews) is one text, and keeps them all.
 */
final class EmbeddedStories {

    /**
     * How far above the article's run its own byline may stand: a dateline, a share bar's lines and a comment count
     * may come between.
     */
    private static final int OWN_BYLINE_ABOVE = 8;
    /** Short lines (a dateline, "Published: ...") that may stand between the story's byline and its prose. */
    private static final int GAP = 2;

    private EmbeddedStories() {
    }

    /** Turns the verdicts on the one embedded story in {@code range} (headline, byline, its prose) into noise. */
    static void drop(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        int from = Math.max(0, range.start() - OWN_BYLINE_ABOVE);
        List<List<String>> bylines = new ArrayList<>();
        boolean prose = false;
        int story = -1;
        int stories = 0;
        for (int i = from; i + 1 < range.end(); i++) {
            List<String> names = signs(blocks.get(i), verdicts.get(i));
            if (names != null && prose && !bylines.isEmpty() && i - 1 >= range.start()
                    && opensStory(blocks, verdicts, i - 1, range.end()) && bylines.stream().noneMatch(names::equals)) {
                story = i - 1;
                stories++;
            }
            if (names != null) bylines.add(names);
            if (i >= range.start() && verdicts.get(i) == Verdict.PROSE) prose = true;
        }
        if (stories != 1) return;
        int i = story;
        while (i < range.end() && verdicts.get(i) != Verdict.PROSE) verdicts.set(i++, Verdict.NOISE);
        while (i < range.end() && verdicts.get(i) == Verdict.PROSE) verdicts.set(i++, Verdict.NOISE);
    }

    /** The names of a labelled byline on a short line, else null. */
    private static List<String> signs(Candidate c, Verdict v) {
        if (v != Verdict.SHORT || !Bylines.mayOpenByline(c.text())) return null;
        List<String> names = Bylines.authors(c.text());
        return names == null || names.isEmpty() ? null : names;
    }

    /** True when {@code h}, above a byline, is a headline whose story's first paragraph comes within {@link #GAP}. */
    private static boolean opensStory(List<Candidate> blocks, List<Verdict> verdicts, int h, int end) {
        if (verdicts.get(h) != Verdict.SHORT || !HeadlineAnchor.isHeadline(blocks.get(h))) return false;
        for (int p = h + 2; p < Math.min(end, h + 3 + GAP); p++) {
            Verdict v = verdicts.get(p);
            if (v == Verdict.PROSE) return HeadlineAnchor.restates(blocks.get(p).text(), blocks.get(h).text());
            if (v != Verdict.SHORT || !Dates.isDateline(blocks.get(p).text())) return false;
        }
        return false;
    }
}
