package dev.newsdesk.parse.html;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A live blog's lead: the entries of a live blog are boxes named alike (the article's roots), newest first, and the
 * story they follow is told above them in a box the page names as its lead ("live-lead-entry", "liveblog-intro"),
 * several paragraphs long. Standing before the entries' container, not in it, it is none of the roots, and
 * {@link Standfirst} takes one block only: the box joins the roots whole.
 */
final class LiveBlogLead {

    /** How many entries make a live blog. */
    private static final int MIN_ENTRIES = 3;
    /** How far above the first entry the entries' container may stand (the entry, its text's box, their list). */
    private static final int CONTAINER_LEVELS = 3;
    /** How many boxes before the entries' container are looked at (its key events, a sign-up box between). */
    private static final int REACH = 3;
    /** A lead tells a story: two paragraphs at least. */
    private static final int MIN_PARAGRAPHS = 2;

    private LiveBlogLead() {
    }

    /** {@code roots} with the lead box before their entries' container, or {@code roots} when there is none. */
    static Set<Element> with(Set<Element> roots) {
        if (roots.size() < MIN_ENTRIES) return roots;
        Element first = roots.iterator().next();
        Element container = first.parent();
        for (int level = 1; container != null && level <= CONTAINER_LEVELS; level++, container = container.parent()) {
            if (ArticlePlace.holdsAll(container, roots)) break;
        }
        if (container == null || !ArticlePlace.holdsAll(container, roots)) return roots;
        int seen = 0;
        for (Element s = container.previousElementSibling(); s != null && seen < REACH;
                s = s.previousElementSibling(), seen++) {
            if (Standfirst.names(s) && s.getElementsByTag("p").size() >= MIN_PARAGRAPHS) {
                Set<Element> withLead = new LinkedHashSet<>();
                withLead.add(s);
                withLead.addAll(roots);
                return withLead;
            }
        }
        return roots;
    }
}
