package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.RegionCleaner;
import java.util.List;

/**
 * A lone paragraph set under the article past a cluster of short lines (tags, a contact's address, the author's name,
 * a share bar) is the site's blurb on itself, its owner or its writer: the article's paragraphs follow one another,
 * at most with a subheading or a caption between them, while the run that reached the blurb carried the chrome
 * across because the blurb weighs as prose. Two paragraphs are such a blurb past a wider cluster (the site's staff,
 * then its pitch and its plea), where a few lines between are a tutorial's code or a table.
 */
final class TrailingBlurbs {

    /** Fewer short lines than this between two paragraphs are a subheading, a caption and its credit. */
    private static final int MIN_CHROME_LINES = 3;
    /** Fewer short lines than this above two paragraphs are a block of code, a table or a list between them. */
    private static final int MIN_CHROME_LINES_OVER_TWO = 12;

    /**
     * A blurb is a few sentences under an article of many times its length; a paragraph as long as a third of the
     * prose above it is the article itself, which a standfirst set above the chrome had started early.
     */
    private static final int ARTICLE_TO_BLURB = 3;

    private TrailingBlurbs() {
    }

    /**
     * {@code range} without its last paragraph (or its last two) when more chrome parts it from the article's prose
     * above than parts any two paragraphs above it (a slideshow sets its captions' credits between all of its
     * paragraphs); short sentences in between (a closing "Thank you!") stay.
     */
    static MainRegion.Range cut(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        int last = range.end() - 1;
        if (last <= range.start() || verdicts.get(last) != Verdict.PROSE) return range;
        MainRegion.Range cut = cut(blocks, verdicts, range, last, MIN_CHROME_LINES);
        // A blurb may run to two paragraphs (the site's pitch, then its plea) under a wider box of chrome (its staff,
        // its links): a tutorial's last two paragraphs under a few lines of its code are the article's.
        if (cut == range && last - 1 > range.start() && verdicts.get(last - 1) == Verdict.PROSE) {
            cut = cut(blocks, verdicts, range, last - 1, MIN_CHROME_LINES_OVER_TWO);
        }
        return cut;
    }

    /** {@code range} ending before its paragraphs from {@code first} on when they are a blurb under chrome. */
    private static MainRegion.Range cut(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range,
                                        int first, int minChrome) {
        int widestAbove = 0;
        int chrome = 0;
        int prose = -1;
        int proseWords = 0;
        for (int i = range.start(); i < first; i++) {
            if (verdicts.get(i) == Verdict.PROSE) {
                if (prose >= 0) widestAbove = Math.max(widestAbove, chrome);
                prose = i;
                proseWords += blocks.get(i).words();
                chrome = 0;
            } else if (isChrome(blocks.get(i), verdicts.get(i))) {
                chrome++;
            }
        }
        int blurbWords = 0;
        for (int i = first; i < range.end(); i++) blurbWords += blocks.get(i).words();
        if (prose < 0 || chrome < minChrome || chrome <= 2 * widestAbove
                || blurbWords * ARTICLE_TO_BLURB > proseWords) {
            return range;
        }
        int end = first;
        while (end - 1 > prose && isChrome(blocks.get(end - 1), verdicts.get(end - 1))) end--;
        return new MainRegion.Range(range.start(), end);
    }

    /** True when block {@code c} is a short line the article would not keep: no sentence, no list item. */
    private static boolean isChrome(Candidate c, Verdict v) {
        return v == Verdict.NOISE || v == Verdict.SHORT && c.kind() == Candidate.Kind.PARAGRAPH
                && !RegionCleaner.isShortSentence(c.text(), false);
    }
}
