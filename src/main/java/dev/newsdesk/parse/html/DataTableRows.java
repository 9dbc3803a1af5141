package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The rows and cells of a table inside the article's element: a test's results, a price list, a comparison of
 * products the text goes on to discuss. Weighed as short or chrome blocks, forty rows cost the run more than the lead
 * above them weighs, and the article was cut to what follows the table. A row costs nothing instead, so the run
 * bridges the table; a table at either end adds nothing, as before. A cell or a short row that is mostly links (a
 * list of other pages) keeps its cost. Between the article's paragraphs, a row that names a product by its link and
 * gives its values is the article's, not a link list's line ({@link #keepRows}).
 */
final class DataTableRows {

    /** Links above this share of a cell's text make it a link to another page, not data. */
    private static final double MAX_LINK_DENSITY = 0.5;
    /** Cells a row needs to be a data table's whatever its links: a name and two values. */
    private static final int MIN_DATA_CELLS = 3;

    private DataTableRows() {
    }

    /** {@code weights} (parallel to {@code blocks}) with the cost of table rows and cells lifted; walls stay. */
    static double[] bridged(double[] weights, List<HtmlBlock> blocks) {
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0 && isData(blocks.get(i))) weights[i] = 0;
        }
        return weights;
    }

    /**
     * A row of three or more cells is data whatever its links (a results table links each product's name); a cell
     * read as a block of its own, or a row of one or two, is data only when mostly not linked.
     */
    private static boolean isData(HtmlBlock block) {
        Element owner = block.owner();
        return switch (owner.normalName()) {
            case "tr" -> owner.childrenSize() >= MIN_DATA_CELLS || block.candidate().linkDensity() <= MAX_LINK_DENSITY;
            case "td", "th" -> block.candidate().linkDensity() <= MAX_LINK_DENSITY;
            default -> false;
        };
    }

    /**
     * Sets, in {@code verdicts} (parallel to {@code blocks}), the rows of a data table between the article's paragraphs
     * in {@code range} read as short lines, not chrome: a row of three cells or more with one linked cell at most (a
     * results table links each product's name, which makes the row mostly link). A table at either end of the
     * article, and a table of links, stay as they are.
     */
    static void keepRows(List<Verdict> verdicts, List<HtmlBlock> blocks, MainRegion.Range range) {
        MainRegion.Range amid = range.amidProse(verdicts);
        for (int i = amid.start(); i < amid.end(); i++) {
            if (verdicts.get(i) == Verdict.NOISE && isLinkedNameRow(blocks.get(i).owner())) {
                verdicts.set(i, Verdict.SHORT);
            }
        }
    }

    /** A row of three cells or more, no more than one of which holds a link. */
    private static boolean isLinkedNameRow(Element row) {
        if (!row.normalName().equals("tr") || row.childrenSize() < MIN_DATA_CELLS) return false;
        int linked = 0;
        for (Element cell : row.children()) {
            if (!cell.getElementsByTag("a").isEmpty()) linked++;
        }
        return linked <= 1;
    }
}
