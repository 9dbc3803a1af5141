package dev.newsdesk.parse.html;

import dev.newsdesk.parse.meta.Words;
import org.jsoup.nodes.Element;

/**
 * The box a page's headline stands in, as the body of a story told only in short lines: a photo story whose text is
 * captions and labelled boxes ("Who lives here?" over "Anna"), none of them a paragraph the search for prose would
 * find, on a page that names no element for its body. The headline's nearest wrapper that holds a few sentences' worth
 * of words besides it is the story; a headline over a credit and a date has none, and a wrapper holding most of the
 * page is its layout (a site's name in the header, a blog's menus and categories around a post with no text).
 */
final class HeadlineBox {

    /** Words outside links, besides the headline's, that make a story: a few captions, not a credit and a date. */
    private static final int MIN_WORDS = 30;
    /** The share of the page's words above which a wrapper is the page's layout, not a story's box: most of it. */
    static final double MAX_PAGE_SHARE = 2 / 3.0;
    /** How far above the headline the story's box may stand: its own wrapper, or that wrapper's. */
    static final int REACH = 3;

    private HeadlineBox() {
    }

    /** The wrapper of {@code headline} (null if none) holding a story under it, or null; {@code body} is the page's. */
    static Element of(Element headline, Element body) {
        if (headline == null) return null;
        int own = Words.count(headline.text());
        Element a = headline.parent();
        for (int level = 1; a != null && level <= REACH && !ArticlePlace.isPageRoot(a); level++, a = a.parent()) {
            if (ShortArticle.ownWords(a) - own < MIN_WORDS) continue;
            return Words.count(a.text()) <= Words.count(body.text()) * MAX_PAGE_SHARE ? a : null;
        }
        return null;
    }
}
