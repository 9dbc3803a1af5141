package dev.newsdesk.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Batches;
import dev.newsdesk.store.Keys;
import dev.newsdesk.testing.LocalAws;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Six hours of backlog at 100,000 views/s, scaled down 5,000 times, on dynalite: the view log as the API leaves it
 * (one item per article viewed a minute, about 100,000 a minute at full rate: docs/benchmarks.md, "Scale"; 20
 * here), views going on while the rollup catches up. Each run's time is charged on a model clock: 10 µs per view-log
 * item at full rate (a function folding 100,000 items/s, about 17 MB/s of 1 MB Query pages: an assumption, not a
 * measurement on AWS), so 50 ms per item here, plus 5 ms per DynamoDB request. With 8 workers folding whole hours
 * side by side, the backlog is caught up within 10 runs of at most 55 s each and the rankings and totals are exact;
 * one function alone spends more than a run's 55 s on the first hour.
 */
@ExtendWith(LocalAws.class)
class RollupFullRateTest {

    private static final Instant START = Instant.parse("2026-11-30T06:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final Duration BUDGET = Duration.ofSeconds(30);
    private static final Duration TIMEOUT = Duration.ofSeconds(55);
    private static final int SCALE = 5_000;
    private static final int ARTICLES = 100_000 / SCALE;
    private static final int PARTITIONS = 256;
    private static final int WORKERS = 8;
    private static final long NANOS_PER_ITEM = 10_000L * SCALE;
    private static final long NANOS_PER_REQUEST = 5_000_000L;

    @Test
    void eightWorkersCatchSixHoursUpWithinTenRunsOfAtMostFiftyFiveSeconds(LocalAws.Env env) {
        ViewCounter counter = new ViewCounter(env.dynamo(), env.table(), PARTITIONS, Duration.ZERO);
        Timed coordinator = new Timed(env, WORKERS);
        List<Timed> workers = new ArrayList<>();
        for (int g = 0; g < WORKERS; g++) workers.add(new Timed(env, WORKERS));
        coordinator.rollup.run(START);                                 // the state, before the rollup stops
        Instant now = START.plus(6, ChronoUnit.HOURS).plus(2, ChronoUnit.MINUTES);
        writeLog(env, START, now);

        RankingRollup.Report report = null;
        int runs = 0;
        Duration longestRun = Duration.ZERO;
        Duration longestWorker = Duration.ZERO;
        while (report == null || !report.caughtUp()) {
            runs++;
            assertTrue(runs <= 10, "not caught up after 10 runs: " + report);
            Instant at = now(now, runs);
            // All start together on AWS; the coordinator goes first here, so it adds up only what the workers
            // folded in earlier runs.
            RankingRollup.Report[] out = new RankingRollup.Report[1];
            Duration took = coordinator.time(() -> out[0] = coordinator.rollup.run(at));
            report = out[0];
            assertTrue(took.compareTo(TIMEOUT) <= 0, "run " + runs + " took " + took + ": " + report);
            if (took.compareTo(longestRun) > 0) longestRun = took;
            for (int g = 0; g < WORKERS; g++) {
                int group = g;
                Duration workerTook = workers.get(g).time(() -> workers.get(group).rollup.foldPart(at, group));
                assertTrue(workerTook.compareTo(TIMEOUT) <= 0, "worker " + g + " of run " + runs + ": " + workerTook);
                if (workerTook.compareTo(longestWorker) > 0) longestWorker = workerTook;
            }
            writeLog(env, at, at.plus(1, ChronoUnit.MINUTES));               // views go on
        }
        assertTrue(runs > 1, "six hours must not fit one run");
        // The figures docs/data-model.md quotes (target/surefire-reports/*RollupFullRateTest-output.txt).
        System.out.printf("caught up in %d runs; longest rollup run %s, longest worker run %s (model clock)%n", runs,
                longestRun, longestWorker);
        // The rankings as the last run wrote them (every minute written before it, live ones added), and the totals.
        Map<String, Long> upToLastRun = new TreeMap<>();
        expectedThrough(now(now, runs).minus(1, ChronoUnit.MINUTES), upToLastRun);
        assertEquals(upToLastRun, ranking(env));
        Map<String, Long> totals = new TreeMap<>();
        counter.stored().read(new ArrayList<>(upToLastRun.keySet()), true)
                .forEach((slug, total) -> totals.put(slug, total.views()));
        Map<String, Long> folded = new TreeMap<>();
        expectedThrough(report.foldedThrough(), folded);
        assertEquals(folded, totals, "each article's total, as folded");
    }

    @Test
    void oneFunctionAloneSpendsMoreThanARunOnTheFirstHour(LocalAws.Env env) {
        Timed alone = new Timed(env, 1);
        alone.rollup.run(START);
        Instant now = START.plus(2, ChronoUnit.HOURS).plus(2, ChronoUnit.MINUTES);
        writeLog(env, START, now);
        Duration took = alone.time(() -> alone.rollup.run(now));
        assertTrue(took.compareTo(TIMEOUT) > 0, "an hour at full rate is 6,000,000 items: " + took);
        System.out.printf("one function alone: its first run took %s (model clock)%n", took);
    }

    private static Instant now(Instant first, int run) {
        return first.plus(run - 1, ChronoUnit.MINUTES);
    }

    /** A rollup whose clock moves with the requests it sends and the view-log items it reads. */
    private static final class Timed implements ExecutionInterceptor {
        final AtomicLong nanos = new AtomicLong();
        final RankingRollup rollup;

        Timed(LocalAws.Env env, int workers) {
            DynamoDbClient dynamo = env.dynamoWith(c -> c.addExecutionInterceptor(this));
            LongSupplier clock = nanos::get;
            ViewCounter counter = new ViewCounter(dynamo, env.table(), PARTITIONS, Duration.ZERO);
            rollup = new RankingRollup(dynamo, env.table(), counter, GRACE, BUDGET, clock, workers);
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            nanos.addAndGet(NANOS_PER_REQUEST);
            if (context.request() instanceof QueryRequest query && context.response() instanceof QueryResponse r
                    && query.expressionAttributeValues().get(":pk").s().startsWith("VIEWED#")) {
                nanos.addAndGet(NANOS_PER_ITEM * r.count());
            }
        }

        Duration time(Runnable run) {
            long before = nanos.get();
            run.run();
            return Duration.ofNanos(nanos.get() - before);
        }
    }

    /** Article i's views in the minute {@code m} minutes after START: 1 to 5, varying. */
    private static long views(int article, long minute) {
        return 1 + (article * 7L + minute) % 5;
    }

    /** The log's items for the minutes from {@code from} until {@code until}, as the API's ADDs leave them. */
    private static void writeLog(LocalAws.Env env, Instant from, Instant until) {
        List<WriteRequest> puts = new ArrayList<>();
        for (Instant m = from; m.isBefore(until); m = m.plus(1, ChronoUnit.MINUTES)) {
            long minute = Duration.between(START, m).toMinutes();
            for (int i = 0; i < ARTICLES; i++) {
                String slug = "article-" + i;
                Map<String, AttributeValue> item = new HashMap<>(Attr.key(ViewLog.partitionKey(slug, 0, PARTITIONS),
                        Keys.viewedSortKey(ViewLog.MINUTE.format(m), slug)));
                item.put("views", Attr.n(views(i, minute)));
                item.put("title", Attr.s("Article " + i));
                item.put("section", Attr.s(i % 2 == 0 ? "Sport" : "Culture"));
                puts.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            }
        }
        Batches.write(env.dynamo(), env.table(), puts);
    }

    /** Every view written in the minutes up to and including {@code through}'s, per article. */
    private static void expectedThrough(Instant through, Map<String, Long> into) {
        for (Instant m = START; !m.isAfter(through.truncatedTo(ChronoUnit.MINUTES)); m = m.plus(1, ChronoUnit.MINUTES)) {
            long minute = Duration.between(START, m).toMinutes();
            for (int i = 0; i < ARTICLES; i++) into.merge("article-" + i, views(i, minute), Long::sum);
        }
    }

    private static Map<String, Long> ranking(LocalAws.Env env) {
        Map<String, AttributeValue> item = env.dynamo().getItem(b -> b.tableName(env.table())
                .key(Attr.key(Keys.ranking("all", null), Keys.SINGLE))).item();
        Map<String, Long> views = new TreeMap<>();
        try {
            for (JsonNode entry : ArticleJson.mapper().readTree(Attr.string(item, "entries"))) {
                views.put(entry.get("slug").asText(), entry.get("views").asLong());
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return views;
    }
}
