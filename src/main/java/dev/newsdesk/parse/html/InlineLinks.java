package dev.newsdesk.parse.html;

import dev.newsdesk.parse.meta.Words;
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

    /**
     * True when {@code link} stands between words of its sentence, letters on both sides ("the chief executive,
     * <a>her name</a>, and"): the writer's link, whatever its class says; a link set apart by punctuation alone ("|",
     * ", ") is one of a row of links (tags, share buttons).
     */
    static boolean withinSentence(Element link) {
        return hasWords(link, true, true) && hasWords(link, false, true);
    }

    private static boolean hasWords(Element link, boolean after) {
        return hasWords(link, after, false);
    }

    /**
     * Whether the text beside {@code link} on that side says something: any text, or with {@code letters} a word of
     * text or of an inline element past any links beside it (not a block).
     */
    private static boolean hasWords(Element link, boolean after, boolean letters) {
        Node n = link;
        for (int level = 0; level <= WRAPPER_LEVELS && n != null; level++) {
            Node side = after ? n.nextSibling() : n.previousSibling();
            // links side by side are judged by what stands past them: a row of buttons ends on nothing or
            // punctuation, where a sentence of a script without spaces ("据<a>张三</a><a>李四</a>介绍") goes on
            while (letters && side instanceof Element e && e.nameIs("a")) {
                side = after ? e.nextSibling() : e.previousSibling();
            }
            if (side != null) {
                if (side instanceof TextNode t) return letters ? Words.hasLetter(t.getWholeText()) : !t.isBlank();
                // a block beside it (a paragraph) is no word of the link's own sentence
                if (letters) return side instanceof Element e && e.tag().isInline() && Words.hasLetter(e.text());
                return saysWords(side);
            }
            if (!(n.parentNode() instanceof Element parent) || !parent.tag().isInline()) return false;
            n = parent;
        }
        return false;
    }

    private static boolean saysWords(Node n) {
        return n instanceof Element e && !e.nameIs("br") && !e.text().isBlank();
    }
}
