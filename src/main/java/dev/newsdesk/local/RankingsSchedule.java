package dev.newsdesk.local;

import dev.newsdesk.views.RollupHandler;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What EventBridge's schedule does on AWS: calls RankingsFunction's handler periodically (every minute there,
 * every second here, so that a read shows in the rankings at once). One run at a time, like the reserved
 * concurrency of 1 in the template.
 */
final class RankingsSchedule implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rankings-rollup");
        t.setDaemon(true);
        return t;
    });

    private RankingsSchedule() {
    }

    static RankingsSchedule start(RollupHandler handler, String region, Duration every, PrintStream out) {
        RankingsSchedule schedule = new RankingsSchedule();
        // The rollup logs a line per run: every second is too chatty for the terminal, so it is dropped here.
        LocalContext context = new LocalContext("RankingsFunction", region, Duration.ofMinutes(5), 1536, line -> { });
        schedule.timer.scheduleWithFixedDelay(() -> {
            try {
                handler.handleRequest(Map.of("source", "aws.events", "detail-type", "Scheduled Event"), context);
            } catch (RuntimeException e) {
                out.println(LogTime.now() + "  rankings rollup failed: " + e.getClass().getSimpleName()
                        + " (retried in " + every.toSeconds() + " s)");
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return schedule;
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.SECONDS);
    }
}
