package dev.newsdesk.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A page that puts text or a tag before its {@code <html>} or inside its head (a server's warning, an archive's
 * wrapper element) opens its body there, by the HTML standard, so its head's {@code <title>}, meta tags and JSON-LD
 * land in the body. A browser still titles the page by that {@code <title>}, and the reader wants the meta tags too:
 * the run of head elements the body then starts with, up to the page's first content, is moved back into the head.
 */
final class DisplacedHead {

    /** What a head holds: a run of these in the body, with nothing shown between them, is a displaced head. */
    private static final Set<String> HEAD_TAGS = Set.of("title", "meta", "link", "base", "style", "script", "noscript");

    /** How far into the body a displaced head may start: a warning's few lines, a wrapper or two. */
    private static final int LEAD_NODES = 40;
    /** Elements whose {@code <title>} is their own, not the page's. */
    private static final Set<String> FOREIGN = Set.of("svg", "math");

    private DisplacedHead() {
    }

    /** Moves a displaced head's elements back into {@code doc}'s head when the head holds no {@code <title>}. */
    static void restore(Document doc) {
        Element head = doc.head();
        Element body = doc.body();
        if (body == null || hasTitle(head)) return; // nearly every page: its head holds its own title
        List<Element> run = displaced(body);
        if (run.stream().anyMatch(e -> e.normalName().equals("title"))) {
            for (Element e : run) head.appendChild(e);
        }
    }

    /** A head's title is one of its children: the parser puts it nowhere else. */
    private static boolean hasTitle(Element head) {
        for (Element e = head.firstElementChild(); e != null; e = e.nextElementSibling()) {
            if (e.normalName().equals("title")) return true;
        }
        return false;
    }

    /**
     * The head elements from the first one in {@code body} to the first element of another kind or the first text
     * that shows. The first must come within {@link #LEAD_NODES} nodes of the body's start: what stands before it is
     * the text that displaced the head, or wrappers around it. An SVG's titles are its own.
     */
    private static List<Element> displaced(Element body) {
        List<Element> run = new ArrayList<>();
        Node at = body.childNodeSize() > 0 ? body.childNode(0) : null;
        for (int lead = 0; at != null && (!run.isEmpty() || lead < LEAD_NODES); lead++) {
            if (at instanceof Element e && HEAD_TAGS.contains(e.normalName())) {
                run.add(e);
                at = following(e, body);
            } else if (run.isEmpty()) {
                boolean opens = at instanceof Element e && e.childNodeSize() > 0 && !FOREIGN.contains(e.normalName());
                at = opens ? at.childNode(0) : following(at, body);
            } else if (at instanceof Comment || at instanceof DataNode || at instanceof TextNode t && t.isBlank()) {
                at = following(at, body);
            } else {
                break;
            }
        }
        return run;
    }

    /** The node after {@code node} and its subtree in document order, inside {@code root}; null after the last. */
    private static Node following(Node node, Element root) {
        for (Node at = node; at != null && at != root; at = at.parent()) {
            Node sibling = at.nextSibling();
            if (sibling != null) return sibling;
        }
        return null;
    }
}
