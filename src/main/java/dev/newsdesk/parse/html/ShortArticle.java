package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import dev.newsdesk.parse.meta.Words;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The body of an article too short for the search for prose to find: a news item of a few lines, a gallery's
 * captions, a post of notes. An editor who uploads such a page expects its article; the page says where it is by
 * naming one element, and one only, for the article's body ({@code itemprop="articleBody"}, "entry-content",
 * "post-content"...). A list of posts names several (whose would it be?), a page of links has no text of its own:
 * both stay refused.
 */
final class ShortArticle {

    /** Fewer words outside links make no article: a credit, "Une photo.", a download link. */
    static final int MIN_WORDS = 10;
    /** Fewer lines are a credit and a dateline, what a page shows while a script renders its article. */
    static final int MIN_LINES = 3;

    private ShortArticle() {
    }

    /** The one element of {@code body} named for the article's body that holds text of its own, or null. */
    static Element of(Element body) {
        if (body == null) return null;
        Element found = null;
        for (Element e : body.getAllElements()) {
            if (!ClassHints.articleBody(e) || found != null && inside(e, found)) continue;
            if (found != null) return null;
            found = e;
        }
        return found != null && ownWords(found) >= MIN_WORDS ? found : null;
    }

    /** Whether the article read from that element ({@code blocks}) is one: enough lines and words. */
    static boolean enough(List<Block> blocks) {
        int lines = 0;
        int words = 0;
        for (Block b : blocks) {
            if (!b.isText()) continue;
            lines++;
            words += Words.count(b.text());
        }
        return lines >= MIN_LINES && words >= MIN_WORDS;
    }

    /** The words of {@code e}'s text outside its links. */
    static int ownWords(Element e) {
        int words = Words.count(e.text());
        for (Element a : e.select(Selectors.LINK)) words -= Words.count(a.text());
        return words;
    }

    private static boolean inside(Element e, Element ancestor) {
        for (Element a = e.parent(); a != null; a = a.parent()) if (a == ancestor) return true;
        return false;
    }
}
