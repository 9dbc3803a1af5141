package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A table or a spec list the dump prints one cell a line (a timetable, a product's values, a settings table) between
 * the article's paragraphs. Each cell costs the run as a menu's line does, so the article was cut at the table, as the
 * HTML path's table rows once cut it ({@code DataTableRows}). Cells cost nothing here when enough of them are data
 * (quantities, values with a number); a menu's, a link list's or a box of teasers' lines are words, and keep their
 * cost.
 */
final class DataRows {

    /** Fewer lines than this are a heading or two, not a table. */
    private static final int MIN_CELLS = 3;
    /** At least one line in this many must be a datum for the run to be a table's. */
    private static final int LINES_PER_DATUM = 3;
    /**
     * A row's label the scorer takes for chrome ("Email", "Search": a table of traffic by source, of files by name)
     * may stand among the cells, one for this many data at most; a share bar's or a menu's words come in runs.
     */
    private static final int DATA_PER_CHROME_CELL = 4;

    /**
     * A numbered heading of a table of contents ("2.Toys for babies", "3.1#1 Puzzles"), which reads as a step of a
     * list of data but is a menu's line.
     */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d+\\.\\d*(?:#|\\s*\\p{Lu})");

    private DataRows() {
    }

    /** The weights with a page's tables bridged, and the article's run found on them ({@link CommentThreads}). */
    record Bridged(double[] weights, MainRegion.Range run) {
    }

    /**
     * {@code weights} with the cost of each run of short lines between two paragraphs lifted where the run is a table's
     * cells; a run at either end of the page, one holding chrome (beyond a row's label of one word), or one under
     * the article's end keeps its cost. Tables are sought above the page's first wall and, when the article found
     * lies under a wall (a blog's sidebar, "Recent Comments", printed above the post), between the walls around it.
     * The run found is returned with the weights, so the reader need not find it again.
     */
    static Bridged bridge(List<Candidate> blocks, List<Verdict> verdicts, double[] weights) {
        double[] bridged = bridgeSegment(blocks, verdicts, weights, 0);
        MainRegion.Range run = CommentThreads.article(blocks, bridged);
        int wall = run.start() - 1;
        while (wall >= 0 && verdicts.get(wall) != Verdict.END) wall--;
        double[] around = wall < 0 ? bridged : bridgeSegment(blocks, verdicts, bridged, wall + 1);
        return new Bridged(around, around == bridged ? run : CommentThreads.article(blocks, around));
    }

    /** {@code weights} with the tables between block {@code from} and the next wall bridged. */
    private static double[] bridgeSegment(List<Candidate> blocks, List<Verdict> verdicts, double[] weights, int from) {
        double[] bridged = weights;
        int i = from;
        // Under the article's end (a comment thread's heading), a comment's rating and stamp read as data too.
        while (i < blocks.size() && verdicts.get(i) != Verdict.END) {
            int to = tableEnd(blocks, verdicts, i, blocks.size(), DataRows::isDatum);
            if (to > i) {
                if (bridged == weights) bridged = weights.clone();
                for (int j = i + 1; j < to; j++) bridged[j] = Math.max(0, bridged[j]);
            }
            i = Math.max(to, i + 1);
        }
        return bridged;
    }

    /**
     * Marks, in place, the cells of each table set between two paragraphs of the article's {@code range} as list items
     * it keeps: the ground truth keeps a table's rows, and the bridge only kept the run whole. Only values and labelled
     * values count as data here: a line led by a number ("12 photos", "4 likes Video") lifts a teaser's cost, but is
     * as often a gallery's or a teaser's line as a table's.
     */
    static void keep(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        int i = range.start();
        while (i < range.end()) {
            int to = tableEnd(blocks, verdicts, i, range.end(), DataRows::isValue);
            // Between a list's items and a heading lies a recipe's nutrition box, not the article's table.
            if (!isParagraph(blocks.get(i)) || to < range.end() && !isParagraph(blocks.get(to))) to = i;
            for (int j = i + 1; j < to; j++) {
                blocks.set(j, blocks.get(j).as(Candidate.Kind.LIST_ITEM));
                verdicts.set(j, Verdict.PROSE);
            }
            i = Math.max(to, i + 1);
        }
    }

    /**
     * Where the paragraph under a table's cells lies when block {@code at} is a paragraph with a table's cells under
     * it (both paragraphs above {@code limit}); else {@code at}.
     */
    private static int tableEnd(List<Candidate> blocks, List<Verdict> verdicts, int at, int limit,
                                Predicate<Candidate> datum) {
        if (verdicts.get(at) != Verdict.PROSE) return at;
        int to = at + 1;
        int chrome = 0;
        while (to < limit && (verdicts.get(to) == Verdict.SHORT || isChromeCell(blocks.get(to), verdicts.get(to)))) {
            if (verdicts.get(to) == Verdict.NOISE) chrome++;
            to++;
        }
        return to < limit && verdicts.get(to) == Verdict.PROSE && isTable(blocks, at + 1, to, datum, chrome) ? to : at;
    }

    /**
     * A line the scorer takes for chrome that may still be a table's cell: one word of letters. A picture's credit
     * ("Photo: Agency") or a bullet between teasers is no row's label.
     */
    private static boolean isChromeCell(Candidate c, Verdict v) {
        return v == Verdict.NOISE && c.words() == 1 && c.text().chars().anyMatch(Character::isLetter);
    }

    /**
     * True when lines [from, to) are enough cells, one in {@link #LINES_PER_DATUM} of them {@code datum} (a column of
     * bare counts counting as data beside values), with at most one of the {@code chrome} lines among them for each
     * {@link #DATA_PER_CHROME_CELL} data.
     */
    private static boolean isTable(List<Candidate> blocks, int from, int to, Predicate<Candidate> datum,
                                   int chrome) {
        if (to - from < MIN_CELLS) return false;
        int data = 0;
        int counts = 0;
        for (int j = from; j < to; j++) {
            if (datum.test(blocks.get(j))) data++;
            else if (CellValues.isCount(blocks.get(j).text().strip())) counts++;
        }
        // A column of bare counts is a table's beside values with units; alone, it is a pager's links, and one or two
        // beside teasers' stamps ("17 min") are their comment counts.
        if (data >= MIN_CELLS && counts >= MIN_CELLS) data += counts;
        return data * LINES_PER_DATUM >= to - from && chrome * DATA_PER_CHROME_CELL <= data;
    }

    /**
     * A datum of {@link DataLists} that holds a number ("68 g", "Weight: 68 g"): a labelled line of words is as often a
     * teaser's headline ("Energy: the battery of tomorrow"), and a numbered one a table of contents' heading; or a
     * value alone ("2.3 GB/s", "€1.2bn", "45 %"), which {@link DataLists} reads as no quantity.
     */
    private static boolean isDatum(Candidate c) {
        String text = c.text().strip();
        return DataLists.isDatum(c) && text.chars().anyMatch(Character::isDigit)
                && !SECTION_NUMBER.matcher(text).find() || CellValues.isValue(text);
    }

    /**
     * A value alone ("7.1 GB/s") or a labelled value with a number ("Weight: 68 g"); a line led by a number with a
     * colon in it is a caption's or a headline's ("2018 Festival: the opening").
     */
    private static boolean isValue(Candidate c) {
        String text = c.text().strip();
        return CellValues.isValue(text) || text.indexOf(':') > 0 && !Character.isDigit(text.charAt(0)) && isDatum(c);
    }

    private static boolean isParagraph(Candidate c) {
        return c.kind() == Candidate.Kind.PARAGRAPH;
    }
}
