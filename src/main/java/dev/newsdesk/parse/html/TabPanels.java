package dev.newsdesk.parse.html;

import org.jsoup.nodes.Element;

/**
 * An article that sets part of its text in an accordion or tabs: each panel ({@code role="tabpanel"}) sits in an item
 * of the list of tabs ({@code role="tablist"}), two or three wrappers below the article's element. Read readability's
 * way, a panel's text votes for its panel and reaches the article only much damped, so one section of the article
 * outscores the whole. The panels are the article's paragraphs: their votes start from the element that holds the
 * tabs, as the paragraphs beside them vote for it.
 */
final class TabPanels {

    /** How far up from a panel its list of tabs is looked for: the panel's item, the list. */
    private static final int MAX_DEPTH = 3;

    private TabPanels() {
    }

    /**
     * The element a block's votes start from when {@code owner} (the block's element) is a tab panel or a paragraph
     * straight in one: the parent of the panel's list of tabs, or the panel's parent when no list holds it; else null.
     */
    static Element voter(Element owner) {
        Element panel = isPanel(owner) ? owner : owner.parent() != null && isPanel(owner.parent()) ? owner.parent()
                : null;
        if (panel == null) return null;
        Element e = panel.parent();
        for (int depth = 0; e != null && depth < MAX_DEPTH; depth++, e = e.parent()) {
            if (e.attr("role").equals("tablist")) return e.parent();
        }
        return panel.parent();
    }

    private static boolean isPanel(Element e) {
        return e.attributesSize() > 0 && e.attr("role").equals("tabpanel");
    }
}
