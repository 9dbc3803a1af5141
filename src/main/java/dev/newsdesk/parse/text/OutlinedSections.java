package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a comments label that the page's own outline steps over: a table's "Comment" column, a section named
 * "Comments on the draft". A long post lists its sections above the text (a run of their names), and when
 * sections of that list still head paragraphs under the label, the article goes on there: no thread opens at it.
 */
final class OutlinedSections {

    /** Names in a run that make an outline: a post's contents list several sections. */
    private static final int MIN_ENTRIES = 4;
    /** Sections of the outline heading paragraphs on each side of the label: one could be a coincidence. */
    private static final int MIN_SECTIONS = 2;

    private OutlinedSections() {
    }

    /** Turns each {@link Verdict#END} the page's outline steps over into {@link Verdict#SHORT}. */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts) {
        for (int i = 0; i < blocks.size(); i++) {
            if (verdicts.get(i) == Verdict.END && steppedOver(blocks, verdicts, i)) verdicts.set(i, Verdict.SHORT);
        }
    }

    /** True when a run of names above {@code end} heads paragraphs both between it and {@code end} and under it. */
    private static boolean steppedOver(List<Candidate> blocks, List<Verdict> verdicts, int end) {
        int start = 0;
        while (start < end) {
            int stop = start;
            while (stop < end && verdicts.get(stop) == Verdict.SHORT && DumpContents.isEntry(blocks.get(stop))) stop++;
            if (stop - start >= MIN_ENTRIES) {
                Set<String> names = new HashSet<>();
                for (int i = start; i < stop; i++) names.add(blocks.get(i).text().strip());
                if (headings(blocks, verdicts, names, stop, end) >= MIN_SECTIONS
                        && headings(blocks, verdicts, names, end + 1, blocks.size()) >= MIN_SECTIONS) {
                    return true;
                }
            }
            start = Math.max(stop, start + 1);
        }
        return false;
    }

    /** How many blocks in {@code [from, to)} carry one of {@code names} right over a paragraph. */
    private static int headings(List<Candidate> blocks, List<Verdict> verdicts, Set<String> names, int from, int to) {
        int count = 0;
        for (int i = from; i + 1 < to; i++) {
            if (verdicts.get(i + 1) == Verdict.PROSE && names.contains(blocks.get(i).text().strip())) count++;
        }
        return count;
    }
}
