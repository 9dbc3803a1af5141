package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Dates;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * An item of a list of other stories: a short list item that holds a story's headline as a link, or one of a list
 * whose items are dated (the latest posts, a news ticker, an archive). Its date is that story's, not the article's.
 * What each list is, is worked out once per page.
 */
final class ListedStory {

    /** How far up from an element its list item is looked for. */
    private static final int MAX_DEPTH = 4;
    /** A longer item is a post of its own (a blog's front page lists whole posts), no teaser. */
    private static final int MAX_ITEM = 300;
    /** Items of a list read to tell whether it is dated: a menu may have hundreds. */
    private static final int MAX_ITEMS = 12;
    private static final Evaluator HEADLINE_LINK = QueryParser.parse("a[href] :is(h2, h3, h4, h5, h6), "
            + ":is(h2, h3, h4, h5, h6) a[href]");

    private static final Evaluator DATETIME = QueryParser.parse("time[datetime]");

    private final Map<Element, Boolean> datedLists = new HashMap<>();

    /** True when {@code e} is inside such an item. */
    boolean around(Element e) {
        for (int up = 0; e != null && up < MAX_DEPTH; up++, e = e.parent()) {
            if (e.normalName().equals("li")) {
                return e.text().length() <= MAX_ITEM && (e.selectFirst(HEADLINE_LINK) != null || dated(e.parent()));
            }
        }
        return false;
    }

    /** Whether at least two of {@code list}'s items are short and print a date. */
    private boolean dated(Element list) {
        if (list == null) return false;
        return datedLists.computeIfAbsent(list, l -> {
            int dated = 0;
            int read = 0;
            for (Element item : l.children()) {
                if (!item.normalName().equals("li")) continue;
                String text = item.text();
                boolean hasDate = Dates.findPrinted(text) != null || item.selectFirst(DATETIME) != null;
                if (text.length() <= MAX_ITEM && hasDate && ++dated == 2) return true;
                if (++read == MAX_ITEMS) break;
            }
            return false;
        });
    }
}
