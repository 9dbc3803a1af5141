package dev.newsdesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** HTTP semantics of the API (README.md, "The API"; docs/openapi.yaml) through ApiFunction's handler, on a small set of articles. */
@ExtendWith(LocalAws.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTest {

    private static final int ARTICLES = 7;
    private Pipeline pipeline;

    @BeforeAll
    void publishArticles(LocalAws.Env env) {
        pipeline = new Pipeline(env);
        for (int i = 1; i <= ARTICLES; i++) {
            String section = i % 2 == 0 ? "Sport" : "Culture";
            pipeline.upload("a/" + i + ".txt", section + "\n\nArticle numéro " + i + " du jour\n\n"
                    + "Ceci est le texte de l'article numéro " + i + ", avec assez de mots pour être un article. "
                    + "Une deuxième phrase complète le paragraphe.");
        }
    }

    @Test
    void paginationWalksEveryArticleOnceInOrder() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = pipeline.getJson("/articles?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("articles").forEach(a -> seen.add(a.get("slug").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);

        assertEquals(ARTICLES, seen.size());
        assertEquals(ARTICLES, new HashSet<>(seen).size(), "no article twice");
        assertEquals(3, pages);
        List<String> oneRequest = new ArrayList<>();
        pipeline.getJson("/articles?limit=100").get("articles").forEach(a -> oneRequest.add(a.get("slug").asText()));
        assertEquals(oneRequest, seen, "pages follow the same newest-first order");
    }

    @Test
    void filtersBySectionCaseInsensitively() {
        JsonNode sport = pipeline.getJson("/articles?section=sport").get("articles");
        assertEquals(3, sport.size());
        sport.forEach(a -> assertEquals("Sport", a.get("section").asText()));
    }

    @Test
    void sectionsCountTheirArticles() {
        JsonNode sections = pipeline.getJson("/sections").get("sections");
        assertEquals("Culture", sections.get(0).get("name").asText());
        assertEquals(4, sections.get(0).get("articles").asInt());
        assertEquals("Sport", sections.get(1).get("name").asText());
        assertEquals(3, sections.get(1).get("articles").asInt());
    }

    @Test
    void badParametersAreProblems() {
        for (String path : List.of("/articles?limit=0", "/articles?limit=101", "/articles?limit=abc",
                "/articles?cursor=not-a-cursor", "/articles?language=french", "/rankings?window=1y",
                "/rankings?limit=-1")) {
            HttpApiResponse response = pipeline.get(path);
            assertEquals(400, response.statusCode(), path);
            assertProblem(response, 400);
        }
    }

    @Test
    void aCursorFromAnotherListIsRefused() {
        String cursor = pipeline.getJson("/articles?limit=1").get("nextCursor").asText();
        assertEquals(400, pipeline.get("/articles?section=Sport&limit=1&cursor=" + cursor).statusCode());
    }

    @Test
    void unknownSlugsAndRoutesAre404() {
        assertProblem(pipeline.get("/articles/no-such-article"), 404);
        assertProblem(pipeline.get("/articles/%E0%A4%A"), 404);
        assertProblem(pipeline.get("/nothing-here"), 404);
        assertProblem(pipeline.get("/articles/a/b"), 404);
    }

    @Test
    void otherMethodsAre405AndOptionsIsAnswered() {
        HttpApiResponse post = pipeline.request("POST", "/articles", Map.of());
        assertProblem(post, 405);
        assertEquals("GET, HEAD, OPTIONS", post.headers().get("Allow"));

        HttpApiResponse options = pipeline.request("OPTIONS", "/articles", Map.of("origin", "https://x.example"));
        assertEquals(204, options.statusCode());
        assertEquals("*", options.headers().get("Access-Control-Allow-Origin"));
        assertTrue(options.headers().get("Access-Control-Allow-Methods").contains("GET"));
    }

    @Test
    void conditionalGetAnswers304() {
        HttpApiResponse first = pipeline.get("/articles");
        String etag = first.headers().get("ETag");
        assertNotNull(etag);
        assertNotNull(first.headers().get("Cache-Control"));

        HttpApiResponse again = pipeline.request("GET", "/articles", Map.of("if-none-match", etag));
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());

        String articleEtag = pipeline.get("/articles/article-numero-1-du-jour").headers().get("ETag");
        assertEquals(304, pipeline.request("GET", "/articles/article-numero-1-du-jour",
                Map.of("if-none-match", articleEtag)).statusCode(), "the article's ETag survives a counted view");
    }

    @Test
    void previewsAndPrefetchesDoNotCountViews() {
        String path = "/articles/article-numero-2-du-jour";
        long before = pipeline.getJson(path).get("views").asLong();
        assertEquals(200, pipeline.request("GET", path, Map.of("purpose", "preview")).statusCode());
        pipeline.request("GET", path, Map.of("sec-purpose", "prefetch;prerender"));
        pipeline.request("GET", path, Map.of("x-moz", "prefetch"));
        assertEquals(before + 1, pipeline.getJson(path).get("views").asLong(), "only the last GET counted");
    }

    @Test
    void headAndBotsDoNotCountViews() {
        String path = "/articles/article-numero-3-du-jour";
        long before = pipeline.getJson(path).get("views").asLong();
        HttpApiResponse head = pipeline.request("HEAD", path, Map.of());
        assertEquals(200, head.statusCode());
        assertTrue(head.body().isEmpty());
        pipeline.request("GET", path, Map.of("user-agent",
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
        assertEquals(before + 1, pipeline.getJson(path).get("views").asLong(), "only the last GET counted");
    }

    @Test
    void rankingsOrderByViewsAndFilterBySection() {
        for (int i = 0; i < 3; i++) pipeline.get("/articles/article-numero-6-du-jour");
        pipeline.get("/articles/article-numero-4-du-jour");
        pipeline.rollup();

        JsonNode sport = pipeline.getJson("/rankings?window=24h&section=Sport");
        assertEquals("24h", sport.get("window").asText());
        assertEquals("Sport", sport.get("section").asText());
        JsonNode top = sport.get("articles");
        assertEquals("article-numero-6-du-jour", top.get(0).get("slug").asText());
        assertTrue(top.get(0).get("views").asLong() >= 3);
        Set<String> sections = new HashSet<>();
        top.forEach(a -> sections.add(a.get("section").asText()));
        assertEquals(Set.of("Sport"), sections);
    }

    private static void assertProblem(HttpApiResponse response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().get("Content-Type"));
        JsonNode problem = Pipeline.json(response);
        assertEquals(status, problem.get("status").asInt());
        assertFalse(problem.get("title").asText().isEmpty());
        assertFalse(problem.get("detail").asText().isEmpty());
        assertTrue(problem.get("type").asText().startsWith("https://"));
        assertFalse(response.body().contains("Exception"), "no stack trace or class names for clients");
    }
}
