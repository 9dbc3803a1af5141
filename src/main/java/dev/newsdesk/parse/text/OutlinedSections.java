package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.ArrayList;
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
        Page page = null;
        for (int i = 0; i < blocks.size(); i++) {
            if (verdicts.get(i) != Verdict.END) continue;
            if (page == null) page = new Page(blocks, verdicts);
            if (page.steppedOver(i)) verdicts.set(i, Verdict.SHORT);
        }
    }

    /** A run of names that may be an outline, {@code [start, stop)}, and the blocks under it that head paragraphs. */
    private record Run(int start, int stop, int[] headings) {
    }

    /**
     * One page's runs of names, found once for all its labels, before any is marked: a long thread holds hundreds of
     * labels, and looking for the runs above each label again made a 300 KB dump take seconds. So a label stepped
     * over never joins the names beside it into a run for the labels under it (a table's "Comment" column heading
     * between its other headings is no outline's entry).
     */
    private static final class Page {
        private final List<Candidate> blocks;
        private final List<Verdict> verdicts;
        private final List<Run> runs = new ArrayList<>();

        Page(List<Candidate> blocks, List<Verdict> verdicts) {
            this.blocks = blocks;
            this.verdicts = verdicts;
            findRuns();
        }

        /** The runs of {@link #MIN_ENTRIES} or more names in a row, each a block judged short and an outline's entry. */
        private void findRuns() {
            int start = 0;
            for (int stop = 0; stop <= blocks.size(); stop++) {
                if (stop < blocks.size() && verdicts.get(stop) == Verdict.SHORT
                        && DumpContents.isEntry(blocks.get(stop))) {
                    continue;
                }
                if (stop - start >= MIN_ENTRIES) {
                    int[] headings = headings(start, stop);
                    // fewer could not head enough sections on both sides of any label
                    if (headings.length >= 2 * MIN_SECTIONS) runs.add(new Run(start, stop, headings));
                }
                start = stop + 1;
            }
        }

        /** True when a run of names above {@code end} heads paragraphs both between it and {@code end} and under it. */
        boolean steppedOver(int end) {
            for (Run run : runs) {
                if (run.stop() > end) break; // runs are in order, and none holds a label
                if (count(run.headings(), run.stop(), end) >= MIN_SECTIONS
                        && count(run.headings(), end + 1, blocks.size()) >= MIN_SECTIONS) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The blocks under {@code [start, stop)} that carry one of its names right over a paragraph, in order. They
         * stay so while labels are marked: {@link #mark} turns labels into {@link Verdict#SHORT}, never into prose.
         */
        private int[] headings(int start, int stop) {
            Set<String> names = new HashSet<>();
            for (int i = start; i < stop; i++) names.add(blocks.get(i).text().strip());
            List<Integer> at = new ArrayList<>();
            for (int i = stop; i + 1 < blocks.size(); i++) {
                if (verdicts.get(i + 1) == Verdict.PROSE && names.contains(blocks.get(i).text().strip())) at.add(i);
            }
            return at.stream().mapToInt(Integer::intValue).toArray();
        }

        /** How many of {@code headings} stand in {@code [from, to)} with their paragraph inside it too. */
        private static int count(int[] headings, int from, int to) {
            int count = 0;
            for (int i : headings) if (i >= from && i + 1 < to) count++;
            return count;
        }
    }
}
