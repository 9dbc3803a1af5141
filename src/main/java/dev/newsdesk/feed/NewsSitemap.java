package dev.newsdesk.feed;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Google News sitemap: for each article its URL and {@code news:news} with the publication's name and the
 * article's language, its publication date and title. Google takes articles of the last two days, at most 1,000
 * a sitemap: the caller picks them ({@link #WINDOW_HOURS}, {@link #MAX_URLS}).
 */
public final class NewsSitemap {

    public static final String CONTENT_TYPE = "application/xml; charset=utf-8";
    public static final int WINDOW_HOURS = 48;
    public static final int MAX_URLS = 1_000;

    /** ISO 639-2 "undetermined": the language element is required, and the parser may not know it. */
    static final String UNKNOWN_LANGUAGE = "und";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private NewsSitemap() {
    }

    /** The sitemap of {@code items} for the publication {@code publisher}. */
    public static String write(String publisher, List<FeedItem> items) {
        if (items.size() > MAX_URLS) {
            throw new IllegalArgumentException(items.size() + " URLs; a news sitemap holds " + MAX_URLS);
        }
        return Xml.document(xml -> {
            xml.start("", "urlset", SITEMAP).namespace("", SITEMAP).namespace("news", NEWS);
            for (FeedItem item : items) {
                xml.start("", "url", SITEMAP).element("", "loc", SITEMAP, item.link());
                xml.start("news", "news", NEWS);
                xml.start("news", "publication", NEWS)
                        .element("news", "name", NEWS, publisher)
                        .element("news", "language", NEWS, language(item))
                        .end();
                xml.element("news", "publication_date", NEWS, FeedDates.w3c(item.date()))
                        .element("news", "title", NEWS, item.title())
                        .end().end();
            }
            xml.end();
        });
    }

    /** Google wants an ISO 639 code, two or three letters, but {@code zh-cn} or {@code zh-tw} for Chinese. */
    private static String language(FeedItem item) {
        String code = item.language();
        if ("zh".equals(code)) return ChineseScript.sitemapCode(item.title() + " " + Objects.requireNonNullElse(item.summary(), ""));
        return code != null && LANGUAGE.matcher(code).matches() ? code : UNKNOWN_LANGUAGE;
    }
}
