package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import java.util.List;

/**
 * A long line with no stop set right under a paragraph of a dump reads as another story's teaser. Some writers set
 * their own lines so, again and again: a post of release notes in bullets, a list of changes under each subheading.
 * A site sets a teaser between paragraphs once or twice, so lines of that shape seen several times in one article are
 * the writer's, unless a line is shaped as a headline itself (title case, capitals, cut short).
 */
final class LongLineHabit {

    /** So many long stopless lines under paragraphs at least, the article sets them as its own lines. */
    private static final int MIN_LINES = 3;

    private LongLineHabit() {
    }

    /** True when {@code range} holds enough long stopless lines under its paragraphs for them to be its own. */
    static boolean holds(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        int lines = 0;
        for (int i = range.start() + 1; i < range.end() && lines < MIN_LINES; i++) {
            Candidate c = blocks.get(i);
            if (verdicts.get(i) == Verdict.SHORT && verdicts.get(i - 1) == Verdict.PROSE && !c.marked()
                    && c.words() > RegionCleaner.MAX_SUBHEADING_WORDS && !BlockScorer.endsLikeSentence(c.text())
                    && !headlineShaped(c.text())) {
                lines++;
            }
        }
        return lines >= MIN_LINES;
    }

    /** True when {@code text} is set as a headline: in title case, in capitals, or cut short with an ellipsis. */
    static boolean headlineShaped(String text) {
        return RegionCleaner.titleCase(text) || text.chars().noneMatch(Character::isLowerCase)
                || text.contains("…") || text.contains("...");
    }
}
