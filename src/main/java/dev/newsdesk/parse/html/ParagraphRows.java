package dev.newsdesk.parse.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Stories laid out one paragraph per grid row: each {@code <p>} sits in a wrapper of its own (a row holding a column
 * holding the paragraph) and the rows stand side by side under the story's element, between figures and quotes. Read
 * readability's way, each paragraph votes for its own wrappers and reaches the story's element only two or three
 * levels up, much damped, so a box holding a few paragraphs' worth of text in one element outscores a long story.
 * Such rows are the story's paragraphs: their element takes the paragraphs' votes as their parent would.
 */
final class ParagraphRows {

    /** Rows a parent needs to be a story laid out a paragraph per row, not a box with a wrapped line or two. */
    private static final int MIN_ROWS = 4;
    /** What a row's paragraph needs to count: a sentence or two. */
    private static final int MIN_ROW_CHARS = 80;
    /** How deep a row may wrap its paragraph: a row, a column, a cell. */
    private static final int MAX_DEPTH = 3;

    private final Map<Element, Boolean> rowParents = new IdentityHashMap<>();

    /**
     * The element a paragraph's votes start from: the parent of its rows when it sits in one of
     * {@link #MIN_ROWS} or more sibling wrappers that each hold one paragraph and nothing else, else its parent.
     */
    Element voter(Element paragraph) {
        Element parent = paragraph.parent();
        Element row = paragraph;
        for (int depth = 0; depth < MAX_DEPTH && row.parent() != null && holdsOnly(row.parent(), row); depth++) {
            row = row.parent();
        }
        if (row == paragraph || row.parent() == null) return parent;
        Element rows = row.parent();
        return rowParents.computeIfAbsent(rows, ParagraphRows::holdsRows) ? rows : parent;
    }

    private static boolean holdsRows(Element parent) {
        int n = 0;
        for (Element child : parent.children()) {
            if (wrapsOneParagraph(child) && ++n >= MIN_ROWS) return true;
        }
        return false;
    }

    /** A wrapper (or a few nested) around one paragraph of a few sentences and nothing else. */
    private static boolean wrapsOneParagraph(Element e) {
        Element inner = e;
        for (int depth = 0; depth < MAX_DEPTH && inner.childrenSize() == 1 && blank(inner); depth++) {
            inner = inner.child(0);
        }
        return inner != e && inner.normalName().equals("p") && inner.text().length() >= MIN_ROW_CHARS;
    }

    private static boolean holdsOnly(Element parent, Element child) {
        return parent.childrenSize() == 1 && parent.child(0) == child && blank(parent);
    }

    private static boolean blank(Element e) {
        for (TextNode t : e.textNodes()) if (!t.isBlank()) return false;
        return true;
    }
}
