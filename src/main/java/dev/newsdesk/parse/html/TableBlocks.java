package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import dev.newsdesk.parse.extract.RegionCleaner;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A data table of the article (results, a timetable, prices) as one table block of rows and cells, not a paragraph
 * a row whose cells run into each other. Only what reads the same either way becomes a table: two rows or more of
 * one table, next to each other in the article, each of two cells or more, each row's text its cells' in order.
 * Cells are plain text: a table with a link in a row the article keeps stays a paragraph a row, links and all.
 */
final class TableBlocks {

    private static final int MIN_ROWS = 2;
    private static final int MIN_CELLS = 2;

    private TableBlocks() {
    }

    /** {@code sorted} with each run of a data table's rows made one table; {@code chosen} gives each origin's block. */
    static RegionCleaner.Sorted grouped(RegionCleaner.Sorted sorted, List<HtmlBlock> chosen) {
        List<Block> blocks = sorted.blocks();
        List<Block> out = null;
        List<Integer> origins = null;
        for (int k = 0; k < blocks.size(); ) {
            Element table = tableOf(blocks.get(k), chosen.get(sorted.origins().get(k)).owner());
            int end = k + 1;
            while (table != null && end < blocks.size()
                    && tableOf(blocks.get(end), chosen.get(sorted.origins().get(end)).owner()) == table) {
                end++;
            }
            if (table != null && end - k >= MIN_ROWS && !linked(blocks.subList(k, end))) {
                if (out == null) {
                    out = new ArrayList<>(blocks.subList(0, k));
                    origins = new ArrayList<>(sorted.origins().subList(0, k));
                }
                out.add(table(chosen, sorted.origins().subList(k, end)));
                origins.add(sorted.origins().get(k));
            } else if (out != null) {
                out.addAll(blocks.subList(k, end));
                origins.addAll(sorted.origins().subList(k, end));
            }
            k = end;
        }
        return out == null ? sorted
                : new RegionCleaner.Sorted(out, origins, sorted.related(), sorted.authors(), sorted.publishedAt());
    }

    /** The table whose row {@code block} is, when its text is the row's cells in order; else null. */
    private static Element tableOf(Block block, Element owner) {
        if (block.type() != Block.Type.PARAGRAPH || !owner.nameIs("tr")) return null;
        List<Element> cells = cells(owner);
        if (cells.size() < MIN_CELLS) return null;
        StringBuilder text = new StringBuilder();
        for (Element cell : cells) {
            String t = cell.text();
            if (t.isEmpty()) continue;
            if (!text.isEmpty()) text.append(' ');
            text.append(t);
        }
        if (!text.toString().equals(block.text())) return null;
        return owner.closest(Selectors.TABLE);
    }

    /** Whether one of {@code rows} keeps a link, which a table's plain cells would lose. */
    private static boolean linked(List<Block> rows) {
        for (Block row : rows) if (row.markup() != null && row.markup().contains("<a ")) return true;
        return false;
    }

    private static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element e : row.children()) if (e.nameIs("td") || e.nameIs("th")) cells.add(e);
        return cells;
    }

    /** The rows (their {@code tr} elements) at {@code rowOrigins} as a table. */
    private static Block table(List<HtmlBlock> chosen, List<Integer> rowOrigins) {
        List<Element> rows = new ArrayList<>(rowOrigins.size());
        for (int origin : rowOrigins) rows.add(chosen.get(origin).owner());
        return table(rows);
    }

    /**
     * {@code table} (an editor's, in a snippet of HTML) as a table block when it is one of data: two rows or more of
     * two cells or more, no cell holding a block of its own (a layout's column); else null.
     */
    static Block of(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element row : table.select(Selectors.ROW)) {
            if (row.closest(Selectors.TABLE) != table) return null; // a table inside a cell: a layout
            if (cells(row).size() < MIN_CELLS) return null;
            for (Element cell : cells(row)) {
                for (Element inside : cell.getAllElements()) {
                    if (inside != cell && HtmlSnippet.breaksLine(inside.normalName())) return null;
                }
            }
            if (!texts(row).stream().allMatch(String::isEmpty)) rows.add(row);
        }
        return rows.size() < MIN_ROWS ? null : table(rows);
    }

    /**
     * {@code tr} elements as a table, a footer's rows last, where browsers show them; a footer that only repeats the
     * column names (under a long table) is left out. A first row in a thead, or of header cells or bold text alone,
     * names the columns.
     */
    private static Block table(List<Element> inOrder) {
        List<Element> rows = new ArrayList<>(inOrder.size());
        List<Element> footer = new ArrayList<>();
        for (Element row : inOrder) (row.parent() != null && row.parent().nameIs("tfoot") ? footer : rows).add(row);
        if (rows.isEmpty()) rows.add(footer.remove(0));
        List<List<String>> cells = new ArrayList<>(rows.size() + footer.size());
        for (Element row : rows) cells.add(texts(row));
        Element first = rows.get(0);
        boolean header = first.parent() != null && first.parent().nameIs("thead")
                || cells(first).stream().allMatch(TableBlocks::headsColumn);
        for (Element row : footer) {
            List<String> texts = texts(row);
            if (!header || !texts.equals(cells.get(0))) cells.add(texts);
        }
        return Block.table(cells, header);
    }

    private static List<String> texts(Element row) {
        return cells(row).stream().map(Element::text).toList();
    }

    /** A header cell, or a cell whose text is all bold (a header typed as data). */
    private static boolean headsColumn(Element cell) {
        if (cell.nameIs("th")) return true;
        Element bold = cell.childrenSize() == 1 ? cell.child(0) : null;
        return bold != null && (bold.nameIs("strong") || bold.nameIs("b")) && bold.text().equals(cell.text())
                && !cell.text().isEmpty();
    }
}
