package dev.newsdesk.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.AwsClients;
import dev.newsdesk.functions.Services;
import dev.newsdesk.testing.FaultInjector;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
import dev.newsdesk.testing.Pipeline;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A rollup that dies half-way leaves its previous state whole: the next run gives the same rankings. */
@ExtendWith(LocalAws.class)
class RollupRecoveryTest {

    @Test
    void aRunThatDiesHalfWayIsRedoneWithoutCountingTwice(LocalAws.Env env) {
        FaultInjector faults = new FaultInjector();
        MovableClock clock = new MovableClock(Instant.parse("2026-11-27T09:30:00Z"));
        Pipeline pipeline = new Pipeline(env, Services.with(env.settings(), clock, AwsClients.s3(env.settings()),
                dynamo(env, faults)));
        for (int i = 0; i < 3; i++) {
            pipeline.upload("r/" + i + ".txt", "Sport\n\nMatch numéro " + i + " de la saison\n\n"
                    + "Le compte rendu du match numéro " + i + ", avec les buts, les cartons et les remplacements.");
        }
        read(pipeline, 0, 5);
        read(pipeline, 1, 3);
        pipeline.rollup();
        clock.advance(Duration.ofHours(3));                    // three hours close on the next run
        read(pipeline, 2, 7);
        read(pipeline, 0, 1);

        for (int failAt = 1; failAt <= 6; failAt++) {          // dies before its 1st, 2nd, ... 6th write
            faults.failOn("PutItem", failAt);
            assertThrows(SdkClientException.class, pipeline::rollup, "run dying at write " + failAt);
        }
        pipeline.rollup();

        Map<String, Long> expected = Map.of("match-numero-0-de-la-saison", 6L, "match-numero-1-de-la-saison", 3L,
                "match-numero-2-de-la-saison", 7L);
        assertEquals(expected, ranking(pipeline, "all"));
        assertEquals(expected, ranking(pipeline, "24h"), "every view is less than 24 hours old");
        assertEquals(expected, ranking(pipeline, "7d"));
    }

    private static void read(Pipeline pipeline, int article, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(200, pipeline.get("/articles/match-numero-" + article + "-de-la-saison").statusCode());
        }
    }

    private static Map<String, Long> ranking(Pipeline pipeline, String window) {
        Map<String, Long> views = new TreeMap<>();
        for (JsonNode a : pipeline.getJson("/rankings?window=" + window).get("articles")) {
            views.put(a.get("slug").asText(), a.get("views").asLong());
        }
        return views;
    }

    private static DynamoDbClient dynamo(LocalAws.Env env, FaultInjector faults) {
        return env.dynamoWith(c -> c.addExecutionInterceptor(faults).retryStrategy(r -> r.maxAttempts(1)));
    }
}
