package dev.newsdesk.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.functions.events.S3Event;
import dev.newsdesk.testing.Invoke;
import dev.newsdesk.testing.LocalAws;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * The files of events/, byte for byte as `sam local invoke` would pass them, through the real functions' stream
 * handlers, as Lambda invokes them, on S3Proxy and
 * dynalite: the put event publishes the sample, every API event finds it (the rankings once the scheduled
 * event has run the rollup), the delete event unpublishes it.
 */
@ExtendWith(LocalAws.class)
class EventFilesThroughFunctionsTest {

    private static final Path SAMPLE = Path.of("src/test/resources/samples/politique-mali-russie.txt");
    private static final String SLUG =
            "avec-le-soutien-de-la-russie-le-mali-ouvre-une-nouvelle-page-de-stabilite-securitaire";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theEventFilesTakeTheSampleFromUploadToDeletion(LocalAws.Env env) throws IOException {
        S3Event put = EventsTest.load("s3-put.json", S3Event.class);
        String bucket = put.records().get(0).s3().bucket().name();
        String key = put.records().get(0).s3().object().decodedKey();
        // The events name the one-machine mode's bucket: this run's S3 server gets it too.
        createBucket(env.s3(), bucket);
        env.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(SAMPLE));
        Services services = Services.create(env.settings());
        IngestFunction ingest = new IngestFunction(services);
        ApiFunction api = new ApiFunction(services);
        RankingsFunction rollup = new RankingsFunction(services);
        @SuppressWarnings("unchecked")
        Map<String, Object> everyMinute = EventsTest.load("rankings-schedule.json", Map.class);

        Invoke.ingest(ingest, file("s3-put.json"));

        JsonNode list = ok(api, "api-list-articles.json");
        assertEquals(List.of(SLUG), slugs(list.path("articles")));
        JsonNode article = ok(api, "api-get-article.json");
        assertEquals("Avec le soutien de la Russie, le Mali ouvre une nouvelle page de stabilité sécuritaire",
                article.path("title").asText());
        assertEquals("Politique", article.path("section").asText());
        assertEquals(key, article.path("source").path("key").asText());
        rollup.handleRequest(everyMinute, null);
        JsonNode rankings = ok(api, "api-rankings.json");
        assertEquals("all", rankings.path("window").asText());
        assertEquals(List.of(SLUG), slugs(rankings.path("articles")));
        assertEquals(1, rankings.path("articles").path(0).path("views").asLong(), "one GET, one view");
        JsonNode sections = ok(api, "api-sections.json");
        assertEquals("Politique", sections.path("sections").path(0).path("name").asText());
        assertEquals(1, sections.path("sections").path(0).path("articles").asInt());

        HttpApiResponse head = Invoke.api(api, file("api-head-article-default-route.json"));
        assertEquals(200, head.statusCode(), "HEAD through the $default route finds the article");
        rollup.handleRequest(everyMinute, null);
        assertEquals(1, ok(api, "api-rankings.json").path("articles").path(0).path("views").asLong(),
                "HEAD counts no view");

        env.s3().deleteObject(b -> b.bucket(bucket).key(key));
        Invoke.ingest(ingest, file("s3-delete.json"));

        HttpApiResponse gone = Invoke.api(api, file("api-get-article.json"));
        assertEquals(404, gone.statusCode());
        assertTrue(gone.headers().get("Content-Type").startsWith("application/problem+json"),
                gone.headers().toString());
        assertEquals(List.of(), slugs(ok(api, "api-list-articles.json").path("articles")));
    }

    private static JsonNode ok(ApiFunction api, String file) throws IOException {
        HttpApiResponse response = Invoke.api(api, file(file));
        assertEquals(200, response.statusCode(), file + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static byte[] file(String name) throws IOException {
        return Files.readAllBytes(Path.of("events", name));
    }

    private static List<String> slugs(JsonNode articles) {
        return articles.findValues("slug").stream().map(JsonNode::asText).toList();
    }

    private static void createBucket(S3Client s3, String bucket) {
        try {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (BucketAlreadyOwnedByYouException alreadyThere) {
            // another run of this class on the same servers
        }
    }
}
