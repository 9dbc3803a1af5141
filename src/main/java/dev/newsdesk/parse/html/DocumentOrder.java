package dev.newsdesk.parse.html;

import org.jsoup.nodes.Element;

/** A subtree's elements stepped through in document order, element to element: its text nodes are never visited. */
final class DocumentOrder {

    private DocumentOrder() {
    }

    /**
     * The element after {@code e} in document order inside {@code root}: its first child, else the next sibling of it
     * or of its nearest ancestor below {@code root} that has one; null after the last.
     */
    static Element next(Element e, Element root) {
        Element child = e.firstElementChild();
        if (child != null) return child;
        for (Element at = e; at != null && at != root; at = at.parent()) {
            Element sibling = at.nextElementSibling();
            if (sibling != null) return sibling;
        }
        return null;
    }
}
