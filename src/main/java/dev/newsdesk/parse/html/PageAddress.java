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
    /** The three at once: a body is walked once for them, not once for each. */
    private static final Evaluator ANY = QueryParser.parse(CANONICAL_QUERY + ", " + OG_URL_QUERY + ", " + BASE_QUERY);

    static PageAddress of(Document doc) {
        Element head = doc.head();
        Element link = head.selectFirst(CANONICAL);
        Element og = head.selectFirst(OG_URL);
        Element base = head.selectFirst(BASE); // the standard reads the first one; so does jsoup's parser
        if (link == null && og == null && doc.body() != null) {
            // a head that names no address may have had its tags moved into the body (most pages skip this look)
            for (Element e : doc.body().select(ANY)) {
                if (link == null && e.is(CANONICAL)) link = e;
                else if (og == null && e.is(OG_URL)) og = e;
                else if (base == null && e.is(BASE)) base = e;
            }
        }
        String canonical = link == null ? null : WebLinks.web(null, link.attr("href"));
        if (canonical == null && og != null) canonical = WebLinks.web(null, og.attr("content"));
        String baseUrl = base == null ? canonical : WebLinks.web(canonical, base.attr("href"));
        return new PageAddress(canonical, baseUrl != null ? baseUrl : canonical);
    }
}
