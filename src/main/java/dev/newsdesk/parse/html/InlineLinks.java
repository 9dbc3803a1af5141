package dev.newsdesk.parse.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Whether an element's links stand inside its sentences, words on both sides of each ("we spoke to <a>the
 * trainer</a> about it"), as a standfirst cites a source; a teaser for another article links from its title, its
 * whole text or a "read more" at its end.
 */
final class InlineLinks {

    /** How many inline wrappers ({@code <strong>}, {@code <span>}) around a link are looked through for its words. */
    private static final int WRAPPER_LEVELS = 2;

    private InlineLinks() {
    }

    /** True when {@code e} holds a link and every link in it has words before and after it in its paragraph. */
    static boolean allWithinSentences(Element e) {
        boolean any = false;
        for (Element a : e.getElementsByTag("a")) {
            if (!a.hasAttr("href")) continue;
            if (!hasWords(a, true) || !hasWords(a, false)) return false;
            any = true;
        }
        return any;
    }

    private static boolean hasWords(Element link, boolean after) {
        Node n = link;
        for (int level = 0; level <= WRAPPER_LEVELS && n != null; level++) {
            Node side = after ? n.nextSibling() : n.previousSibling();
            if (side != null) return side instanceof TextNode t ? !t.isBlank() : saysWords(side);
            if (!(n.parentNode() instanceof Element parent) || !parent.tag().isInline()) return false;
            n = parent;
        }
        return false;
    }

    private static boolean saysWords(Node n) {
        return n instanceof Element e && !e.nameIs("br") && !e.text().isBlank();
    }
}
