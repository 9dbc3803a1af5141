package dev.newsdesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
import dev.newsdesk.testing.Pipeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Views are exact under concurrency, and each ranking window counts the views of its own hours. */
@ExtendWith(LocalAws.class)
class ViewsTest {

    private static final String TEXT = "Culture\n\nUn festival attire les foules\n\n"
            + "Le festival d'été a accueilli plus de cent mille visiteurs cette année, un record pour la ville.";
    private static final String SLUG = "un-festival-attire-les-foules";

    @Test
    void twoHundredConcurrentReadsAddExactlyTwoHundredViews(LocalAws.Env env) throws Exception {
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("culture/festival.txt", TEXT);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                reads.add(pool.submit(() -> pipeline.get("/articles/" + SLUG).statusCode()));
            }
            for (Future<Integer> read : reads) assertEquals(200, read.get());
        } finally {
            pool.shutdown();
        }
        assertEquals(201, pipeline.getJson("/articles/" + SLUG).get("views").asLong(), "200 reads and this one");
        pipeline.rollup();
        assertEquals(201, pipeline.getJson("/rankings?window=all").get("articles").get(0).get("views").asLong());
    }

    @Test
    void windowsCountTheViewsOfTheirOwnDays(LocalAws.Env env) {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        MovableClock clock = new MovableClock(now.minus(Duration.ofDays(40)));
        Pipeline pipeline = new Pipeline(env, clock);
        pipeline.upload("culture/festival.txt", TEXT);

        read(pipeline, 1);                                   // 40 days ago: all time only
        clock.set(now.minus(Duration.ofDays(20)));
        read(pipeline, 2);                                   // 20 days ago: 30d and all
        clock.set(now.minus(Duration.ofDays(3)));
        read(pipeline, 4);                                   // 3 days ago: 7d, 30d, all
        clock.set(now.minus(Duration.ofHours(25)));
        read(pipeline, 8);                                   // 25 hours ago: just outside 24h
        clock.set(now.minus(Duration.ofMinutes(5)));
        read(pipeline, 16);                                  // just now: every window
        clock.set(now);
        pipeline.rollup();

        assertEquals(16, views(pipeline, "24h"));
        assertEquals(16 + 8 + 4, views(pipeline, "7d"));
        assertEquals(16 + 8 + 4 + 2, views(pipeline, "30d"));
        assertEquals(16 + 8 + 4 + 2 + 1, views(pipeline, "all"));
    }

    /** Reads the article, then lets the rollup run as its schedule would have. */
    private static void read(Pipeline pipeline, int times) {
        for (int i = 0; i < times; i++) assertEquals(200, pipeline.get("/articles/" + SLUG).statusCode());
        pipeline.rollup();
    }

    private static long views(Pipeline pipeline, String window) {
        JsonNode articles = pipeline.getJson("/rankings?window=" + window).get("articles");
        return articles.isEmpty() ? 0 : articles.get(0).get("views").asLong();
    }
}
