package dev.newsdesk.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.ingest.IngestOutcome;
import dev.newsdesk.priming.Priming;
import dev.newsdesk.priming.Samples;
import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Each function's SnapStart priming runs its real code paths, checks that they did their work, and never writes
 * to a real table or bucket. The routines are called directly: {@link Priming#run} swallows their failures.
 */
@ExtendWith(LocalAws.class)
class PrimingTest {

    @Test
    void primingLeavesTheTableAndTheBucketAsTheyWere(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.uploadSample("politique/mali.txt");
        String slug = "avec-le-soutien-de-la-russie-le-mali-ouvre-une-nouvelle-page-de-stabilite-securitaire";
        assertEquals(200, pipeline.get("/articles/" + slug).statusCode());
        pipeline.rollup();
        List<Map<String, AttributeValue>> itemsBefore = items(env);
        List<String> objectsBefore = objects(env);

        IngestFunction.prime();
        ApiFunction.prime();
        RankingsFunction.prime();

        assertEquals(itemsBefore, items(env));
        assertEquals(objectsBefore, objects(env));
        assertEquals(2, pipeline.getJson("/articles/" + slug).get("views").asLong(),
                "priming counted no view: the second read sees 2");
    }

    @Test
    void ingestPrimingPublishesEverySampleEveryRound() {
        try (OfflineServices offline = OfflineServices.start()) {
            List<IngestOutcome> outcomes = IngestFunction.publishSamples(offline);
            assertEquals(2 * Priming.ROUNDS * Samples.NAMES.size(), outcomes.size(), "each sample, then a revision");
            outcomes.forEach(o -> assertEquals(IngestOutcome.Result.PUBLISHED, o.result(), o.toString()));
            for (String sample : Samples.NAMES) {
                assertEquals(UploadStatus.State.PUBLISHED, offline.services().uploads()
                        .find(OfflineServices.BUCKET, OfflineServices.key(sample)).orElseThrow().state(), sample);
            }
            assertNotEquals("no-such-article", offline.textSampleSlug());
        }
    }

    @Test
    void ingestPrimingPublishesARevisionOverTheStandingArticle() {
        try (OfflineServices offline = OfflineServices.start()) {
            IngestFunction.publishSamples(offline);
            String body = offline.services().articles().find(offline.textSampleSlug()).orElseThrow().content().body();
            assertTrue(body.contains("(revision " + (Priming.ROUNDS - 1) + ")"), body);
            Map<String, Integer> calls = offline.endpoint().calls();
            assertEquals(2 * Priming.ROUNDS * Samples.NAMES.size(), calls.get("s3:GET"), calls.toString());
        }
    }

    @Test
    void ingestPrimingFailsWhenASampleIsNotPublished() {
        Map<String, byte[]> samples = Map.of("sample.txt", "not an article".getBytes(StandardCharsets.UTF_8),
                "sample.html", new byte[0]);
        try (OfflineServices offline = OfflineServices.serving(samples)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> IngestFunction.publishSamples(offline));
            assertTrue(e.getMessage().contains(" was failed "), e.getMessage());
        }
    }

    @Test
    void apiPrimingServesEveryRouteAndCountsAViewOffline() {
        try (OfflineServices offline = OfflineServices.start()) {
            assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404), ApiFunction.prime(offline));
            Map<String, Integer> calls = offline.endpoint().calls();
            assertEquals(2 * Priming.ROUNDS * Samples.NAMES.size(), calls.get("s3:GET"),
                    "each sample and its revision, each round " + calls);
            assertTrue(calls.get("dynamodb:PutItem") >= Samples.NAMES.size(), calls.toString());
            assertEquals(Priming.ROUNDS, calls.get("dynamodb:UpdateItem VIEWED"),
                    "one view a round: its view-log write " + calls);
        }
    }

    @Test
    void rankingsPrimingRunsTheRollupAfterAView() {
        try (OfflineServices offline = OfflineServices.start()) {
            String line = RankingsFunction.prime(offline);
            assertTrue(line.startsWith("{\"event\":\"rollup\""), line);
            Map<String, Integer> calls = offline.endpoint().calls();
            assertEquals(1, calls.get("dynamodb:UpdateItem VIEWED"), "one view: its view-log write " + calls);
        }
    }

    private static List<Map<String, AttributeValue>> items(LocalAws.Env env) {
        return env.dynamo().scanPaginator(b -> b.tableName(env.table())).items().stream()
                .sorted(java.util.Comparator.comparing(i -> i.get("pk").s() + "|" + i.get("sk").s()))
                .toList();
    }

    private static List<String> objects(LocalAws.Env env) {
        return env.s3().listObjectsV2Paginator(b -> b.bucket(env.bucket())).contents().stream()
                .map(o -> o.key() + " " + o.eTag() + " " + o.size()).toList();
    }
}
