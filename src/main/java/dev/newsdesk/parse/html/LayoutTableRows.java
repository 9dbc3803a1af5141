package dev.newsdesk.parse.html;

import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A page laid out as a table, its article cut into sections that each fill one cell of a row of their own (spacer
 * and picture rows between them). The winner is one section's cell, and its siblings are the row's empty spacer
 * cells, so the article kept one section. Cells of the table's other rows that start in the winner's column and
 * hold a few sentences of prose are the article's other sections; a sidebar or a menu stands in a column of its own.
 */
final class LayoutTableRows {

    /** How far above the winner its cell may be: the cell itself, or a box or two inside it. */
    private static final int MAX_LEVELS = 2;

    private LayoutTableRows() {
    }

    /** Adds to {@code roots} the cells in {@code top}'s column of the other rows that score at least minScore. */
    static void add(Set<Element> roots, Element top, Map<Element, Double> finals, double minScore) {
        Element cell = cellOf(top);
        if (cell == null || cell.parent() == null || cell.parent().parent() == null) return;
        Element row = cell.parent();
        int column = column(cell);
        for (Element other : row.parent().children()) {
            if (other == row || !other.normalName().equals("tr")) continue;
            Element same = cellAt(other, column);
            if (same == null) continue;
            Double score = finals.get(same);
            if (score != null && score >= minScore && !ArticlePlace.overlaps(same, roots)) roots.add(same);
        }
    }

    /** {@code top}'s table cell when it is one or stands a few levels inside one, else null. */
    private static Element cellOf(Element top) {
        Element e = top;
        for (int level = 0; e != null && level <= MAX_LEVELS; level++, e = e.parent()) {
            if (e.normalName().equals("td")) return e;
        }
        return null;
    }

    /** The cell of {@code row} that starts at {@code column}, counting spanned columns, or null. */
    private static Element cellAt(Element row, int column) {
        int at = 0;
        for (Element c : row.children()) {
            if (at == column) return c.normalName().equals("td") ? c : null;
            at += span(c);
            if (at > column) return null;
        }
        return null;
    }

    /** The column a cell starts at, counting the spans of the cells before it. */
    private static int column(Element cell) {
        int at = 0;
        for (Element c = cell.previousElementSibling(); c != null; c = c.previousElementSibling()) at += span(c);
        return at;
    }

    private static int span(Element cell) {
        String s = cell.attr("colspan").trim();
        try {
            return s.isEmpty() ? 1 : Math.max(1, Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
