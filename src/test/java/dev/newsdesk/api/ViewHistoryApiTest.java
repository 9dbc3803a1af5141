package dev.newsdesk.api;

import static dev.newsdesk.api.UploadsApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
import dev.newsdesk.testing.Pipeline;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /articles/{slug}/views: one point per hour of the window from the rollup's tallies, on dynalite. */
@ExtendWith(LocalAws.class)
class ViewHistoryApiTest {

    private static final String TEXT = "Culture\n\nUn festival attire les foules\n\n"
            + "Le festival d'été a accueilli plus de cent mille visiteurs cette année, un record pour la ville.";
    private static final String SLUG = "un-festival-attire-les-foules";
    private static final Instant NOW = Instant.parse("2026-12-02T15:30:00Z");

    @Test
    void everyHourOfTheWindowOldestFirstWithItsViews(LocalAws.Env env) {
        MovableClock clock = new MovableClock(NOW.minus(Duration.ofDays(3)));
        Pipeline pipeline = new Pipeline(env, clock);
        pipeline.upload("culture/festival.txt", TEXT);
        pipeline.rollup();
        clock.set(NOW.minus(Duration.ofHours(50)));
        read(pipeline, 2);                                       // 2026-11-30T13:30: in 7d, not in 24h
        clock.set(NOW.minus(Duration.ofHours(5)));
        read(pipeline, 3);                                       // 10:30 today
        clock.set(NOW.minus(Duration.ofMinutes(10)));
        read(pipeline, 4);                                       // 15:20, the open hour
        clock.set(NOW);
        pipeline.rollup();

        JsonNode day = pipeline.getJson("/articles/" + SLUG + "/views?window=24h").get("points");
        assertEquals(24, day.size());
        assertEquals("2026-12-01T16:00:00Z", day.get(0).get("hour").asText());
        assertEquals("2026-12-02T15:00:00Z", day.get(23).get("hour").asText());
        assertEquals(Map.of("2026-12-02T10:00:00Z", 3L, "2026-12-02T15:00:00Z", 4L), nonZero(day));

        JsonNode week = pipeline.getJson("/articles/" + SLUG + "/views?window=7d").get("points");
        assertEquals(168, week.size());
        assertEquals("2026-11-25T16:00:00Z", week.get(0).get("hour").asText());
        assertEquals(Map.of("2026-11-30T13:00:00Z", 2L, "2026-12-02T10:00:00Z", 3L, "2026-12-02T15:00:00Z", 4L),
                nonZero(week));
        assertEquals(week, pipeline.getJson("/articles/" + SLUG + "/views").get("points"), "7d by default");
        pipeline.rollup();
        assertEquals(9, pipeline.getJson("/rankings").get("articles").get(0).get("views").asLong(),
                "reading the chart counts no view");
    }

    @Test
    void anArticleNeverReadHasOnlyZerosAndAnUnknownOneIsNotFound(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env, new MovableClock(NOW));
        pipeline.upload("culture/festival.txt", TEXT);
        JsonNode points = pipeline.getJson("/articles/" + SLUG + "/views?window=24h").get("points");
        assertEquals(24, points.size());
        assertEquals(Map.of(), nonZero(points), "before any rollup: zeros");

        assertProblem(pipeline.get("/articles/no-such-article/views"), 404, "no article has the slug");
        assertProblem(pipeline.get("/articles/" + SLUG + "/views?window=30d"), 400, "window must be 24h or 7d");
        assertProblem(pipeline.get("/articles/" + SLUG + "/views?window=week"), 400, "window must be 24h or 7d");
        pipeline.delete("culture/festival.txt");
        assertProblem(pipeline.get("/articles/" + SLUG + "/views"), 404, "no article has the slug");
    }

    private static void read(Pipeline pipeline, int times) {
        for (int i = 0; i < times; i++) assertEquals(200, pipeline.get("/articles/" + SLUG).statusCode());
        pipeline.rollup();
    }

    private static Map<String, Long> nonZero(JsonNode points) {
        Map<String, Long> hours = new LinkedHashMap<>();
        points.forEach(p -> {
            if (p.get("views").asLong() != 0) hours.put(p.get("hour").asText(), p.get("views").asLong());
        });
        return hours;
    }
}
