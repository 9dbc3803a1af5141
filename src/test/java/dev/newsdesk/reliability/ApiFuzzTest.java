package dev.newsdesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.local.LocalApiServer;
import dev.newsdesk.local.http.HttpLimits;
import dev.newsdesk.testing.ApiFuzz;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.StalledClients;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16's goal for the one-machine API: under fuzzing (random and hostile request lines, methods, headers,
 * paths, query strings and bodies; loopback only; bounded in count and time) while 64 connections are held open
 * stalled, no answer is ≥ 500, every error body is problem+json, and every fuzzing client is answered.
 *
 * <p>The server is the one-machine mode's (its limits and deadlines, the real ApiFunction on S3Proxy and dynalite,
 * one published article). The latencies are measured and written to {@code target/api-fuzz.txt}; the test asserts
 * no time but the client's read timeout of 10 s, a bound chosen never to flake on a loaded 2-core machine (the
 * answers take milliseconds; the goal's 1 s is reported by {@code ./newsdesk bench fuzz}, docs/benchmarks.md).
 */
@ExtendWith(LocalAws.class)
class ApiFuzzTest {

    private static final int REQUESTS = 1_500;
    private static final int CLIENTS = 4;
    private static final int MAX_SECONDS = 90;
    private static final int CLIENT_TIMEOUT_MS = 10_000;
    private static final int STALLED = 64;
    /**
     * Fixed, as the property tests' seeds are, so that a build passes or fails on its code, never on the draw (a
     * draw of the clock once sent no oversized header among 1,500 requests, and the coverage check failed); pass
     * {@code -Dfuzz.seed=N} to explore.
     */
    private static final long SEED = 20261203L;

    @Test
    void noFiveHundredsAndOnlyProblemJsonErrorsWhileSixtyFourConnectionsStall(LocalAws.Env env) throws Exception {
        Pipeline pipeline = new Pipeline(env);
        pipeline.uploadSample("politique/mali.txt");
        JsonNode listing = pipeline.getJson("/articles");
        String slug = listing.path("articles").path(0).path("slug").asText();
        assertTrue(!slug.isEmpty(), "the sample is published: " + listing);
        List<String> paths = ApiFuzz.routes(slug);
        long seed = Long.getLong("fuzz.seed", SEED);

        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        try (LocalApiServer api = LocalApiServer.start(0, 32, new ApiFunction(pipeline.services())::handle, "us-east-1", quiet,
                line -> { }, false, HttpLimits.DEFAULT);
             StalledClients stalled = StalledClients.open(api.endpoint(), STALLED)) {
            ApiFuzz.Report report = ApiFuzz.run(api.endpoint(), paths, REQUESTS, CLIENTS, MAX_SECONDS,
                    CLIENT_TIMEOUT_MS, seed);
            String summary = report.summary() + "; stalled connections replaced after the server closed them: "
                    + stalled.replaced();
            Files.writeString(Path.of("target", "api-fuzz.txt"), summary + "\n");
            System.out.println(summary);

            assertTrue(report.sent() >= 100, "the run reached the server: " + summary);
            assertEquals(List.of(), report.violations().stream().limit(20).toList(),
                    "rerun with -Dfuzz.seed=" + seed + "; " + summary);
            assertEquals(report.sent(), report.latenciesMillis().length, "every request answered: " + summary);
            assertTrue(report.statuses().keySet().stream().anyMatch(s -> s >= 200 && s < 300),
                    "some requests were served, not only refused: " + summary);
            assertTrue(report.statuses().containsKey(400) && report.statuses().containsKey(414)
                    && report.statuses().containsKey(431), "the hostile cases reached each refusal: " + summary);
        }
    }
}
