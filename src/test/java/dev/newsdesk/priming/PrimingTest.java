package dev.newsdesk.priming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** SnapStart priming runs the real code paths, and never writes to a real table or bucket. */
@ExtendWith(LocalAws.class)
class PrimingTest {

    @Test
    void primingLeavesTheTableAndTheBucketAsTheyWere(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.uploadSample("politique/mali.txt");
        String slug = "avec-le-soutien-de-la-russie-le-mali-ouvre-une-nouvelle-page-de-stabilite-securitaire";
        assertEquals(200, pipeline.get("/articles/" + slug).getStatusCode());
        pipeline.rollup();
        List<Map<String, AttributeValue>> itemsBefore = items(env);
        List<String> objectsBefore = objects(env);

        Priming.ingest();
        Priming.api();
        Priming.rollup();

        assertEquals(itemsBefore, items(env));
        assertEquals(objectsBefore, objects(env));
        assertEquals(2, pipeline.getJson("/articles/" + slug).get("views").asLong(),
                "priming counted no view: the second read sees 2");
    }

    @Test
    void apiPrimingServesEveryRouteAndCountsAViewOffline() {
        try (Priming.Offline offline = Priming.offline()) {
            assertEquals(List.of(200, 200, 200, 200, 200, 200, 404), Priming.api(offline));
            Map<String, Integer> calls = offline.http().calls();
            assertEquals(Priming.ROUNDS * Priming.SAMPLES.size(), calls.get("s3:GET"), calls.toString());
            assertTrue(calls.get("dynamodb:PutItem") >= Priming.SAMPLES.size(), calls.toString());
            assertEquals(2 * Priming.ROUNDS, calls.get("dynamodb:UpdateItem"),
                    "one view a round: counter shard and view log " + calls);
        }
    }

    @Test
    void ingestAndRollupPrimingRunWithoutError() {
        Priming.ingest();
        Priming.rollup();
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
