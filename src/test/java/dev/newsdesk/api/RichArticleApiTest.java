package dev.newsdesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import java.util.Map;
import java.util.UUID;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rich article through the API: html, media blocks, lead image and canonical URL, and the Markdown form. */
@ExtendWith(LocalAws.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RichArticleApiTest {

    private static final String PROSE = "The council met on Tuesday evening to vote on the budget for the coming"
            + " year, and the debate went on until well past midnight, as members argued over every line.";
    private Pipeline pipeline;
    private String slug;

    @BeforeAll
    void publish(LocalAws.Env env) {
        pipeline = new Pipeline(env);
        pipeline.upload("news/council.html", "<html><head><title>Council votes on the budget</title>"
                + "<link rel=canonical href=https://news.example/council><meta property=og:image"
                + " content=https://cdn.example/hall.jpg></head><body><article><h1>Council votes on the budget</h1>"
                + "<figure><img src=/img/hall.jpg alt=\"The hall\"><figcaption>The hall (1).</figcaption></figure>"
                + "<p>" + PROSE + " Read <a href=/budget>the <em>full</em> budget</a>.</p>"
                + "<iframe src=https://player.vimeo.com/video/42></iframe><p>" + PROSE + "</p></article></body></html>");
        slug = slugOf("news/council.html");
    }

    private String slugOf(String key) {
        return pipeline.services().uploads().find(pipeline.bucket(), key).orElseThrow().slug();
    }

    @Test
    void theArticleCarriesHtmlMediaBlocksLeadImageAndCanonicalUrl() {
        JsonNode a = pipeline.getJson("/articles/" + slug);
        assertTrue(a.get("html").asText().contains(
                "<a href=\"https://news.example/budget\">the <em>full</em> budget</a>"), a.get("html").asText());
        assertEquals("image", a.get("blocks").get(0).get("type").asText());
        assertEquals("https://news.example/img/hall.jpg", a.get("blocks").get(0).get("url").asText());
        assertEquals("The hall (1).", a.get("blocks").get(0).get("caption").asText());
        assertTrue(a.get("blocks").toString().contains("{\"type\":\"embed\",\"url\":\"https://vimeo.com/42\","
                + "\"provider\":\"vimeo\"}"), a.get("blocks").toString());
        assertFalse(a.get("blocks").get(1).has("markup"), "inline markup is in html only");
        assertEquals("https://cdn.example/hall.jpg", a.get("image").get("url").asText());
        assertEquals("https://news.example/council", a.get("canonicalUrl").asText());
    }

    @Test
    void listingsCarryTheImageButNotTheHtml() {
        JsonNode listed = pipeline.getJson("/articles").get("articles").get(0);
        assertFalse(listed.has("html"));
        assertFalse(listed.has("blocks"));
        assertEquals("https://cdn.example/hall.jpg", listed.get("image").get("url").asText());
    }

    @Test
    void theMarkdownFormIsCommonMarkAndCountsAView() {
        long before = pipeline.getJson("/articles/" + slug).get("views").asLong();
        HttpApiResponse md = pipeline.get("/articles/" + slug + "?format=markdown");
        assertEquals(200, md.statusCode());
        assertEquals("text/markdown; charset=utf-8", md.headers().get("Content-Type"));
        String body = md.body();
        assertTrue(body.startsWith("# Council votes on the budget\n\n"), body);
        assertTrue(body.contains("![The hall](https://news.example/img/hall.jpg)\n*The hall (1).*"), body);
        assertTrue(body.contains("Read [the *full* budget](https://news.example/budget)."), body);
        String rendered = HtmlRenderer.builder().build().render(Parser.builder().build().parse(body));
        assertTrue(rendered.contains("<a href=\"https://news.example/budget\">the <em>full</em> budget</a>"), rendered);
        assertEquals(before + 2, pipeline.getJson("/articles/" + slug).get("views").asLong(),
                "the Markdown read counted one view, the JSON read after it another");

        HttpApiResponse again = pipeline.request("GET", "/articles/" + slug + "?format=markdown",
                Map.of("if-none-match", md.headers().get("ETag")));
        assertEquals(304, again.statusCode());
    }

    @Test
    void anUnknownFormatIsABadParameter() {
        HttpApiResponse r = pipeline.get("/articles/" + slug + "?format=xml");
        assertEquals(400, r.statusCode());
        assertEquals("application/problem+json", r.headers().get("Content-Type"));
        assertTrue(Pipeline.json(r).get("detail").asText().contains("format must be json or markdown"));
    }

    @Test
    void anArticleTooLargeWithItsPicturesIsStoredWithoutThemAndSaysSo() {
        StringBuilder page = new StringBuilder("<html><head><title>Gallery of the flood</title></head><body><article>");
        for (int i = 0; i < 3_000; i++) {
            // random names: compression cannot shrink them below the item limit
            page.append("<figure><img src=https://cdn.example/").append(UUID.randomUUID()).append(UUID.randomUUID())
                    .append(".jpg alt=\"").append(UUID.randomUUID()).append("\"></figure>");
            if (i % 100 == 0) page.append("<p>").append(PROSE).append("</p>");
        }
        String key = "news/gallery.html";
        pipeline.upload(key, page.append("</article></body></html>").toString());
        JsonNode a = pipeline.getJson("/articles/" + slugOf(key));
        assertTrue(a.get("body").asText().startsWith(PROSE));
        assertFalse(a.get("html").asText().contains("<img"), "pictures dropped");
        UploadStatus status = pipeline.services().uploads().find(pipeline.bucket(), key).orElseThrow();
        assertEquals(UploadStatus.State.PUBLISHED, status.state());
        assertTrue(status.reason().startsWith("published without its pictures"), status.reason());
        assertNull(pipeline.services().uploads().find(pipeline.bucket(), "news/council.html").orElseThrow().reason());
    }
}
