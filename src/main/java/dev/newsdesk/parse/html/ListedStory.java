package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.meta.Words;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * An item of a list of other stories: a short list item that holds a story's headline as a link, or one of a list
 * whose items each link a story and print a date (the latest posts, a news ticker, an archive). Its date is that
 * story's, not the article's; the article's own meta line may be a list of its dates (published, updated), which
 * link no story. What each list is, is worked out once per page.
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
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    /** A link's text of this many words is a story's headline, not an author's name or a section's. */
    private static final int HEADLINE_WORDS = 3;

    private final Map<Element, Boolean> datedLists = new HashMap<>();
    /** Each element asked about once a page: every text node with a digit asks about its four nearest ancestors. */
    private final Map<Element, Boolean> cards = new HashMap<>();
    /** Each list item judged once a page: each of its text nodes with a digit asks again, and its text is long. */
    private final Map<Element, Boolean> items = new HashMap<>();

    /** True when {@code e} is inside such an item, or a card of such a list set as elements of one name. */
    boolean around(Element e) {
        for (int up = 0; e != null && up < MAX_DEPTH; up++, e = e.parent()) {
            if (e.normalName().equals("li")) return items.computeIfAbsent(e, this::isStoryItem);
            if (card(e)) return true;
        }
        return false;
    }

    /** A short list item that links a story's headline, or one of a dated list of stories. */
    private boolean isStoryItem(Element li) {
        return li.text().length() <= MAX_ITEM && (li.selectFirst(HEADLINE_LINK) != null || dated(li.parent()));
    }

    /**
     * A short element that holds a story's headline as a link, beside another of its tag and class that does too:
     * a list of stories' cards. A post's own header, alone of its kind, is none.
     */
    private boolean card(Element e) {
        return cards.computeIfAbsent(e, ListedStory::isCard);
    }

    private static boolean isCard(Element e) {
        // the sibling test first: it reads no subtree, and most elements have no twin beside them
        Element before = e.previousElementSibling();
        Element after = e.nextElementSibling();
        boolean twinBefore = twins(before, e);
        boolean twinAfter = twins(after, e);
        if (!twinBefore && !twinAfter) return false;
        // the headline link before the text: most twins (unnamed divs side by side) link none, and may be large
        if (e.selectFirst(HEADLINE_LINK) == null || e.text().length() > MAX_ITEM) return false;
        return twinBefore && before.selectFirst(HEADLINE_LINK) != null
                || twinAfter && after.selectFirst(HEADLINE_LINK) != null;
    }

    private static boolean twins(Element sibling, Element e) {
        return sibling != null && sibling.normalName().equals(e.normalName())
                && sibling.className().equals(e.className());
    }

    /** Whether at least two of {@code list}'s items are short, link a story and print a date. */
    private boolean dated(Element list) {
        if (list == null) return false;
        return datedLists.computeIfAbsent(list, l -> {
            int dated = 0;
            int read = 0;
            for (Element item : l.children()) {
                if (!item.normalName().equals("li")) continue;
                String text = item.text();
                boolean hasDate = Dates.findPrinted(text) != null || item.selectFirst(DATETIME) != null;
                if (text.length() <= MAX_ITEM && hasDate && linksStory(item) && ++dated == 2) return true;
                if (++read == MAX_ITEMS) break;
            }
            return false;
        });
    }

    private static boolean linksStory(Element item) {
        for (Element a : item.select(LINK)) if (Words.count(a.text()) >= HEADLINE_WORDS) return true;
        return false;
    }
}
