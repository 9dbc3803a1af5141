package dev.newsdesk.parse.html;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A link to the post's own comments ({@code href="…#comments"}, "#respond", "#disqus_thread"), which an author line
 * sets beside the name ("Jane Doe · 12 comments", "留言(42)"): its text is no name.
 */
final class CommentsLink {

    /** Parsed once: the links whose address has a fragment, the only ones that may lead to the comments. */
    private static final Evaluator FRAGMENT_LINK = QueryParser.parse("a[href*=#]");

    private CommentsLink() {
    }

    static boolean is(Element e) {
        if (e == null || !e.normalName().equals("a")) return false;
        String href = e.attr("href");
        int fragment = href.indexOf('#');
        if (fragment < 0) return false;
        String target = href.substring(fragment + 1).toLowerCase(Locale.ROOT);
        return target.startsWith("comment") || target.startsWith("respond") || target.startsWith("disqus");
    }

    /** The text of {@code box} without that of the comments links in it. */
    static String textWithout(Element box) {
        if (box.selectFirst(FRAGMENT_LINK) == null) return box.text();
        Element copy = box.clone();
        for (Element a : copy.select(FRAGMENT_LINK)) if (is(a)) a.remove();
        return copy.text();
    }
}
