package dev.newsdesk.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.testing.LocalAws;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * The files of events/, exactly as `sam local invoke` would pass them, through the real functions on S3Proxy and
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
        S3Event put = EventLoader.loadS3Event("events/s3-put.json");
        String bucket = put.getRecords().get(0).getS3().getBucket().getName();
        String key = put.getRecords().get(0).getS3().getObject().getUrlDecodedKey();
        // The events name the one-machine mode's bucket: this run's S3 server gets it too.
        createBucket(env.s3(), bucket);
        env.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(SAMPLE));
        Services services = Services.create(env.settings());
        IngestFunction ingest = new IngestFunction(services);
        ApiFunction api = new ApiFunction(services);
        RankingsFunction rollup = new RankingsFunction(services);
        @SuppressWarnings("unchecked")
        Map<String, Object> everyMinute = EventLoader.loadEvent("events/rankings-schedule.json", Map.class);

        ingest.handleRequest(put, null);

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

        APIGatewayV2HTTPResponse head = api.handleRequest(
                EventLoader.loadApiGatewayHttpEvent("events/api-head-article-default-route.json"), null);
        assertEquals(200, head.getStatusCode(), "HEAD through the $default route finds the article");
        rollup.handleRequest(everyMinute, null);
        assertEquals(1, ok(api, "api-rankings.json").path("articles").path(0).path("views").asLong(),
                "HEAD counts no view");

        env.s3().deleteObject(b -> b.bucket(bucket).key(key));
        ingest.handleRequest(EventLoader.loadS3Event("events/s3-delete.json"), null);

        APIGatewayV2HTTPResponse gone = api.handleRequest(
                EventLoader.loadApiGatewayHttpEvent("events/api-get-article.json"), null);
        assertEquals(404, gone.getStatusCode());
        assertTrue(gone.getHeaders().get("Content-Type").startsWith("application/problem+json"),
                gone.getHeaders().toString());
        assertEquals(List.of(), slugs(ok(api, "api-list-articles.json").path("articles")));
    }

    private static JsonNode ok(ApiFunction api, String file) throws IOException {
        APIGatewayV2HTTPResponse response =
                api.handleRequest(EventLoader.loadApiGatewayHttpEvent("events/" + file), null);
        assertEquals(200, response.getStatusCode(), file + ": " + response.getBody());
        return JSON.readTree(response.getBody());
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
