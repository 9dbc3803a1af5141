package dev.newsdesk.parse.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * An {@code <h1>} that is the site's logo, not the article's headline: it holds no text, or only a link to the site's
 * home page ({@code <h1><a href="/">Site</a></h1>}), as many templates set the site's name in their header, and the
 * article's headline is a later {@code <h1>}. On a page with no other, the logo stands over the article (a blog's
 * name over its one post).
 */
final class SiteLogo {

    private static final Evaluator LINK = QueryParser.parse("a[href]");
    /** The address of a home page: the root of a site, with or without its host, maybe its index file. */
    private static final Pattern HOME = Pattern.compile("(?:(?:https?:)?//[^/?#]+)?/?(?:index\\.\\w{3,5})?",
            Pattern.CASE_INSENSITIVE);

    private SiteLogo() {
    }

    /**
     * Whether {@code h1}, under {@code root}, is the site's logo over a later headline. The elements after it are
     * stepped through in document order up to the first such headline: those before it cannot be one.
     */
    static boolean overHeadline(Element h1, Element root) {
        if (!is(h1)) return false;
        for (Element e = DocumentOrder.next(h1, root); e != null; e = DocumentOrder.next(e, root)) {
            if (e.normalName().equals("h1") && !is(e)) return true;
        }
        return false;
    }

    /** Whether {@code h1} is set as a logo: no text, or all of it in one link to the home page. */
    private static boolean is(Element h1) {
        return h1.text().isBlank() || linksHome(h1);
    }

    /**
     * Whether all of {@code e}'s text, some, is one link to the site's home page: the site's name in its header, even
     * where the template marks it as the author ({@code <h1 class="vcard author"><a href="/">Site</a></h1>}).
     */
    static boolean linksHome(Element e) {
        String text = e.text();
        if (text.isBlank()) return false;
        Element link = e.selectFirst(LINK);
        return link != null && link.text().equals(text) && HOME.matcher(link.attr("href").strip()).matches();
    }
}
