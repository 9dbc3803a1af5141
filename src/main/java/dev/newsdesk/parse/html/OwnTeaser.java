package dev.newsdesk.parse.html;

import dev.newsdesk.article.WebLinks;
import dev.newsdesk.parse.extract.Dates;
import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The date of the page's own teaser: a list of the latest posts, a related-stories box or a section's index on the
 * page links to the page itself, its headline with the day beside it, as the list prints every story's. Read last,
 * when the page dates its article nowhere else (a blog that prints the date only in its "recent posts" widget).
 * Only a teaser that is the page's alone counts: the nearest few wrappers of the link, short, linking nowhere else.
 */
final class OwnTeaser {

    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator CURRENT_PAGE = QueryParser.parse("a[href][aria-current=page]");
    /** Wrappers above the link that may hold its date: the link itself, its list item, the item's box. */
    private static final int LEVELS = 3;
    /** A teaser's text fits in this: a headline, a line of summary, the date. */
    private static final int MAX_TEASER_CHARS = 400;
    /** A date's own text node is short: a longer one is a summary whose date is its subject's. */
    private static final int MAX_DATE_CHARS = 60;

    /**
     * Where a page that names itself by a path alone is put for matching its links: links written the same way (from
     * the root) resolve to the same stand-in address; absolute ones, whose host the page never named, match nothing.
     */
    private static final String STAND_IN_ORIGIN = "http://page.invalid/";

    private OwnTeaser() {
    }

    /**
     * The date beside a link to {@code canonical} (with none, to {@code ownPath}, the path the page names as its
     * address, else to the link marked as the page read) in {@code body} (links resolved on {@code base}), or null.
     */
    static String published(Element body, String canonical, String ownPath, String base) {
        if (canonical == null && ownPath != null) {
            if (base == null) base = STAND_IN_ORIGIN;
            canonical = WebLinks.web(base, ownPath);
        }
        String own = key(canonical != null || body == null ? canonical : currentPage(body, base));
        // a home page's own links are its logo's and its menu's, beside the day it was served
        if (body == null || own == null || own.indexOf('/') < 0) return null;
        for (Element link : body.select(LINKS)) {
            if (link.attr("href").indexOf('#') >= 0 || !own.equals(key(WebLinks.web(base, link.attr("href"))))) {
                continue; // an anchor in the page (its comments) is no teaser
            }
            String date = teaserDate(link, own, base);
            if (date != null) return date;
        }
        return null;
    }

    /**
     * The address of the first link marked as the page being read ({@code aria-current="page"}, as a list of the
     * latest posts marks the post shown), or null: the page's own address when it names no canonical one.
     */
    private static String currentPage(Element body, String base) {
        Element link = body.selectFirst(CURRENT_PAGE);
        return link == null ? null : WebLinks.web(base, link.attr("href"));
    }

    /**
     * The date of the nearest wrapper of {@code link} (of its headline, when it is one's) that holds one, while it is
     * the page's teaser alone.
     */
    private static String teaserDate(Element link, String own, String base) {
        Element up = link;
        for (Element a = link.parent(); a != null && a.parent() != null && up == link; a = a.parent()) {
            if (BlockWalker.HEADINGS.contains(a.normalName())) up = a; // a headline's own dates are its subject's
        }
        for (int level = 0; level < LEVELS && up != null && up.parent() != null; level++, up = up.parent()) {
            if (up.text().length() > MAX_TEASER_CHARS || linksElsewhere(up, own, base)) return null;
            String date = dateLine(up);
            if (date != null) return date;
        }
        return null;
    }

    private static boolean linksElsewhere(Element teaser, String own, String base) {
        for (Element a : teaser.select(LINKS)) {
            String target = key(WebLinks.web(base, a.attr("href")));
            if (target != null && !target.equals(own)) return true;
        }
        return false;
    }

    /** The first short line of {@code teaser} that is a date, headlines left out (their dates are their subjects'). */
    private static String dateLine(Element teaser) {
        String[] found = new String[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && BlockWalker.HEADINGS.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && t.text().length() <= MAX_DATE_CHARS) {
                    found[0] = Dates.findPrinted(t.text());
                    if (found[0] != null) return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, teaser);
        return found[0];
    }

    /**
     * What names one page in an address, whatever way a link writes it: the host without "www." and the path
     * without its trailing slash, with the query; null for no address.
     */
    private static String key(String url) {
        if (url == null) return null;
        try {
            URI uri = new URI(url);
            String host = uri.getHost();
            if (host == null) return null;
            host = host.toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) host = host.substring(4);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (path.endsWith("/")) path = path.substring(0, path.length() - 1);
            return host + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
