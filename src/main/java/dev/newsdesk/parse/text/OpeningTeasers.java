package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.AuthorNames;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.Set;

/**
 * The last items of a list of other stories' headlines set right above an article: a short headline, a one-line
 * teaser. The run of the article takes them in as its opening lines, yet a story's opening speaks of the story and
 * these share none of its words. One such line may be a lead in other words, so it takes two, under a list's line.
 */
final class OpeningTeasers {

    /** Longer than this, a block is no headline. */
    private static final int MAX_WORDS = 15;
    /** A headline names its story: fewer content words than this are a kicker or a label, not read here. */
    private static final int MIN_CONTENT_WORDS = 3;
    /** Teasers taken off at the most, and at the least: one short line alone may be the story's lead. */
    private static final int MAX_TEASERS = 3;
    private static final int MIN_TEASERS = 2;
    /** The paragraphs of the opening a story's first lines would share words with. */
    private static final int OPENING_BLOCKS = 3;

    private OpeningTeasers() {
    }

    /**
     * {@code range} without the other stories' headlines it opens with: the short lines at its top, above its first
     * paragraph, that share no content word with that paragraph and the two under it, at least {@link #MIN_TEASERS}
     * of them and a headline's line right above the run. The first short line that shares one is the story's. Under
     * a byline that names a person they are the story's opening paragraphs, which in a language without articles (or
     * one that joins them to the word) say much in fifteen words, and in other forms of its words than the paragraphs
     * under them use. A bare timestamp, or a byline of no one ("By Staff Reporter", "Posted by admin"), heads a list
     * of other stories as well, so it does not count.
     */
    static MainRegion.Range trim(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        int start = range.start();
        if (start == 0 || verdicts.get(start - 1) != Verdict.SHORT || blocks.get(start - 1).words() < 4
                || namesAPerson(blocks.get(start - 1).text())) {
            return range;
        }
        int first = start;
        while (first < range.end() && first - start <= MAX_TEASERS && isHeadline(blocks.get(first))) first++;
        if (first >= range.end() - 1 || verdicts.get(first) != Verdict.PROSE) return range;
        Set<String> opening = ContentWords.ofBlocks(blocks, first, OPENING_BLOCKS);
        int cut = start;
        while (cut < first && cut - start < MAX_TEASERS && isOtherStory(blocks.get(cut), opening)) cut++;
        return cut - start < MIN_TEASERS ? range : new MainRegion.Range(cut, range.end());
    }

    /** True when the short line {@code c} names a story (enough content words) of none of {@code opening}'s words. */
    private static boolean isOtherStory(Candidate c, Set<String> opening) {
        List<String> words = ContentWords.of(c.text());
        return words.size() >= MIN_CONTENT_WORDS && ContentWords.shared(words, opening) == 0;
    }

    /** True when {@code c} is a few words that are no byline or dateline: a headline or a one-line teaser. */
    private static boolean isHeadline(Candidate c) {
        return c.words() <= MAX_WORDS && Bylines.authors(c.text()) == null && !Dates.isDateline(c.text());
    }

    /** Whether {@code line} is a byline with a person's name left once a staff, desk or site credit is set aside. */
    private static boolean namesAPerson(String line) {
        List<String> names = Bylines.authors(line);
        return names != null && !AuthorNames.clean(names).isEmpty();
    }
}
