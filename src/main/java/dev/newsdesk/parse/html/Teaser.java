package dev.newsdesk.parse.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A teaser of another story, often with its author's byline: a link that holds that story's headline, or a card of a
 * list of stories, an {@code <article>} whose headline links to its story, beside others of the same classes.
 */
final class Teaser {

    private static final Evaluator SUBHEADING = QueryParser.parse("h2, h3, h4, h5, h6");
    private static final Evaluator HEADING = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    /** How far up from an element the teaser's link is looked for. */
    private static final int MAX_DEPTH = 6;

    private Teaser() {
    }

    /**
     * True when {@code e} is inside a teaser: the nearest link around it holds a headline, or the nearest
     * {@code <article>} around it is a card of a list of stories.
     */
    static boolean around(Element e) {
        for (int up = 0; e != null && up < MAX_DEPTH; up++, e = e.parent()) {
            if (e.normalName().equals("a")) return e.selectFirst(SUBHEADING) != null;
            if (e.normalName().equals("article")) return isCard(e);
        }
        return false;
    }

    /**
     * An {@code <article>} without the page's headline ({@code h1}) whose headline is a link (its story is elsewhere;
     * a kicker may stand above it) and whose classes another {@code <article>} of the page shares: one of a list of
     * cards. The page's own article may link its headline to itself (a blog theme's permalink), but stands alone.
     */
    private static boolean isCard(Element article) {
        if (article.className().isBlank() || !linkedHeadline(article)) return false;
        for (Element other : article.ownerDocument().getElementsByTag("article")) {
            if (other != article && other.className().equals(article.className())) return true;
        }
        return false;
    }

    /** Whether one of the first two headings of {@code article} is all one link, and none is an {@code h1}. */
    private static boolean linkedHeadline(Element article) {
        // stepped through in document order, not collected: the page's own article answers at its h1, most often
        // its first heading
        boolean linked = false;
        int headings = 0;
        for (Element h = DocumentOrder.next(article, article); h != null; h = DocumentOrder.next(h, article)) {
            if (!HEADING.matches(article, h)) continue;
            if (h.normalName().equals("h1")) return false;
            if (!linked && headings++ < 2) {
                Element link = h.selectFirst(LINK);
                linked = link != null && link.text().length() == h.text().length();
            }
        }
        return linked;
    }
}
