package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;

/**
 * One other story's teaser set in an article's header, between its byline or picture and its text: a "Read also"
 * label, that story's headline and its one-paragraph blurb. The blurb reads as prose and stands right above the
 * text, so the run would open with it and the headline over it would pass for the article's; the label and the
 * header mark above it say whose they are.
 */
final class HeaderTeasers {

    /** Longer than this, the line under the label is no headline. */
    private static final int MAX_HEADLINE_WORDS = 15;
    /** How far above the label the header's byline, dateline or picture credit may stand. */
    private static final int LOOK_ABOVE = 3;

    private HeaderTeasers() {
    }

    /**
     * {@code range} without the teaser it opens with, whose headline and blurb turn, in place, into
     * {@link Verdict#NOISE}: the title is then read above them.
     */
    static MainRegion.Range trim(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        int blurb = range.start();
        if (blurb < 2 || range.end() - blurb < 2 || verdicts.get(blurb) != Verdict.PROSE
                || verdicts.get(blurb + 1) != Verdict.PROSE || verdicts.get(blurb - 1) != Verdict.SHORT
                || verdicts.get(blurb - 2) != Verdict.NOISE
                || !Boilerplate.isLeadInAlone(Boilerplate.key(blocks.get(blurb - 2).text()))
                || !isHeadline(blocks.get(blurb - 1)) || !underHeaderMark(blocks, blurb - 2)) {
            return range;
        }
        verdicts.set(blurb - 1, Verdict.NOISE);
        verdicts.set(blurb, Verdict.NOISE);
        return new MainRegion.Range(blurb + 1, range.end());
    }

    /** True when {@code c} is a few words that are no byline or dateline: a headline. */
    private static boolean isHeadline(Candidate c) {
        return c.words() <= MAX_HEADLINE_WORDS && Bylines.authors(c.text()) == null && !Dates.isDateline(c.text());
    }

    /** True when a byline, dateline or picture credit stands in the few lines right above the label at {@code i}. */
    private static boolean underHeaderMark(List<Candidate> blocks, int i) {
        for (int j = i - 1; j >= Math.max(0, i - LOOK_ABOVE); j--) {
            if (DumpStandfirst.isHeaderMark(blocks.get(j))) return true;
        }
        return false;
    }
}
