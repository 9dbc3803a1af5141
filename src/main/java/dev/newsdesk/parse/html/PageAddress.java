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
 *
 * @param canonical the canonical address (absolute http or https), or null
 * @param base      the base for relative URLs, or null when the page gives none (relative URLs are then dropped)
 */
record PageAddress(String canonical, String base) {

    private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
    private static final Evaluator OG_URL = QueryParser.parse("meta[property=og:url][content]");
    private static final Evaluator BASE = QueryParser.parse("base[href]");

    static PageAddress of(Document doc) {
        Element head = doc.head();
        String canonical = null;
        Element link = head.selectFirst(CANONICAL);
        if (link != null) canonical = WebLinks.web(null, link.attr("href"));
        if (canonical == null) {
            Element og = head.selectFirst(OG_URL);
            if (og != null) canonical = WebLinks.web(null, og.attr("content"));
        }
        Element base = head.selectFirst(BASE); // the standard reads the first one in the head; so does jsoup's parser
        String baseUrl = base == null ? canonical : WebLinks.web(canonical, base.attr("href"));
        return new PageAddress(canonical, baseUrl != null ? baseUrl : canonical);
    }
}
