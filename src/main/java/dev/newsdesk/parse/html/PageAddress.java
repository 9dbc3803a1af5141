package dev.newsdesk.parse.html;

import dev.newsdesk.article.WebLinks;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Where a saved page was published, as far as the page itself says: its canonical address ({@code <link
 * rel=canonical>}, else {@code og:url}) and the base its relative URLs resolve on ({@code <base href>}, itself
 * resolved on the canonical address, else the canonical address). An uploaded file has no address of its own.
 * A head that names no address is looked past: text or a stray element in a page's head makes the parser move the
 * rest of the head's tags into the body, where they still say the same.
 *
 * @param canonical the canonical address (absolute http or https), or null
 * @param base      the base for relative URLs, or null when the page gives none (relative URLs are then dropped)
 * @param ownPath   the address the page names for itself as a path alone ("/politics/council-votes-123"), when it
 *                  names no absolute one, or null: enough to know its own links by
 */
record PageAddress(String canonical, String base, String ownPath) {

    private static final String CANONICAL = "canonical";

    static PageAddress of(Document doc) {
        Element[] found = new Element[3]; // the first canonical link, og:url and base
        firstOfEach(doc.head(), found);
        if (found[0] == null && found[1] == null && doc.body() != null) {
            // a head that names no address may have had its tags moved into the body (most pages skip this look)
            firstOfEach(doc.body(), found);
        }
        Element link = found[0];
        Element og = found[1];
        Element base = found[2]; // the standard reads the first one; so does jsoup's parser
        String canonical = link == null ? null : WebLinks.web(null, link.attr("href"));
        if (canonical == null && og != null) canonical = WebLinks.web(null, og.attr("content"));
        String baseUrl = base == null ? canonical : WebLinks.web(canonical, base.attr("href"));
        String named = link != null ? link.attr("href") : og != null ? og.attr("content") : "";
        String ownPath = canonical == null ? rootPath(named.trim()) : null;
        return new PageAddress(canonical, baseUrl != null ? baseUrl : canonical, ownPath);
    }

    /** {@code href} when it is a path from the site's root ("/a/b", not "//host/a" nor "a/b"), else null. */
    private static String rootPath(String href) {
        return href.length() > 1 && href.charAt(0) == '/' && href.charAt(1) != '/' ? href : null;
    }

    private static final Evaluator AMP = QueryParser.parse("link[rel~=(?i)^amphtml$][href]");

    /**
     * The address of the page's AMP version ({@code <link rel=amphtml>}), absolute, or null: the same article's, so
     * the day in its path is the article's when the page names no canonical address.
     */
    static String amp(Document doc) {
        Element link = doc.head().selectFirst(AMP);
        return link == null ? null : WebLinks.web(null, link.attr("href"));
    }

    /**
     * Fills the empty places of {@code found} with the first canonical link, og:url and base under {@code root}: a
     * plain walk that looks at three tag names, as the selector {@code link[rel~=(?i)^canonical$][href],
     * meta[property=og:url][content], base[href]} finds them (asking it cost a regex on each stylesheet's rel, ~1.5%
     * of a median page).
     */
    private static void firstOfEach(Element root, Element[] found) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) take(e, found);
                return found[0] != null && found[1] != null && found[2] != null ? FilterResult.STOP
                        : FilterResult.CONTINUE;
            }
        }, root);
    }

    private static void take(Element e, Element[] found) {
        switch (e.normalName()) {
            case "link" -> {
                if (found[0] == null && e.hasAttr("href") && isCanonical(e.attr("rel"))) found[0] = e;
            }
            case "meta" -> {
                if (found[1] == null && e.hasAttr("content") && e.attr("property").equalsIgnoreCase("og:url")) found[1] = e;
            }
            case "base" -> {
                if (found[2] == null && e.hasAttr("href")) found[2] = e;
            }
            default -> { }
        }
    }

    /** A rel of the one word "canonical" in any case, no space around it (what {@code rel~=(?i)^canonical$} matched). */
    private static boolean isCanonical(String rel) {
        return rel.length() == CANONICAL.length() && rel.toLowerCase(Locale.ROOT).equals(CANONICAL);
    }
}
