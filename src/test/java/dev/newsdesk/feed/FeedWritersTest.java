package dev.newsdesk.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.newsdesk.article.ArticleDate;
import dev.newsdesk.article.Image;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.jdom2.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Each format written from items whose every text is hostile (markup, quotes, {@code ]]>}, characters XML cannot
 * carry) and read back by the format's own validator: what a reader gets is the text, never markup of ours.
 */
class FeedWritersTest {

    private static final String TITLE = "<script>alert('x')</script> & \"Q\" ]]> fin\u0001\uD800";
    /** What XML can carry of {@link #TITLE}: the control character and the lone surrogate dropped. */
    private static final String TITLE_READ = "<script>alert('x')</script> & \"Q\" ]]> fin";
    private static final String SUMMARY = "<b>gras</b> & <img src=x onerror=alert(1)> « citation »";
    private static final String HTML = "<p>Un <a href=\"https://example.org/?a=1&amp;b=2\">lien</a> ]]&gt; fin</p>";
    private static final String LINK = "https://example.org/monde/a?x=1&y=2";

    private static final FeedItem HOSTILE = new FeedItem("https://api.example/articles/a", TITLE, LINK, SUMMARY,
            ArticleDate.published("2020-06-07T09:30:00+02:00").orElseThrow(), Instant.parse("2020-06-08T10:00:00Z"),
            List.of("Zoé <z@example.org>", "Bob & Co"), "Monde & <Politique>", "fr",
            new Image("https://img.example/a.jpg?w=1&h=2", "alt <x>", "Légende & <i>", "AFP", 1200, 800), HTML);
    private static final FeedItem PLAIN = new FeedItem("https://api.example/articles/b", "Deuxième",
            "https://api.example/articles/b", "Résumé.", ArticleDate.published("2020-06-06").orElseThrow(),
            Instant.parse("2020-06-06T12:00:00Z"), List.of(), null, null, null, null);
    private static final Feed FEED = Feed.of("Newsdesk · Monde & <Politique>", "The newest <articles>", "Newsdesk",
            "https://api.example/articles?section=Monde", "https://api.example/feeds/rss?section=Monde",
            List.of(HOSTILE, PLAIN), Instant.EPOCH);

    @Test
    void rssReadsBackAsTheTextsItWasGiven() {
        String xml = RssFeed.write(FEED);
        assertFalse(xml.contains("<script>") || xml.contains("<img") || xml.contains("<b>"), xml);
        SyndFeed feed = FeedValidators.rome(xml);
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals(FEED.title(), feed.getTitle());
        SyndEntry entry = feed.getEntries().get(0);
        assertEquals(TITLE_READ, entry.getTitle());
        assertEquals(LINK, entry.getLink());
        assertEquals(HOSTILE.id(), entry.getUri());
        assertEquals(SUMMARY, entry.getDescription().getValue());
        assertEquals(HTML, entry.getContents().get(0).getValue());
        assertEquals(Instant.parse("2020-06-07T07:30:00Z"), entry.getPublishedDate().toInstant());
        assertEquals(List.of("Zoé <z@example.org>", "Bob & Co"),
                ((DCModule) entry.getModule(DCModule.URI)).getCreators(), "dc:creator, one per author");
        assertEquals("Monde & <Politique>", entry.getCategories().get(0).getName());
        Element media = foreign(entry, "content");
        assertEquals("https://img.example/a.jpg?w=1&h=2", media.getAttributeValue("url"));
        assertEquals("1200", media.getAttributeValue("width"));
        assertEquals("Légende & <i>", media.getChildText("description", media.getNamespace()));
        assertTrue(xml.contains("<pubDate>Sun, 7 Jun 2020 09:30:00 +0200</pubDate>"), "RFC 822, offset kept");
        assertTrue(xml.contains("<pubDate>Sat, 6 Jun 2020 00:00:00 GMT</pubDate>"), "a day alone is midnight UTC");

        SyndEntry plain = feed.getEntries().get(1);
        assertTrue(plain.getContents().isEmpty(), "no html, no content:encoded");
        assertTrue(foreignMarkup(plain).isEmpty(), "no image, no media:content");
    }

    @Test
    void atomReadsBackAsTheTextsItWasGiven() {
        String xml = AtomFeed.write(FEED);
        assertFalse(xml.contains("<script>") || xml.contains("<img"), xml);
        SyndFeed feed = FeedValidators.rome(xml);
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(List.of("Newsdesk"), names(feed.getAuthors()));
        SyndEntry entry = feed.getEntries().get(0);
        assertEquals(TITLE_READ, entry.getTitle());
        assertEquals(LINK, entry.getLink());
        assertEquals(HOSTILE.id(), entry.getUri());
        assertEquals(SUMMARY, entry.getDescription().getValue());
        assertEquals("html", entry.getContents().get(0).getType());
        assertEquals(HTML, entry.getContents().get(0).getValue());
        assertEquals(Instant.parse("2020-06-07T07:30:00Z"), entry.getPublishedDate().toInstant());
        assertEquals(HOSTILE.updated(), entry.getUpdatedDate().toInstant());
        assertEquals(List.of("Zoé <z@example.org>", "Bob & Co"), names(entry.getAuthors()));
        assertEquals("https://img.example/a.jpg?w=1&h=2", entry.getEnclosures().get(0).getUrl());
        assertTrue(xml.contains("<published>2020-06-07T09:30:00+02:00</published>"), "RFC 3339, offset kept");
        assertTrue(xml.contains("<published>2020-06-06T00:00:00Z</published>"));
        assertEquals(HOSTILE.updated(), feed.getPublishedDate().toInstant(), "the feed is as new as its newest change");
    }

