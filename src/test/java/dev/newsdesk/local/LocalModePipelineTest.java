package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.functions.Services;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.functions.RankingsFunction;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The one-machine mode's own pieces (event pump and HTTP API) around the real handlers, on the test servers:
 * an S3 client uploads and deletes, and only the pump tells the ingest handler; an HTTP client reads the API.
 */
@ExtendWith(LocalAws.class)
class LocalModePipelineTest {

    private static final String SLUG =
            "avec-le-soutien-de-la-russie-le-mali-ouvre-une-nouvelle-page-de-stabilite-securitaire";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private EventPump pump;
    private LocalApiServer api;
    private RollupSchedule rollup;

    private void start(LocalAws.Env env) throws Exception {
        Services services = Services.create(env.settings());
        pump = EventPump.create(env.s3(), env.bucket(), "us-east-1", dir.resolve("pump.json"),
                dir.resolve("waiting.json"), new IngestDelivery(new IngestFunction(services)::handle, "us-east-1", log,
                        line -> { }), log);
        api = LocalApiServer.start(0, 8, new ApiFunction(services)::handle, "us-east-1", log, false);
        rollup = new RollupSchedule(new RankingsFunction(services), "us-east-1", log);
        api.hooks(rollup.apiHooks());
    }

    @AfterEach
    void stop() {
        if (rollup != null) rollup.close();
        if (api != null) api.close();
        if (pump != null) pump.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(api.endpoint() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return ArticleJson.mapper().readTree(response.body());
    }

    private static Set<String> sourceKeys(JsonNode listing) {
        Set<String> keys = new HashSet<>();
        listing.get("articles").forEach(a -> keys.add(a.get("source").get("key").asText()));
        return keys;
    }

    private static String slugOf(JsonNode listing, String key) {
        for (JsonNode a : listing.get("articles")) {
            if (a.get("source").get("key").asText().equals(key)) {
                return a.get("slug").asText();
            }
        }
        throw new AssertionError(key + " is not listed: " + listing);
    }

    @Test
    void uploadsAndDeletionsReachTheApiThroughThePump(LocalAws.Env env) throws Exception {
        start(env);
        env.s3().putObject(b -> b.bucket(env.bucket()).key("politique/mali.txt"),
                RequestBody.fromBytes(Pipeline.sample()));
        env.s3().putObject(b -> b.bucket(env.bucket()).key("a b/é+x.txt"), RequestBody.fromBytes(Pipeline.sample()));

        assertEquals(2, pump.pollOnce());
        JsonNode listing = getJson("/articles");
        assertEquals(Set.of("politique/mali.txt", "a b/é+x.txt"), sourceKeys(listing));
        String maliSlug = slugOf(listing, "politique/mali.txt");
        assertTrue(maliSlug.startsWith(SLUG), maliSlug); // both files share a title: one of them gets SLUG-2

        JsonNode article = getJson("/articles/" + maliSlug);
        assertEquals("Politique", article.get("section").asText());
        assertEquals(1, article.get("views").asLong());
        JsonNode ranked = getJson("/rankings").get("articles");
        assertEquals(maliSlug, ranked.get(0).get("slug").asText());
        assertEquals(1, ranked.get(0).get("views").asLong());

        env.s3().deleteObject(b -> b.bucket(env.bucket()).key("politique/mali.txt"));
        assertEquals(1, pump.pollOnce());
        assertEquals(404, get("/articles/" + maliSlug).statusCode());
        assertEquals(Set.of("a b/é+x.txt"), sourceKeys(getJson("/articles")));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("delete  politique/mali.txt"), printed.toString());
    }

    @Test
    void aRestartedPumpDoesNotReplay(LocalAws.Env env) throws Exception {
        start(env);
        env.s3().putObject(b -> b.bucket(env.bucket()).key("politique/mali.txt"),
                RequestBody.fromBytes(Pipeline.sample()));
        assertEquals(1, pump.pollOnce());
        pump.close();

        pump = EventPump.create(env.s3(), env.bucket(), "us-east-1", dir.resolve("pump.json"),
                dir.resolve("waiting.json"), (event, change, attempt) -> {
                    throw new AssertionError("replayed " + change);
                }, log);
        assertEquals(0, pump.pollOnce());
    }

    @Test
    void theRunningPumpPublishesAnUploadOnItsOwn(LocalAws.Env env) throws Exception {
        start(env);
        pump.start(LocalMode.POLL_INTERVAL);
        env.s3().putObject(b -> b.bucket(env.bucket()).key("politique/mali.txt"),
                RequestBody.fromBytes(Pipeline.sample()));
        // Tests assert no times (shared, noisy machines); the 2-second goal is measured in docs/local-mode.md.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int listed = 0;
        while (System.nanoTime() < deadline && listed == 0) {
            listed = getJson("/articles").get("articles").size();
            Thread.sleep(50);
        }
        assertEquals(1, listed, "listed without anyone calling the pump");
    }
}
