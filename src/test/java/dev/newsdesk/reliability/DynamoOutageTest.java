package dev.newsdesk.reliability;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.functions.Services;
import dev.newsdesk.Settings;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.functions.events.S3Event;
import dev.newsdesk.local.DynaliteServer;
import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Keys;
import dev.newsdesk.store.Table;
import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.S3Events;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * DynamoDB goes away in the middle of the work and comes back on the same data: nothing is lost, nothing is
 * doubled. This class runs its own dynalite (on disk, in a temporary directory, on its own port) so that it can
 * stop and restart it without disturbing the servers the rest of the run shares; S3 is the shared S3Proxy.
 */
@ExtendWith(LocalAws.class)
class DynamoOutageTest {

    private static final int FILES = 8;

    @TempDir
    Path data;

    private DynaliteServer dynalite;

    private void start(int port) throws Exception {
        Path log = Files.createDirectories(Path.of("target")).resolve("dynalite-outage-test.log");
        dynalite = DynaliteServer.start(Path.of("").toAbsolutePath(), port, Optional.of(data.resolve("dynamodb")), log);
    }

    private void stop() {
        dynalite.close();
    }

    @AfterEach
    void cleanUp() {
        if (dynalite != null) dynalite.close();
    }

    /** Services on this class's dynalite and the shared S3 bucket. */
    private Pipeline pipeline(LocalAws.Env env) {
        Settings settings = Settings.local("outage", env.bucket(), env.settings().s3Endpoint().orElseThrow(),
                dynalite.endpoint());
        Services services = Services.create(settings);
        Table.ensureExists(services.dynamo(), settings.tableName());
        return new Pipeline(env, services);
    }

    private static String article(int n) {
        String sentence = "Le conseil municipal de la ville numéro " + n + " a voté le budget de l'année prochaine, "
                + "après un long débat sur les transports, les écoles et la rénovation des quartiers anciens.";
        return "Régions\n\nLa ville numéro " + n + " adopte son budget\n\n" + (sentence + " ").repeat(6) + "\n\n"
                + (sentence + " ").repeat(4);
    }

    @Test
    void aBatchCutShortByAnOutageIsCompletedByTheRedeliveryExactlyOnce(LocalAws.Env env) throws Exception {
        start(0);
        int port = dynalite.port();
        Pipeline pipeline = pipeline(env);
        List<S3Event.Notification> records = new ArrayList<>();
        for (int i = 1; i <= FILES; i++) {
            String key = "regions/ville-" + i + ".txt";
            byte[] bytes = article(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String etag = env.s3().putObject(b -> b.bucket(env.bucket()).key(key), RequestBody.fromBytes(bytes)).eTag();
            records.add(S3Events.created(env.bucket(), key, bytes.length, etag, null));
        }
        S3Event event = S3Events.event(records.toArray(S3Event.Notification[]::new));

        // The first delivery: DynamoDB stops once a few records are through, whatever the one in hand is doing.
        CompletableFuture<Void> firstDelivery = CompletableFuture.runAsync(
                () -> pipeline.ingestFunction().handle(event, null));
        int published = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (published < 3 && System.nanoTime() < deadline && !firstDelivery.isDone()) {
            published = statuses(pipeline, env, FILES);
            Thread.sleep(10);
        }
        stop();
        Throwable thrown = firstDelivery.handle((ok, e) -> e).get(120, TimeUnit.SECONDS);
        assertTrue(published >= 3 && published < FILES, "the outage came mid-batch: " + published + " done");
        assertTrue(thrown != null && thrown.getCause() != null
                        && thrown.getCause().getMessage().contains("transient reason"),
                "the handler fails the invocation so that Lambda retries it: " + thrown);
        assertEquals(0, thrown.getCause().getStackTrace().length, "no stack trace for the runtime to log");
        assertEquals(null, thrown.getCause().getCause(), "nor a cause with one");

        start(port);
        // Lambda retries the whole event (and S3 may deliver it once more on top): at least once.
        assertDoesNotThrow(() -> pipeline.ingestFunction().handle(event, null));
        assertDoesNotThrow(() -> pipeline.ingestFunction().handle(event, null));

        Set<String> slugs = new HashSet<>();
        for (int i = 1; i <= FILES; i++) {
            UploadStatus status = pipeline.services().uploads().find(env.bucket(), "regions/ville-" + i + ".txt")
                    .orElseThrow();
            assertEquals(UploadStatus.State.PUBLISHED, status.state(), status.toString());
            assertEquals("la-ville-numero-" + i + "-adopte-son-budget", status.slug(), "no -2: never a second copy");
            slugs.add(status.slug());
        }
        assertEquals(FILES, slugs.size());
        JsonNode listed = pipeline.getJson("/articles?limit=100").get("articles");
        assertEquals(FILES, listed.size());
        assertEquals(FILES, count(pipeline, Keys.listing(Keys.facetAll())), "one list entry each");
        assertEquals(FILES, count(pipeline, Keys.listing(Keys.facetSection("Régions"))));
    }

    @Test
    void viewsCountedBeforeAnOutageAreKeptAndReadsDuringItAnswer503(LocalAws.Env env) throws Exception {
        start(0);
        int port = dynalite.port();
        Pipeline pipeline = pipeline(env);
        pipeline.upload("regions/ville-1.txt", article(1));
        String slug = "la-ville-numero-1-adopte-son-budget";
        for (int i = 0; i < 5; i++) {
            assertEquals(200, pipeline.get("/articles/" + slug).statusCode());
        }

        stop();
        for (int i = 0; i < 3; i++) {
            HttpApiResponse during = pipeline.get("/articles/" + slug);
            assertEquals(503, during.statusCode());
            assertEquals("application/problem+json", during.headers().get("Content-Type"));
            assertEquals("1", during.headers().get("Retry-After"));
            JsonNode problem = Pipeline.json(during);
            assertEquals(503, problem.get("status").asInt());
            assertFalse(during.body().contains("Exception") || during.body().contains("dev.newsdesk")
                    || during.body().contains("127.0.0.1"), during.body());
        }
        assertEquals(503, pipeline.get("/articles").statusCode());
        assertEquals(503, pipeline.get("/rankings").statusCode());

        start(port);
        assertEquals(6, pipeline.getJson("/articles/" + slug).get("views").asLong(),
                "the five views before the outage, none of the failed reads, and this one");
        pipeline.rollup();
        assertEquals(6, pipeline.getJson("/rankings").get("articles").get(0).get("views").asLong());
    }

    private static int statuses(Pipeline pipeline, LocalAws.Env env, int files) {
        int n = 0;
        for (int i = 1; i <= files; i++) {
            try {
                if (pipeline.services().uploads().find(env.bucket(), "regions/ville-" + i + ".txt").isPresent()) n++;
            } catch (RuntimeException stopped) {
                return n;
            }
        }
        return n;
    }

    private static int count(Pipeline pipeline, String pk) {
        return pipeline.services().dynamo().query(b -> b.tableName("outage").keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Table.PK))
                .expressionAttributeValues(Map.of(":pk", Attr.s(pk)))).count();
    }
}