    @Test
    void jsonFeedPassesItsSchemaAndCarriesTheTexts() {
        JsonNode feed = FeedValidators.jsonFeed(JsonFeed.write(FEED));
        assertEquals(JsonFeed.VERSION, feed.get("version").asText());
        JsonNode item = feed.get("items").get(0);
        assertEquals(TITLE, item.get("title").asText(), "JSON carries every character, escaped");
        assertEquals(LINK, item.get("url").asText());
        assertEquals(HTML, item.get("content_html").asText());
        assertEquals(SUMMARY, item.get("summary").asText());
        assertEquals("https://img.example/a.jpg?w=1&h=2", item.get("image").asText());
        assertEquals("2020-06-07T09:30:00+02:00", item.get("date_published").asText());
        assertEquals("Bob & Co", item.get("authors").get(1).get("name").asText());
        JsonNode plain = feed.get("items").get(1);
        assertEquals("Résumé.", plain.get("content_text").asText(), "no html: the summary is the content");
        assertFalse(plain.has("content_html"));
        assertEquals("2020-06-06T00:00:00Z", plain.get("date_published").asText());
    }

    @Test
    void jsonFeedSchemaRejectsAnItemWithoutContent() {
        String broken = JsonFeed.write(FEED).replace("\"content_text\":\"Résumé.\",", "");
        assertThrows(AssertionError.class, () -> FeedValidators.jsonFeed(broken), "the schema can fail");
    }

    @Test
    void newsSitemapPassesItsSchemas() {
        Document sitemap = FeedValidators.sitemap(NewsSitemap.write("Le <Journal> & Cie", List.of(HOSTILE, PLAIN)));
        assertEquals(2, sitemap.getElementsByTagNameNS(SITEMAP_NS, "url").getLength());
        assertEquals(LINK, text(sitemap, SITEMAP_NS, "loc", 0));
        assertEquals("Le <Journal> & Cie", text(sitemap, NEWS_NS, "name", 0));
        assertEquals("fr", text(sitemap, NEWS_NS, "language", 0));
        assertEquals("und", text(sitemap, NEWS_NS, "language", 1), "unknown language: ISO 639-2 undetermined");
        assertEquals("2020-06-07T09:30:00+02:00", text(sitemap, NEWS_NS, "publication_date", 0));
        assertEquals("2020-06-06", text(sitemap, NEWS_NS, "publication_date", 1), "a day alone stays a day");
        assertEquals(TITLE_READ, text(sitemap, NEWS_NS, "title", 0));
    }

    @Test
    void chineseIsNamedByItsScriptAsGoogleNewsAsks() {
        FeedItem simplified = chinese("这个国家的经济发展", "会议时间还没有确定。");
        FeedItem traditional = chinese("這個國家的經濟發展", "會議時間還沒有確定。");
        FeedItem neither = chinese("上海", null);
        Document sitemap = FeedValidators.sitemap(NewsSitemap.write("N", List.of(simplified, traditional, neither)));
        assertEquals("zh-cn", text(sitemap, NEWS_NS, "language", 0));
        assertEquals("zh-tw", text(sitemap, NEWS_NS, "language", 1));
        assertEquals("zh-cn", text(sitemap, NEWS_NS, "language", 2), "no telling forms: the more common script");
    }

    private static FeedItem chinese(String title, String summary) {
        return new FeedItem(PLAIN.id(), title, PLAIN.link(), summary, PLAIN.date(), PLAIN.updated(), List.of(), null,
                "zh", null, null);
    }

    @Test
    void sitemapSchemaRejectsANewsEntryWithoutItsTitle() {
        String broken = NewsSitemap.write("N", List.of(PLAIN)).replaceAll("<news:title>[^<]*</news:title>", "");
        assertThrows(AssertionError.class, () -> FeedValidators.sitemap(broken), "the schemas can fail");
    }

    @Test
    void aFeedCarriesHtmlUpToItsBudgetNewestFirst() {
        String big = "<p>" + "x".repeat(Feed.MAX_HTML_BYTES * 2 / 5) + "</p>";
        List<FeedItem> items = List.of(withHtml(big), withHtml(big), withHtml(big), withHtml("<p>small</p>"));
        List<FeedItem> kept = Feed.of("t", "d", "p", "h", "s", items, Instant.EPOCH).items();
        assertEquals(big, kept.get(0).html());
        assertEquals(big, kept.get(1).html());
        assertNull(kept.get(2).html(), "past the budget: summary alone");
        assertEquals("<p>small</p>", kept.get(3).html(), "a later item that still fits keeps its html");
    }

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static FeedItem withHtml(String html) {
        return new FeedItem(PLAIN.id(), PLAIN.title(), PLAIN.link(), PLAIN.summary(), PLAIN.date(), PLAIN.updated(),
                List.of(), null, null, null, html);
    }

    private static String text(Document document, String namespace, String name, int index) {
        return ((org.w3c.dom.Element) document.getElementsByTagNameNS(namespace, name).item(index)).getTextContent();
    }

    private static List<String> names(List<SyndPerson> people) {
        return people.stream().map(SyndPerson::getName).toList();
    }

    private static List<Element> foreignMarkup(SyndEntry entry) {
        return entry.getForeignMarkup() == null ? Collections.emptyList() : entry.getForeignMarkup();
    }

    private static Element foreign(SyndEntry entry, String name) {
        return foreignMarkup(entry).stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + foreignMarkup(entry)));
    }
}
