package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.PictureCredits;
import dev.newsdesk.parse.extract.RegionCleaner;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Two headings set one on the other between the article's paragraphs, one of them numbered (a section's over its
 * first step's, "Caring for potted plants" over "1. Choose the right pot"; a numbered point's over its deck), are
 * the article's. A subheading is kept for standing alone between paragraphs, and each of the two has a short line
 * on one side, so both would go as chrome. Unnumbered, such a pair is as often a box set between paragraphs or under
 * the article, its label over a teaser's headline ("More on this story", "Back to the overview").
 */
final class StackedHeadings {

    /** Fewer words than this, the upper line is a label ("Video", "Advertisement"), not a section's heading. */
    private static final int MIN_UPPER_WORDS = 2;

    /** A list's number opening a line: "1. ", "12) ". */
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,2}[.)]\\s.*");

    private StackedHeadings() {
    }

    /**
     * Marks, in place, the upper line of each pair of headings set between two paragraphs of {@code range} as a
     * heading of the article's (the lower one then stands between a heading and a paragraph, and stays as one).
     */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.start() + 1; i + 2 < range.end(); i++) {
            if (verdicts.get(i - 1) != Verdict.PROSE || verdicts.get(i + 2) != Verdict.PROSE) continue;
            Candidate upper = blocks.get(i);
            Candidate lower = blocks.get(i + 1);
            if (!isHeading(upper, verdicts.get(i)) || !isHeading(lower, verdicts.get(i + 1))
                    || upper.words() < MIN_UPPER_WORDS || BlockScorer.endsLikeSentence(upper.text())
                    || !NUMBERED.matcher(upper.text()).matches() && !NUMBERED.matcher(lower.text()).matches()) {
                continue;
            }
            verdicts.set(i, Verdict.PROSE);
            blocks.set(i, upper.as(Candidate.Kind.HEADING));
        }
    }

    /** True when the short line may be a heading: not a widget's, a teaser's, a picture's credit or a dateline. */
    private static boolean isHeading(Candidate c, Verdict v) {
        String text = c.text();
        return v == Verdict.SHORT && c.kind() == Candidate.Kind.PARAGRAPH && !c.marked()
                && c.words() <= RegionCleaner.MAX_SUBHEADING_WORDS && !Boilerplate.headsWidget(Boilerplate.key(text))
                && Boilerplate.teaserHeadline(text) == null && !PictureCredits.in(text) && !Dates.isDateline(text);
    }
}
