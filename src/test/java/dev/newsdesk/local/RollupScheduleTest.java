package dev.newsdesk.local;

import dev.newsdesk.local.http.HttpRequestData;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RollupScheduleTest {

    private final AtomicInteger runs = new AtomicInteger();
    private final RollupSchedule schedule = new RollupSchedule((event, ctx) -> {
        runs.incrementAndGet();
        return "{\"event\":\"rollup\",\"hoursClosed\":0,\"rankingsWritten\":0,\"millis\":1}";
    }, "us-east-1", new PrintStream(new ByteArrayOutputStream()));
    private final HttpRequestData rankings = new HttpRequestData("GET", "/rankings", "", "HTTP/1.1", "127.0.0.1",
            Map.of(), new byte[0]);
    private final HttpRequestData article = new HttpRequestData("GET", "/articles/x", "", "HTTP/1.1", "127.0.0.1",
            Map.of(), new byte[0]);

    @Test
    void aRankingsReadAfterAnArticleReadRunsTheRollupFirst() {
        LocalApiServer.Hooks hooks = schedule.apiHooks();
        hooks.after(article, 200);
        hooks.before(rankings, System.nanoTime());
        assertEquals(1, runs.get());
    }

    @Test
    void withoutNewViewsARankingsReadRunsNothing() {
        LocalApiServer.Hooks hooks = schedule.apiHooks();
        hooks.after(article, 200);
        hooks.before(rankings, System.nanoTime());
        hooks.before(rankings, System.nanoTime());
        hooks.after(article, 404);
        hooks.before(rankings, System.nanoTime());
        assertEquals(1, runs.get());
    }

    @Test
    void aReaderThatArrivedBeforeARunSharesIt() {
        schedule.viewCounted();
        long arrived = System.nanoTime();
        schedule.runNow();
        schedule.viewCounted(); // counted after the reader arrived: not its business
        schedule.refreshFor(arrived);
        assertEquals(1, runs.get());
    }

    @Test
    void sendsAnEventBridgeScheduledEvent() {
        Map<String, Object> event = schedule.scheduledEvent(Instant.parse("2026-11-29T00:00:00.123Z"));
        assertEquals("Scheduled Event", event.get("detail-type"));
        assertEquals("aws.events", event.get("source"));
        assertEquals("2026-11-29T00:00:00Z", event.get("time"));
        assertEquals(List.of("arn:aws:events:us-east-1:000000000000:rule/newsdesk-local-rollup"), event.get("resources"));
    }
}
