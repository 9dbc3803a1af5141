package dev.newsdesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.Settings;
import dev.newsdesk.functions.Services;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
import dev.newsdesk.testing.Pipeline;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Through ApiFunction, as on AWS (REPEAT_VIEW_MINUTES=30): a reader reloading an article counts once per half hour;
 * the address API Gateway saw and the User-Agent tell readers apart; the counts and the rankings agree.
 */
@ExtendWith(LocalAws.class)
class RepeatViewsApiTest {

    private static final String SLUG = "la-crue-de-la-seine";
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0 Safari/537.36";

    @Test
    void aReaderReloadingAnArticleCountsOncePerWindow(LocalAws.Env env) {
        MovableClock clock = new MovableClock(Instant.parse("2026-12-02T10:02:00Z"));
        Settings settings = env.settings().withRepeatViewWindow(Settings.DEFAULT_REPEAT_VIEW_WINDOW);
        Pipeline pipeline = new Pipeline(env, Services.create(settings, clock));
        pipeline.upload("paris/crue.txt", "Paris\n\nLa crue de la Seine\n\n"
                + "La Seine est montée de deux mètres en trois jours; les quais bas sont fermés à la circulation.");

        for (int i = 0; i < 5; i++) assertEquals(1, views(pipeline, "203.0.113.7", FIREFOX), "reload " + i);
        assertEquals(2, views(pipeline, "203.0.113.7", CHROME), "another browser at the same address");
        assertEquals(3, views(pipeline, "198.51.100.4", FIREFOX), "the same browser at another address");
        assertEquals(3, views(pipeline, "198.51.100.4", FIREFOX));
        clock.advance(Duration.ofMinutes(30));
        assertEquals(4, views(pipeline, "203.0.113.7", FIREFOX), "the next half hour counts again");

        clock.advance(Duration.ofMinutes(2));
        pipeline.rollup();
        assertEquals(4, pipeline.getJson("/rankings?window=all").get("articles").get(0).get("views").asLong());
    }

    private static long views(Pipeline pipeline, String address, String userAgent) {
        var response = pipeline.requestFrom(address, "GET", "/articles/" + SLUG, Map.of("user-agent", userAgent));
        assertEquals(200, response.statusCode());
        return Pipeline.json(response).get("views").asLong();
    }
}
