package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A line in a data table's cell read as the end of the article: a table of problems and their causes lists
 * "Replies take weeks", and a short line naming replies or comments heads a comment thread anywhere else. A thread's
 * heading is never one cell of a row beside another cell's text, in a table of two such rows or more; the article
 * was cut at the table's second row. Such a line is a short line of the article. A page laid out as a table keeps
 * its end: the story and its comments' heading stand in one long cell, or the heading in a row of its own.
 */
final class DataCellLines {

    /** Parsed once: asked of each block that would end the article. */
    private static final Evaluator CELL = QueryParser.parse("td, th");

    /** Cells with text a row needs to be data (a name and its value), and rows of them the table needs. */
    private static final int MIN_CELLS = 2;
    private static final int MIN_ROWS = 2;

    private DataCellLines() {
    }

    /** Sets, in {@code verdicts} (parallel to {@code blocks}), each end found in a data table's cell to short. */
    static void keepGoing(List<Verdict> verdicts, List<HtmlBlock> blocks) {
        for (int i = 0; i < verdicts.size(); i++) {
            if (verdicts.get(i) == Verdict.END && inDataRow(blocks.get(i).owner())) verdicts.set(i, Verdict.SHORT);
        }
    }

    /**
     * Whether {@code owner} is a data row, or stands in a short cell of one, of a table of such rows (a layout
     * table's cell holds a column of the page, far longer than a line).
     */
    private static boolean inDataRow(Element owner) {
        Element cell = owner.closest(CELL);
        Element row = owner.nameIs("tr") ? owner : rowOfCell(cell);
        if (row == null || !isDataRow(row)) return false;
        if (cell != null && cell.text().length() > Boilerplate.MAX_CHROME_CHARS) return false;
        Element table = row.closest(Selectors.TABLE);
        if (table == null) return false;
        int rows = 0;
        for (Element r : table.select(Selectors.ROW)) {
            if (r.closest(Selectors.TABLE) == table && isDataRow(r) && ++rows >= MIN_ROWS) return true;
        }
        return false;
    }

    private static Element rowOfCell(Element cell) {
        return cell == null || cell.parent() == null || !cell.parent().nameIs("tr") ? null : cell.parent();
    }

    /** A row of {@link #MIN_CELLS} cells or more that hold text, and no table of their own. */
    private static boolean isDataRow(Element row) {
        int withText = 0;
        for (Element cell : row.children()) {
            if (!cell.getElementsByTag("table").isEmpty()) return false;
            if (cell.hasText()) withText++;
        }
        return withText >= MIN_CELLS;
    }
}
