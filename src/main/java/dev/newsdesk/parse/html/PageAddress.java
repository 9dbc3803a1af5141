package dev.newsdesk.parse.html;

import dev.newsdesk.article.WebLinks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
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
 */
record PageAddress(String canonical, String base) {

    private static final String CANONICAL_QUERY = "link[rel~=(?i)^canonical$][href]";
    private static final String OG_URL_QUERY = "meta[property=og:url][content]";
    private static final String BASE_QUERY = "base[href]";
    private static final Evaluator CANONICAL = QueryParser.parse(CANONICAL_QUERY);
    private static final Evaluator OG_URL = QueryParser.parse(OG_URL_QUERY);
    private static final Evaluator BASE = QueryParser.parse(BASE_QUERY);
    /** The three at once: the head, and the body when need be, are walked once for them, not once for each. */
    private static final Evaluator ANY = QueryParser.parse(CANONICAL_QUERY + ", " + OG_URL_QUERY + ", " + BASE_QUERY);

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
        return new PageAddress(canonical, baseUrl != null ? baseUrl : canonical);
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

    /** Fills the empty places of {@code found} with the first canonical link, og:url and base under {@code root}. */
    private static void firstOfEach(Element root, Element[] found) {
        for (Element e : root.select(ANY)) {
            if (found[0] == null && e.is(CANONICAL)) found[0] = e;
            else if (found[1] == null && e.is(OG_URL)) found[1] = e;
            else if (found[2] == null && e.is(BASE)) found[2] = e;
        }
    }
}
