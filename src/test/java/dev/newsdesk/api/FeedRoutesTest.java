package dev.newsdesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import dev.newsdesk.feed.FeedValidators;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.testing.Invoke;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
import dev.newsdesk.testing.Pipeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The feeds and the news sitemap through ApiFunction's handler, on S3Proxy and dynalite: each answer read back by
 * its format's validator, with the articles /articles lists, their links absolute from the request's host.
 */
@ExtendWith(LocalAws.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedRoutesTest {

    private static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");
    private static final Map<String, String> HOST = Map.of("host", "news.example", "x-forwarded-proto", "https");
    private static final String CANONICAL = "https://example.org/monde/hostile?x=1&y=2";
    /** Older than the five articles above, and with them one more than a feed's 50. */
    private static final int BRIEFS = 46;

    private final MovableClock clock = new MovableClock(NOW);
    private Pipeline pipeline;

    @BeforeAll
    void publish(LocalAws.Env env) {
        pipeline = new Pipeline(env, clock);
        upload("monde/hostile.json", Map.of("title", "Le <script>alert(1)</script> & « guillemets » ]]> du jour",
                "section", "Monde", "language", "fr", "authors", List.of("Zoé <Z> Martin", "Bob & Co"),
                "publishedAt", "2026-06-10T13:00:00+02:00", "canonicalUrl", CANONICAL,
                "image", Map.of("url", "https://img.example/a.jpg?w=1&h=2", "caption", "Une <légende> & crédit",
                        "credit", "AFP", "width", 1200, "height", 800),
                "html", "<p>Le texte cite &lt;script&gt;alert(1)&lt;/script&gt; et dit que a &lt; b &amp;&amp; c "
                        + "&gt; d, <a href=\"https://example.org/source?a=1&amp;b=2\">selon la source</a>.</p>"
                        + "<p>Un deuxième paragraphe, <em>important</em>, termine l'article du jour.</p>"));
        upload("sport/match.json", Map.of("title", "Le match de la veille", "section", "Sport", "language", "fr",
                "publishedAt", NOW.minus(Duration.ofHours(47)).toString(),
                "body", "Le match de la veille s'est joué devant un stade plein.\n\nLa deuxième mi-temps fut longue."));
        upload("monde/old.json", Map.of("title", "Un article d'avant-hier", "section", "Monde",
                "publishedAt", NOW.minus(Duration.ofHours(49)).toString(),
                "body", "Cet article a paru il y a plus de deux jours.\n\nIl ne figure plus dans le plan du site."));
        upload("monde/future.json", Map.of("title", "Un article daté de demain", "section", "Monde",
                "publishedAt", NOW.plus(Duration.ofHours(3)).toString(),
                "body", "Cet article porte une date à venir.\n\nLe plan du site l'attend."));
        pipeline.upload("culture/undated.txt", "Culture\n\nUn article sans date\n\n"
                + "Ce texte ne donne pas de date : il compte de son premier passage, maintenant.");
        for (int i = 1; i <= BRIEFS; i++) {
            upload("breves/" + i + ".json", Map.of("title", "Brève numéro " + i, "section", "Brèves",
                    "publishedAt", String.format("2020-01-%02dT08:00:00Z", 1 + i % 28),
                    "body", "La brève numéro " + i + " tient en une phrase de quelques mots."));
        }
    }

    @Test
    void rssShowsTheNewestFiftyAsArticlesListsThem() {
        HttpApiResponse response = pipeline.request("GET", "/feeds/rss", HOST);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/rss+xml; charset=utf-8", response.headers().get("Content-Type"));
        assertFalse(response.body().contains("<script>"), "no markup of the article's text reaches the XML");
        SyndFeed feed = FeedValidators.rome(response.body());
        assertEquals(50, feed.getEntries().size());
        assertEquals(listed("/articles?limit=50"), feed.getEntries().stream().map(SyndEntry::getUri).toList());

        SyndEntry hostile = entry(feed, CANONICAL);
        JsonNode article = article(slugOf(hostile.getUri()));
        assertEquals(article.get("title").asText(), hostile.getTitle());
        assertTrue(hostile.getTitle().contains("& « guillemets » ]]> du jour"), hostile.getTitle());
        assertTrue(hostile.getDescription().getValue().contains("<script>alert(1)</script> et dit que a < b && c > d"),
                "the article's text that looks like markup is text, read back: " + hostile.getDescription().getValue());
        assertEquals(CANONICAL, hostile.getLink(), "the canonical URL when the article has one");
        assertEquals(article.get("html").asText(), hostile.getContents().get(0).getValue());
        assertEquals(article.get("summary").asText(), hostile.getDescription().getValue());
        assertEquals(Instant.parse("2026-06-10T11:00:00Z"), hostile.getPublishedDate().toInstant());
        assertTrue(response.body().contains("<pubDate>Wed, 10 Jun 2026 13:00:00 +0200</pubDate>"));

        SyndEntry undated = entry(feed, "sans-date");
        assertEquals(undated.getUri(), undated.getLink(), "no canonical URL: the API's own");
        assertTrue(undated.getLink().startsWith("https://news.example/articles/un-article-sans-date"),
                undated.getLink());
        assertEquals(NOW, undated.getPublishedDate().toInstant(), "no publication date: the first ingest");
    }

    @Test
    void atomCarriesTheSameArticlesWithTheirHtml() {
        HttpApiResponse response = pipeline.request("GET", "/feeds/atom", HOST);
        assertEquals("application/atom+xml; charset=utf-8", response.headers().get("Content-Type"));
        SyndFeed feed = FeedValidators.rome(response.body());
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(listed("/articles?limit=50"), feed.getEntries().stream().map(SyndEntry::getUri).toList());
        SyndEntry hostile = entry(feed, CANONICAL);
        JsonNode article = article(slugOf(hostile.getUri()));
        assertEquals("html", hostile.getContents().get(0).getType());
        assertEquals(article.get("html").asText(), hostile.getContents().get(0).getValue());
        assertEquals("https://img.example/a.jpg?w=1&h=2", hostile.getEnclosures().get(0).getUrl());
        List<String> authors = new ArrayList<>();
        article.get("authors").forEach(a -> authors.add(a.asText()));
        assertEquals(List.of("Zoé Martin", "Bob & Co"), authors);
        assertEquals(authors, hostile.getAuthors().stream().map(p -> p.getName()).toList());
    }

    @Test
    void jsonFeedPassesItsSchema() {
        HttpApiResponse response = pipeline.request("GET", "/feeds/json", HOST);
        assertEquals("application/feed+json; charset=utf-8", response.headers().get("Content-Type"));
        JsonNode feed = FeedValidators.jsonFeed(response.body());
        assertEquals("https://news.example/feeds/json", feed.get("feed_url").asText());
        List<String> ids = new ArrayList<>();
        feed.get("items").forEach(item -> ids.add(item.get("id").asText()));
        assertEquals(listed("/articles?limit=50"), ids);
        JsonNode first = feed.get("items").get(0);
        assertEquals(article(slugOf(first.get("id").asText())).get("html").asText(), first.get("content_html").asText());
    }

    @Test
    void aSectionNarrowsEveryFeed() {
        SyndFeed sport = FeedValidators.rome(pipeline.request("GET", "/feeds/atom?section=sport", HOST).body());
        assertEquals(listed("/articles?section=sport&limit=50"), sport.getEntries().stream().map(SyndEntry::getUri).toList());
        assertEquals(1, sport.getEntries().size());
        sport.getEntries().forEach(e -> assertEquals("Sport", e.getCategories().get(0).getName()));
        assertEquals("Newsdesk · Sport", sport.getTitle(), "the section as its articles spell it");

        JsonNode monde = FeedValidators.jsonFeed(pipeline.request("GET", "/feeds/json?section=Monde", HOST).body());
        assertEquals("https://news.example/feeds/json?section=Monde", monde.get("feed_url").asText());
        assertEquals(3, monde.get("items").size());
        assertEquals(0, FeedValidators.rome(pipeline.request("GET", "/feeds/rss?section=nothing", HOST).body())
                .getEntries().size(), "an empty section is an empty feed, not an error");
    }

    @Test
    void aMatchingEtagAnswers304UntilAnArticleChanges() {
        for (String path : List.of("/feeds/rss?section=Culture", "/feeds/atom?section=Culture",
                "/feeds/json?section=Culture")) {
            HttpApiResponse first = pipeline.request("GET", path, HOST);
            String etag = first.headers().get("ETag");
            HttpApiResponse again = pipeline.request("GET", path, with("if-none-match", etag));
            assertEquals(304, again.statusCode(), path);
            assertTrue(again.body().isEmpty());
            assertNotEquals(etag, pipeline.request("GET", path.replace("Culture", "Monde"), HOST)
                    .headers().get("ETag"), "another section, another representation");
        }
        String etag = pipeline.request("GET", "/feeds/rss?section=Culture", HOST).headers().get("ETag");
        pipeline.upload("culture/undated.txt", "Culture\n\nUn article sans date\n\n"
                + "Ce texte ne donne pas de date : il compte de son premier passage. Il a changé depuis.");
        HttpApiResponse changed = pipeline.request("GET", "/feeds/rss?section=Culture",
                with("if-none-match", etag));
        assertEquals(200, changed.statusCode(), "the article changed: the old ETag no longer matches");
    }

    @Test
    void theSitemapHoldsTheLastTwoDaysArticles() {
        HttpApiResponse response = pipeline.request("GET", "/sitemap.xml", HOST);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/xml; charset=utf-8", response.headers().get("Content-Type"));
        Document sitemap = FeedValidators.sitemap(response.body());
        Set<String> titles = texts(sitemap, "title");
        assertEquals(Set.of(article(slugOf(entry(FeedValidators.rome(pipeline.request("GET", "/feeds/rss", HOST)
                .body()), CANONICAL).getUri())).get("title").asText(), "Le match de la veille",
                "Un article sans date"), titles, "1 h, 47 h and now; not 49 h ago, not tomorrow");
        assertTrue(texts(sitemap, "loc").contains(CANONICAL));
        assertEquals(Set.of("Newsdesk"), texts(sitemap, "name"));

        String etag = response.headers().get("ETag");
        assertEquals(304, pipeline.request("GET", "/sitemap.xml", with("if-none-match", etag)).statusCode());
        try {
            clock.advance(Duration.ofHours(4));
            Set<String> later = texts(FeedValidators.sitemap(pipeline.request("GET", "/sitemap.xml", HOST).body()),
                    "title");
            assertFalse(later.contains("Le match de la veille"), "51 hours old now: " + later);
            assertTrue(later.contains("Un article daté de demain"), "its hour came: " + later);
            assertEquals(200, pipeline.request("GET", "/sitemap.xml", with("if-none-match", etag)).statusCode());
        } finally {
            clock.set(NOW);
        }
    }

    @Test
    void linksCarryANamedStage() {
        var context = new HttpApiEvent.RequestContext(null, null, "news.example", null, null, null, "prod", null, 0,
                new HttpApiEvent.Http("GET", "/feeds/json", null, null, null), null);
        HttpApiEvent event = new HttpApiEvent("2.0", "$default", "/feeds/json", null, null, HOST, null, null, null,
                null, false, context);
        HttpApiResponse response = Invoke.api(new ApiFunction(pipeline.services()), event);
        JsonNode feed = FeedValidators.jsonFeed(response.body());
        assertEquals("https://news.example/prod/feeds/json", feed.get("feed_url").asText());
        assertTrue(feed.get("items").get(0).get("id").asText().startsWith("https://news.example/prod/articles/"));
    }

    @Test
    void aHostThatIsNoHostNameIsABadRequest() {
        for (String host : List.of("evil.example/\"><script>", "a b", "")) {
            HttpApiResponse response = pipeline.request("GET", "/feeds/rss", Map.of("host", host));
            assertEquals(400, response.statusCode(), host);
            assertEquals("application/problem+json", response.headers().get("Content-Type"));
            assertFalse(response.body().contains("<script>"), "the bad value is not echoed");
        }
        assertEquals(400, pipeline.get("/feeds/json?section=" + "x".repeat(101)).statusCode());
    }

    private void upload(String key, Map<String, Object> article) {
        pipeline.upload(key, Pipeline.json(article));
    }

    /** The API URLs of the articles a list route answers, in its order. */
    private List<String> listed(String path) {
        List<String> urls = new ArrayList<>();
        pipeline.getJson(path).get("articles").forEach(a -> urls.add("https://news.example/articles/"
                + java.net.URLEncoder.encode(a.get("slug").asText(), java.nio.charset.StandardCharsets.UTF_8)));
        return urls;
    }

    private JsonNode article(String slug) {
        return pipeline.getJson("/articles/" + slug);
    }

    private static String slugOf(String apiUrl) {
        return apiUrl.substring(apiUrl.lastIndexOf('/') + 1);
    }

    /** The entry whose link or id contains {@code part}. */
    private static SyndEntry entry(SyndFeed feed, String part) {
        return feed.getEntries().stream().filter(e -> e.getLink().contains(part) || e.getUri().contains(part))
                .findFirst().orElseThrow(() -> new AssertionError("no entry " + part));
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(HOST);
        headers.put(name, value);
        return headers;
    }

    private static Set<String> texts(Document sitemap, String name) {
        String namespace = name.equals("loc") ? "http://www.sitemaps.org/schemas/sitemap/0.9"
                : "http://www.google.com/schemas/sitemap-news/0.9";
        NodeList nodes = sitemap.getElementsByTagNameNS(namespace, name);
        Set<String> texts = new TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        return texts;
    }
}
