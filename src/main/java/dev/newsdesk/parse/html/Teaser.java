package dev.newsdesk.parse.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** A teaser of another story: a link that holds that story's headline, and often its author's byline. */
final class Teaser {

    private static final Evaluator SUBHEADING = QueryParser.parse("h2, h3, h4, h5, h6");
    /** How far up from an element the teaser's link is looked for. */
    private static final int MAX_DEPTH = 6;

    private Teaser() {
    }

    /** True when {@code e} is inside a teaser: the nearest link around it holds a headline. */
    static boolean around(Element e) {
        for (int up = 0; e != null && up < MAX_DEPTH; up++, e = e.parent()) {
            if (e.normalName().equals("a")) return e.selectFirst(SUBHEADING) != null;
        }
        return false;
    }
}
