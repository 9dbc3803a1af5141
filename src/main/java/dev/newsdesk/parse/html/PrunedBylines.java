package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The author names in the byline boxes the block walk prunes as chrome: "Par Marie Martin", "Jane Doe" in an element
 * named "author" or "byline". They are a page's last resort for its authors, so the boxes are only kept during the
 * walk and read when the authors are asked for (most pages name theirs elsewhere), once.
 */
final class PrunedBylines {

    /** A box's text longer than this is a biography or a teaser, not a byline. */
    private static final int MAX_CHARS = 120;

    /** The pruned boxes whose names say byline, in document order. */
    private final List<Element> boxes = new ArrayList<>();
    private List<String> authors;

    /** Keeps {@code e}, an element pruned as chrome, when its {@code names} (class and id) say byline. */
    void add(Element e, String names) {
        String lower = names.toLowerCase(Locale.ROOT);
        if (lower.contains("author") || lower.contains("byline")) boxes.add(e);
    }

    /**
     * The authors named by the first box that names any (in a teaser, a box names another story's; a box that only
     * links to the home page names the site), or none.
     */
    List<String> authors() {
        if (authors == null) authors = read();
        return authors;
    }

    private List<String> read() {
        List<String> found = new ArrayList<>();
        for (Element box : boxes) {
            if (Teaser.around(box) || SiteLogo.linksHome(box)) continue;
            String text = Words.squash(CommentsLink.textWithout(box));
            if (text.isEmpty() || text.length() > MAX_CHARS) continue;
            List<String> names = Bylines.authors(text);
            if (names == null) names = Bylines.authors("By " + text);
            if (names != null) {
                found.addAll(names);
                if (!found.isEmpty()) break;
            }
        }
        return found;
    }
}
