package dev.newsdesk.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.AwsClients;
import dev.newsdesk.functions.Services;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.RequestCounter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A backlog longer than one run's budget (the rollup stopped for six hours while views went on) is caught up
 * over several runs, each moving forward, with the rankings exact as of the minute folded after every run and
 * exact for every window once caught up. The budget is measured on a clock that moves one second per DynamoDB
 * request of the rollup: the same work gives the same runs on any machine.
 */
@ExtendWith(LocalAws.class)
class RollupCatchUpTest {

    private static final Instant START = Instant.parse("2026-11-30T06:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final Duration BUDGET = Duration.ofSeconds(40);
    private static final long NANOS_PER_REQUEST = Duration.ofSeconds(1).toNanos();
    private static final List<String> SLUGS = List.of("marche-de-noel-0", "marche-de-noel-1", "marche-de-noel-2");

    @Test
    void sixHoursOfBacklogAreCaughtUpOverSeveralBoundedRunsWithExactRankings(LocalAws.Env env) {
        MovableClock clock = new MovableClock(START);
        Pipeline pipeline = new Pipeline(env, clock);
        for (int i = 0; i < SLUGS.size(); i++) {
            pipeline.upload("noel/" + i + ".txt", "Culture\n\nMarché de Noël " + i + "\n\n"
                    + "Le marché de Noël numéro " + i + " ouvre ses chalets sur la place, avec du vin chaud.");
        }
        RequestCounter requests = new RequestCounter();
        DynamoDbClient counted = env.dynamoWith(c -> c.addExecutionInterceptor(requests));
        RankingRollup rollup = new RankingRollup(counted, env.table(), pipeline.services().views(), GRACE, BUDGET,
                () -> requests.total() * NANOS_PER_REQUEST);
        rollup.run(clock.instant());                                  // the rollup's state, before it stops

        // Six hours of views with no rollup: article i read i+1 times at minutes 5, 25 and 45 of every hour.
        TreeMap<Instant, Map<String, Long>> viewsAt = new TreeMap<>();
        ViewCounter counter = pipeline.services().views();
        for (int hour = 0; hour < 6; hour++) {
            for (int minute : new int[] {5, 25, 45}) {
                Instant at = START.plus(hour, ChronoUnit.HOURS).plus(minute, ChronoUnit.MINUTES);
                Map<String, Long> counts = new TreeMap<>();
                for (int i = 0; i < SLUGS.size(); i++) {
                    for (int v = 0; v <= i; v++) counter.count(SLUGS.get(i), "Marché de Noël " + i, "Culture", at);
                    counts.put(SLUGS.get(i), (long) i + 1);
                }
                viewsAt.put(at, counts);
            }
        }

        clock.set(START.plus(6, ChronoUnit.HOURS).plus(2, ChronoUnit.MINUTES));
        List<RankingRollup.Report> runs = new ArrayList<>();
        RankingRollup.Report report;
        do {
            requests.reset();
            report = rollup.run(clock.instant());
            runs.add(report);
            assertTrue(runs.size() <= 10, "not caught up after 10 runs: " + runs);
            if (runs.size() > 1) {
                assertTrue(report.foldedThrough().isAfter(runs.get(runs.size() - 2).foldedThrough()),
                        "every run moves on: " + runs);
            }
            assertEquals(foldedBy(viewsAt, report.foldedThrough()), ranking(pipeline, "all"),
                    "the rankings are exact as of the last folded minute, " + report.foldedThrough());
        } while (!report.caughtUp());

        assertTrue(runs.size() > 1, "the backlog must not fit one run's budget: " + runs);
        assertFalse(runs.get(0).caughtUp());
        assertTrue(report.lag(clock.instant()).compareTo(Duration.ofSeconds(75)) <= 0, report.toString());
        Map<String, Long> all = foldedBy(viewsAt, clock.instant());
        assertEquals(Map.of(SLUGS.get(0), 18L, SLUGS.get(1), 36L, SLUGS.get(2), 54L), all);
        assertEquals(all, ranking(pipeline, "all"));
        assertEquals(all, ranking(pipeline, "24h"));
        for (String slug : SLUGS) {
            assertEquals(all.get(slug), counter.total(slug), "the counter agrees with the rankings");
        }
    }

    /** The views counted at or before {@code through}'s minute, per slug. */
    private static Map<String, Long> foldedBy(TreeMap<Instant, Map<String, Long>> viewsAt, Instant through) {
        Map<String, Long> total = new TreeMap<>();
        viewsAt.headMap(through.truncatedTo(ChronoUnit.MINUTES), true).values()
                .forEach(counts -> counts.forEach((slug, n) -> total.merge(slug, n, Long::sum)));
        return total;
    }

    private static Map<String, Long> ranking(Pipeline pipeline, String window) {
        Map<String, Long> views = new TreeMap<>();
        for (JsonNode a : pipeline.getJson("/rankings?window=" + window).get("articles")) {
            views.put(a.get("slug").asText(), a.get("views").asLong());
        }
        return views;
    }
}
