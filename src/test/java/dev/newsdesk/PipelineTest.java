package dev.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.S3Events;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/** Upload → ingest → list/get/rankings → delete, through the real handlers on S3Proxy and dynalite. */
@ExtendWith(LocalAws.class)
class PipelineTest {

    private static final String TITLE =
            "Avec le soutien de la Russie, le Mali ouvre une nouvelle page de stabilité sécuritaire";
    private static final String SLUG =
            "avec-le-soutien-de-la-russie-le-mali-ouvre-une-nouvelle-page-de-stabilite-securitaire";

    @Test
    void anUploadedArticleIsListedServedAndRanked(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.uploadSample("politique/mali.txt");

        JsonNode listed = pipeline.getJson("/articles").get("articles");
        assertEquals(1, listed.size());
        assertEquals(TITLE, listed.get(0).get("title").asText());
        assertEquals("Politique", listed.get(0).get("section").asText());
        assertEquals(SLUG, listed.get(0).get("slug").asText());
        assertFalse(listed.get(0).has("body"), "listings leave the body out");

        JsonNode article = pipeline.getJson("/articles/" + SLUG);
        String body = article.get("body").asText();
        assertTrue(body.startsWith("Il semble que la présence française au Mali"), body);
        assertFalse(body.contains("Ajouter un commentaire"), "the comment form is boilerplate");
        assertEquals(1, article.get("views").asLong());
        assertEquals("politique/mali.txt", article.get("source").get("key").asText());

        pipeline.rollup();
        JsonNode ranking = pipeline.getJson("/rankings");
        assertEquals(SLUG, ranking.get("articles").get(0).get("slug").asText());
        assertEquals(1, ranking.get("articles").get(0).get("views").asLong());
    }

    @Test
    void anArticleInAScriptWithoutLatinSpellingIsServedUnderItsOwnLettersPercentEncoded(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("world/beijing.json", Pipeline.json(java.util.Map.of("title", "北京大学 公布 新 预算",
                "section", "国际", "body", "北京大学周二公布了新的年度预算。\n\n"
                        + "预算将用于修建新的图书馆和实验室，学校表示工程将于明年春天开始。\n\n"
                        + "学生代表对这一决定表示欢迎，但也希望学校公开更多细节。")));

        String slug = pipeline.getJson("/articles").get("articles").get(0).get("slug").asText();
        assertEquals("北京大学-公布-新-预算", slug);
        String path = "/articles/" + java.net.URLEncoder.encode(slug, StandardCharsets.UTF_8);
        JsonNode article = pipeline.getJson(path);
        assertEquals("北京大学 公布 新 预算", article.get("title").asText());
        assertEquals(1, article.get("views").asLong());
        String encoded = "/articles/%E5%8C%97%E4%BA%AC%E5%A4%A7%E5%AD%A6-%E5%85%AC%E5%B8%83-%E6%96%B0-%E9%A2%84%E7%AE%97";
        assertEquals(java.net.URLEncoder.encode(slug, StandardCharsets.UTF_8), encoded.substring("/articles/".length()));
        for (String feed : java.util.List.of("/feeds/rss", "/feeds/atom", "/feeds/json", "/sitemap.xml")) {
            String body = pipeline.get(feed).body();
            assertTrue(body.contains(encoded), feed + " links the article percent-encoded: " + body);
            assertFalse(body.contains("/articles/北京"), feed + " carries no raw letters in a link");
        }
    }

    @Test
    void aCyrillicTitleIsTransliteratedAndServed(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("mir/kyiv.json", Pipeline.json(java.util.Map.of("title", "Київ і Львів готуються до зими",
                "body", "Міська влада Києва та Львова готує теплопостачання до холодів.\n\n"
                        + "Комунальні служби перевіряють котельні та мережі, щоб уникнути аварій узимку.")));

        String slug = pipeline.getJson("/articles").get("articles").get(0).get("slug").asText();
        assertEquals("kyiv-i-lviv-hotuiutsia-do-zymy", slug);
        assertEquals("Київ і Львів готуються до зими", pipeline.getJson("/articles/" + slug).get("title").asText());
        assertTrue(pipeline.get("/feeds/rss").body().contains("/articles/" + slug));
    }

    @Test
    void deletingTheObjectRemovesTheArticle(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.uploadSample("politique/to-delete.txt");
        assertEquals(200, pipeline.get("/articles/" + SLUG).statusCode());
        pipeline.rollup();
        assertEquals(1, pipeline.getJson("/rankings").get("articles").size());

        pipeline.delete("politique/to-delete.txt");

        assertEquals(404, pipeline.get("/articles/" + SLUG).statusCode());
        assertEquals(0, pipeline.getJson("/articles").get("articles").size());
        assertEquals(0, pipeline.getJson("/rankings").get("articles").size(), "deleted articles never rank");
    }

    @Test
    void keysArriveUrlEncodedAndAreDecoded(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        String key = "dossiers/été 2024/l'article du jour+1.txt";
        pipeline.upload(key, "Économie\n\nLe marché de l'été reprend des couleurs\n\n"
                + "Les ventes ont progressé de dix pour cent au cours de l'été, selon les chiffres publiés hier. "
                + "Les commerçants se disent satisfaits de la saison et espèrent que la tendance se poursuivra.");

        JsonNode article = pipeline.getJson("/articles/le-marche-de-l-ete-reprend-des-couleurs");
        assertEquals(key, article.get("source").get("key").asText());
        assertEquals("Économie", article.get("section").asText());
    }

    @Test
    void eachRecordOfAnEventIsIngestedOnItsOwn(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        byte[] first = ("Sport\n\nLe club local remporte la finale régionale\n\nLe club a gagné la finale "
                + "dimanche devant un public nombreux et enthousiaste, après un match très disputé.")
                .getBytes(StandardCharsets.UTF_8);
        byte[] empty = new byte[0];
        env.s3().putObject(b -> b.bucket(env.bucket()).key("sport/finale.txt"), RequestBody.fromBytes(first));
        env.s3().putObject(b -> b.bucket(env.bucket()).key("sport/empty.txt"), RequestBody.fromBytes(empty));

        pipeline.ingestFunction().handle(S3Events.event(
                S3Events.created(env.bucket(), "sport/empty.txt", 0, "e1", null),
                S3Events.created(env.bucket(), "sport/finale.txt", first.length, "e2", null)), null);

        assertEquals(200, pipeline.get("/articles/le-club-local-remporte-la-finale-regionale").statusCode());
        var status = pipeline.services().uploads().find(env.bucket(), "sport/empty.txt").orElseThrow();
        assertEquals("FAILED", status.state().name());
        assertTrue(status.reason().startsWith("empty"), status.reason());
    }
}
