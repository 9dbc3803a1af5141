package dev.newsdesk.local;

import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.local.http.HttpRequestData;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.newsdesk.functions.Services;
import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.parse.ArticleParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Runs the code paths of a first upload and a first request once before the user does, so the first ingest is
 * not slowed by class loading and cold emulators (it took 1.5 s without this, about 0.1 s after). Only reads:
 * no article is written and no view is counted (a missing object, a missing upload record, the list and the
 * rankings).
 */
final class Warmup {

    private static final String TEXT = """
            Section

            A title for warming up the parser

            A first paragraph, long enough to look like the start of an article about nothing at all.

            A second paragraph, so that the parser sees a body of more than one block of text.
            """;

    private Warmup() {
    }

    static void run(Services services, String bucket,
                    RequestHandler<HttpApiEvent, HttpApiResponse> api) {
        quietly(() -> services.s3().getObject(b -> b.bucket(bucket).key(".newsdesk-warmup/missing")).close());
        quietly(() -> services.uploads().find(bucket, ".newsdesk-warmup/missing"));
        quietly(() -> {
            ArticleContent content = new ArticleParser().parse(TEXT.getBytes(StandardCharsets.UTF_8), "warmup.txt");
            ArticleJson.mapper().writeValueAsString(new Article("warmup", content, null, 0, "", ""));
        });
        for (String path : List.of("/articles", "/rankings")) {
            quietly(() -> api.handleRequest(ApiGatewayEvents.toEvent(new HttpRequestData("GET", path, "limit=1",
                    "HTTP/1.1", "127.0.0.1", Map.of("User-Agent", List.of("newsdesk-warmup")), new byte[0]),
                    Instant.now(), "warmup", 0), new LocalContext("ApiFunction", "us-east-1", Duration.ofSeconds(30),
                    1024, line -> { })));
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (Exception expected) {
            // a missing object or record is the point; anything else shows up again, loudly, on real use
        }
    }
}
