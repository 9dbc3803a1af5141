package dev.newsdesk.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.store.Keys;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
import dev.newsdesk.testing.Pipeline;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Two rollup runs that overlap (nothing reserves a single instance for them): the one overtaken stops at its
 * state write, deletes nothing, and the rankings stay exact.
 */
@ExtendWith(LocalAws.class)
class RollupOverlapTest {

    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final Duration BUDGET = Duration.ofSeconds(30);

    @Test
    void aRunOvertakenByAnotherStopsAtItsStateWriteAndTheRankingsStayExact(LocalAws.Env env) {
        Instant start = Instant.parse("2026-11-30T09:10:00Z");
        MovableClock clock = new MovableClock(start);
        Pipeline pipeline = new Pipeline(env, clock);
        pipeline.upload("sport/derby.txt", "Sport\n\nLe derby du dimanche\n\n"
                + "Le derby du dimanche s'est joué à guichets fermés, devant un public venu de toute la région.");
        String slug = "le-derby-du-dimanche";
        ViewCounter counter = pipeline.services().views();
        RankingRollup other = new RankingRollup(env.dynamo(), env.table(), counter, GRACE, BUDGET, System::nanoTime);
        AtomicReference<RankingRollup.Report> otherReport = new AtomicReference<>();
        // The overtaken run: just before it writes the state, the other run does a whole run of its own.
        DynamoDbClient overtaken = env.dynamoWith(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutItemRequest put && otherReport.get() == null
                        && Keys.rollupState().equals(put.item().get("pk").s())) {
                    otherReport.set(other.run(clock.instant()));
                }
            }
        }));
        RankingRollup first = new RankingRollup(overtaken, env.table(), counter, GRACE, BUDGET, System::nanoTime);

        other.run(start);                                          // the rollup's state, before the views
        for (int i = 0; i < 4; i++) counter.count(slug, "Le derby du dimanche", "Sport", start.plusSeconds(60L * i));
        clock.set(start.plus(Duration.ofHours(2)));               // an hour closes: several state writes to race
        RankingRollup.Report report = first.run(clock.instant());

        assertTrue(report.superseded(), report.toString());
        assertFalse(otherReport.get().superseded(), otherReport.get().toString());
        assertEquals(Map.of(slug, 4L), ranking(pipeline, "all"), "the other run's rankings");

        counter.count(slug, "Le derby du dimanche", "Sport", clock.instant());
        clock.advance(Duration.ofMinutes(2));
        RankingRollup.Report next = first.run(clock.instant());   // from the state the other run saved
        assertFalse(next.superseded(), next.toString());
        assertEquals(Map.of(slug, 5L), ranking(pipeline, "all"));
        assertEquals(Map.of(slug, 5L), ranking(pipeline, "24h"));
    }

    private static Map<String, Long> ranking(Pipeline pipeline, String window) {
        Map<String, Long> views = new TreeMap<>();
        for (JsonNode a : pipeline.getJson("/rankings?window=" + window).get("articles")) {
            views.put(a.get("slug").asText(), a.get("views").asLong());
        }
        return views;
    }
}
