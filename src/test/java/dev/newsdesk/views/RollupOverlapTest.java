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
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Two rollup runs that overlap (nothing reserves a single instance for them): the one overtaken stops, deletes
 * nothing, and the rankings stay exact, whether it is overtaken before it writes its state or before it has
 * read the tallies of the state it started from.
 */
@ExtendWith(LocalAws.class)
class RollupOverlapTest {

    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final Duration BUDGET = Duration.ofSeconds(30);
    private static final Instant START = Instant.parse("2026-11-30T09:10:00Z");
    private static final String SLUG = "le-derby-du-dimanche";

    @Test
    void aRunOvertakenBeforeItsStateWriteStopsThereAndTheRankingsStayExact(LocalAws.Env env) {
        race(env, request -> request instanceof PutItemRequest put
                && Keys.rollupState().equals(put.item().get("pk").s()));
    }

    @Test
    void aRunWhoseStartingTalliesAnotherRunDeletedStopsAndTheRankingsStayExact(LocalAws.Env env) {
        race(env, request -> request instanceof QueryRequest query
                && query.expressionAttributeValues().get(":pk").s().startsWith("TALLY#"));
    }

    /** Runs one rollup whose request matching {@code overtakeBefore} is preceded by a whole run of another. */
    private static void race(LocalAws.Env env, Predicate<SdkRequest> overtakeBefore) {
        MovableClock clock = new MovableClock(START);
        Pipeline pipeline = new Pipeline(env, clock);
        pipeline.upload("sport/derby.txt", "Sport\n\nLe derby du dimanche\n\n"
                + "Le derby du dimanche s'est joué à guichets fermés, devant un public venu de toute la région.");
        ViewCounter counter = pipeline.services().views();
        RankingRollup other = new RankingRollup(env.dynamo(), env.table(), counter, GRACE, BUDGET, System::nanoTime);
        AtomicReference<RankingRollup.Report> otherReport = new AtomicReference<>();
        RankingRollup first = new RankingRollup(env.dynamoWith(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (otherReport.get() == null && overtakeBefore.test(context.request())) {
                    otherReport.set(other.run(clock.instant()));
                }
            }
        })), env.table(), counter, GRACE, BUDGET, System::nanoTime);

        // Views already in the windows of the state both runs start from: a run that lost those tallies would
        // save windows without them, under the names the other run's state points at.
        counter.count(SLUG, "Le derby du dimanche", "Sport", START.minus(Duration.ofMinutes(30)));
        counter.count(SLUG, "Le derby du dimanche", "Sport", START.minus(Duration.ofMinutes(29)));
        other.run(START);                                          // the state both runs start from
        for (int i = 0; i < 4; i++) counter.count(SLUG, "Le derby du dimanche", "Sport", START.plusSeconds(60L * i));
        clock.set(START.plus(Duration.ofHours(2)));               // an hour closes: several state writes to race
        RankingRollup.Report report = first.run(clock.instant());

        assertTrue(report.superseded(), report.toString());
        assertFalse(otherReport.get().superseded(), otherReport.get().toString());
        assertEquals(Map.of(SLUG, 6L), ranking(pipeline, "all"), "the other run's rankings");

        counter.count(SLUG, "Le derby du dimanche", "Sport", clock.instant());
        clock.advance(Duration.ofMinutes(2));
        RankingRollup.Report next = first.run(clock.instant());   // from the state the other run saved
        assertFalse(next.superseded(), next.toString());
        assertEquals(Map.of(SLUG, 7L), ranking(pipeline, "all"));
        assertEquals(Map.of(SLUG, 7L), ranking(pipeline, "24h"));
    }

    private static Map<String, Long> ranking(Pipeline pipeline, String window) {
        Map<String, Long> views = new TreeMap<>();
        for (JsonNode a : pipeline.getJson("/rankings?window=" + window).get("articles")) {
            views.put(a.get("slug").asText(), a.get("views").asLong());
        }
        return views;
    }
}
