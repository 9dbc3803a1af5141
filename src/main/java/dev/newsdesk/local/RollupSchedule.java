package dev.newsdesk.local;

import dev.newsdesk.local.http.HttpRequestData;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.newsdesk.ingest.FailureWords;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for the EventBridge schedule that runs the rankings rollup on AWS: calls the rollup handler with a
 * scheduled event every few seconds, one run at a time (as reserved concurrency 1 does). It can also be asked
 * for a run right before a rankings read when articles were read since the last run, so that one machine shows a
 * view in the rankings at once (on AWS they trail by up to the schedule's minute).
 */
public final class RollupSchedule implements AutoCloseable {

    private final RequestHandler<Map<String, Object>, String> handler;
    private final String region;
    private final PrintStream out;
    private ScheduledExecutorService timer;
    private long lastRunStartNanos = System.nanoTime() - Duration.ofDays(1).toNanos();
    private volatile long lastViewNanos = lastRunStartNanos;
    private boolean failing;

    public RollupSchedule(RequestHandler<Map<String, Object>, String> handler, String region, PrintStream out) {
        this.handler = handler;
        this.region = region;
        this.out = out;
    }

    /** Runs the rollup every {@code interval} on a thread of its own until {@link #close()}. */
    public synchronized void start(Duration interval) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rollup-schedule");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::runNow, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Records that a view may just have been counted (an article was read). */
    public void viewCounted() {
        lastViewNanos = System.nanoTime();
    }

    /**
     * Makes sure the rankings include every view counted before {@code arrivedNanos}: runs the rollup unless a
     * run started after that, or no view was counted since the last run started. Concurrent readers thus share
     * one run.
     */
    public synchronized void refreshFor(long arrivedNanos) {
        if (lastRunStartNanos - arrivedNanos >= 0 || lastViewNanos - lastRunStartNanos < 0) {
            return;
        }
        runNow();
    }

    /**
     * What the API server should tell this schedule: a rankings read first folds in the views counted before
     * it; an article read that found the article (200, or 304 for a cached copy) may have counted one.
     */
    public LocalApiServer.Hooks apiHooks() {
        return new LocalApiServer.Hooks() {
            @Override
            public void before(HttpRequestData request, long arrivedNanos) {
                if (request.rawPath().startsWith("/rankings")) {
                    refreshFor(arrivedNanos);
                }
            }

            @Override
            public void after(HttpRequestData request, int status) {
                if ((status == 200 || status == 304) && request.rawPath().startsWith("/articles/")) {
                    viewCounted();
                }
            }
        };
    }

    /** One run, as a scheduled invocation; failures are reported once, not thrown. */
    public void runNow() {
        run(true);
    }

    /** The first run, at start: the same, without a line about it before the banner. */
    public void runQuietly() {
        run(false);
    }

    private synchronized void run(boolean report) {
        lastRunStartNanos = System.nanoTime();
        try {
            handler.handleRequest(scheduledEvent(Instant.now()), new LocalContext("RankingsFunction", region,
                    Duration.ofSeconds(55), 1024, line -> {
                        // The handler logs every run; only runs that changed something are worth a line here.
                        if (report && !line.contains("\"rankingsWritten\":0,")
                                && !line.contains("\"rankingsWritten\":0}")) {
                            out.println(LogTime.now() + "  rollup  " + line.strip());
                        }
                    }));
            if (failing) {
                out.println(LogTime.now() + "  rollup  running again");
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                out.println(LogTime.now() + "  rollup  failed (" + FailureWords.of(e) + "); retried on the next tick");
            }
            failing = true;
        }
    }

    /** The event EventBridge sends for a scheduled rule. */
    Map<String, Object> scheduledEvent(Instant now) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", ApiGatewayEvents.ACCOUNT_ID);
        event.put("time", now.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", region);
        event.put("resources", List.of("arn:aws:events:" + region + ":" + ApiGatewayEvents.ACCOUNT_ID
                + ":rule/newsdesk-local-rollup"));
        event.put("detail", Map.of());
        return event;
    }

    @Override
    public void close() {
        ScheduledExecutorService t;
        synchronized (this) {
            t = timer;
        }
        if (t != null) {
            t.shutdown();
            try {
                t.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
