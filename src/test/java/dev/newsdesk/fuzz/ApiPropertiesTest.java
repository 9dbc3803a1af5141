package dev.newsdesk.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.functions.Services;
import dev.newsdesk.Settings;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Slugs;
import dev.newsdesk.article.Source;
import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.local.DynaliteServer;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.store.Table;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random paths, methods and query strings to the real ApiFunction on dynalite: never a 500 (nor a 503: the store
 * is up), every 4xx a problem+json document whose status matches, no stack trace. jqwik runs outside JUnit
 * Jupiter, so this class starts its own dynalite (in memory) instead of using the LocalAws extension. The seed is
 * fixed, as in {@link ParserPropertiesTest}.
 */
class ApiPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static DynaliteServer dynalite;
    private static ApiFunction api;
    private static final List<String> SLUGS = new java.util.ArrayList<>();

    @BeforeContainer
    static void start() throws Exception {
        Path log = Files.createDirectories(Path.of("target")).resolve("dynalite-api-properties.log");
        dynalite = DynaliteServer.start(Path.of("").toAbsolutePath(), 0, Optional.empty(), log);
        // The API reads DynamoDB only; the S3 endpoint is never called.
        Settings settings = Settings.local("api-properties", "unused", URI.create("http://127.0.0.1:9"),
                dynalite.endpoint());
        Services services = Services.create(settings);
        Table.ensureExists(services.dynamo(), settings.tableName());
        ArticleParser parser = new ArticleParser();
        String[][] articles = {
                {"Politique", "Le Sénat adopte le budget", "Les sénateurs ont voté le texte après une longue nuit."},
                {"Sport", "Victoire en finale", "L'équipe l'emporte trois à un devant un public conquis."},
                {"Culture", "Un festival record", "Cent mille visiteurs sont venus, un record pour la ville."}};
        int n = 0;
        for (String[] a : articles) {
            String text = a[0] + "\n\n" + a[1] + "\n\n" + (a[2] + " ").repeat(3);
            ArticleContent content = parser.parse(text.getBytes(StandardCharsets.UTF_8), "a.txt");
            String slug = Slugs.fromTitle(content.title(), content.language());
            Source source = new Source("unused", "k" + n, content.format(), "etag", null);
            String at = "2026-11-2" + (++n) + "T10:00:00Z";
            services.articles().put(new Article(slug, content, source, 0, at, at), "unused/k" + n, "0".repeat(32), at, null);
            SLUGS.add(slug);
        }
        api = new ApiFunction(services);
    }

    @AfterContainer
    static void stop() {
        if (dynalite != null) dynalite.close();
    }

    @Property(tries = 300, seed = "20261203")
    void anyRequestIsAnsweredWithoutA5xx(@ForAll("methods") String method, @ForAll("paths") String path,
                                         @ForAll("queries") Map<String, String> query) throws Exception {
        HttpApiResponse response = api.handle(event(method, path, query), null);
        int status = response.statusCode();
        if (status >= 500) {
            throw new AssertionError(method + " " + path + " " + query + " answered " + status + ": "
                    + response.body());
        }
        String body = response.body() == null ? "" : response.body();
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("dev.newsdesk.")) {
            throw new AssertionError("a stack trace or class name in the body: " + body);
        }
        if (status >= 400) {
            String type = response.headers().get("Content-Type");
            if (!"application/problem+json".equals(type)) {
                throw new AssertionError(status + " with Content-Type " + type);
            }
            JsonNode problem = JSON.readTree(body);
            for (String field : List.of("type", "title", "status", "detail")) {
                if (!problem.hasNonNull(field)) throw new AssertionError("problem without " + field + ": " + body);
            }
            if (problem.get("status").asInt() != status) throw new AssertionError("status mismatch: " + body);
        }
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just("GET")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("HEAD", "OPTIONS", "POST", "DELETE", "PUT", "PATCH", "get")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)));
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> segment = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("abc-%2F0123456789.é/").ofMaxLength(40),
                Arbitraries.of(SLUGS), Arbitraries.of("..", "%", "%zz", "%00", "%C0%AF", "%F0%9F%98%80", "", "/"));
        // Mostly the real routes, so that the query strings reach the code that reads them.
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of("/articles", "/articles/", "/rankings", "/sections")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(SLUGS).map(s -> "/articles/" + s)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("/", "", "/Articles")),
                net.jqwik.api.Tuple.of(1, segment.map(s -> "/articles/" + s)),
                net.jqwik.api.Tuple.of(1, segment.map(s -> "/" + s)),
                net.jqwik.api.Tuple.of(1, segment.list().ofMaxSize(4).map(parts -> "/" + String.join("/", parts))));
    }

    @Provide
    Arbitrary<Map<String, String>> queries() {
        Arbitrary<String> name = Arbitraries.oneOf(
                Arbitraries.of("limit", "cursor", "section", "language", "keyword", "window"),
                Arbitraries.strings().all().ofMaxLength(20));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.integers().between(-5, 1_000).map(String::valueOf),
                Arbitraries.of("24h", "7d", "30d", "all", "fr", "en", "politique", "Sport", "", " ", "0", "101",
                        "99999999999999999999", "eyJmb28iOiJiYXIifQ", "YWxsCjIwMjYtMTEtMjlUMDA6MDA6MDBaI3g",
                        "c2VjdGlvbjpzcG9ydAoyMDI2LTExLTI5VDEwOjAwOjAwWiN2aWN0b2lyZS1lbi1maW5hbGU"));
        return Combinators.combine(name, value).as(Map::entry).list().ofMaxSize(6).map(entries -> {
            Map<String, String> query = new LinkedHashMap<>();
            entries.forEach(e -> query.merge(e.getKey(), e.getValue(), (a, b) -> a + "," + b));
            return query;
        });
    }

    private static HttpApiEvent event(String method, String path, Map<String, String> query) {
        return new HttpApiEvent("2.0", "$default", path, null, null, Map.of("user-agent", "jqwik"), query, null,
                null, null, false, new HttpApiEvent.RequestContext(null, null, null, null, null, null, null, null, 0,
                        new HttpApiEvent.Http(method, path, null, null, null), null));
    }
}
