package dev.newsdesk.api;

import static dev.newsdesk.api.UploadsApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.AwsClients;
import dev.newsdesk.functions.Services;
import dev.newsdesk.functions.events.S3Event;
import dev.newsdesk.testing.FaultInjector;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.S3Events;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * {@code GET /uploads?state=pending} through ApiFunction's handler, on S3Proxy and dynalite: an upload whose
 * ingest failed for a transient reason (the article store dropped the connection) is listed as pending until its
 * event's retry gets through; a re-upload of a published key shows the article that still stands meanwhile.
 */
@ExtendWith(LocalAws.class)
class PendingUploadsTest {

    private static final String BODY = "\n\nThe council voted on Tuesday to fund the repair of the two river bridges, a "
            + "project residents have asked for since the floods of last spring. Work starts in March.";

    @Test
    void anUploadWhoseIngestFailedIsPendingUntilItsRetryGetsThrough(LocalAws.Env env) {
        FaultInjector faults = new FaultInjector();
        MovableClock clock = new MovableClock(Instant.parse("2026-12-02T10:00:00Z"));
        Pipeline pipeline = new Pipeline(env, Services.with(env.settings(), clock, AwsClients.s3(env.settings()),
                env.dynamoWith(c -> c.addExecutionInterceptor(faults).retryStrategy(r -> r.maxAttempts(1)))));
        pipeline.upload("pend/bridge.txt", "City\n\nCouncil approves the bridge repairs" + BODY);
        String slug = pipeline.getJson("/uploads/pend%2Fbridge.txt").get("slug").asText();
        assertEquals(List.of(), keys(pipeline.getJson("/uploads?state=pending&prefix=pend/")), "all ingested");

        clock.advance(Duration.ofSeconds(1));
        S3Event fresh = put(env, "pend/new.txt", "City\n\nA new story arrives" + BODY, S3Events.nextSequencer());
        faults.failOn("PutItem", 1); // the article's write: the connection is lost
        assertThrows(RuntimeException.class, () -> pipeline.ingestFunction().handle(fresh, null));
        clock.advance(Duration.ofSeconds(1));
        S3Event update = put(env, "pend/bridge.txt", "City\n\nCouncil approves the bridge repairs, again" + BODY,
                S3Events.nextSequencer());
        faults.failOn("PutItem", 1);
        assertThrows(RuntimeException.class, () -> pipeline.ingestFunction().handle(update, null));

        JsonNode pending = pipeline.getJson("/uploads?state=pending&prefix=pend/");
        assertEquals(List.of("pend/bridge.txt", "pend/new.txt"), keys(pending), "newest first");
        JsonNode again = pending.get("uploads").get(0);
        assertEquals("pending", again.get("state").asText());
        assertEquals("2026-12-02T10:00:02Z", again.get("updatedAt").asText(), "since ingest saw it");
        assertEquals(slug, again.get("slug").asText(), "the published article still stands meanwhile");
        assertEquals("Council approves the bridge repairs", again.get("title").asText());
        assertTrue(pending.get("uploads").get(1).get("slug").isNull(), "a new key has no article yet");
        assertEquals(List.of("pend/bridge.txt"), keys(pipeline.getJson("/uploads?state=published&prefix=pend/")),
                "the earlier upload's status is still the published one");
        JsonNode page = pipeline.getJson("/uploads?state=pending&prefix=pend/&limit=1");
        assertEquals(List.of("pend/new.txt"), keys(pipeline.getJson(
                "/uploads?state=pending&prefix=pend/&limit=1&cursor=" + page.get("nextCursor").asText())));

        pipeline.ingestFunction().handle(fresh, null); // the retries of the same events get through
        pipeline.ingestFunction().handle(update, null);
        pipeline.ingestFunction().handle(update, null); // and a duplicate delivery changes nothing
        assertEquals(List.of(), keys(pipeline.getJson("/uploads?state=pending&prefix=pend/")));
        assertEquals("Council approves the bridge repairs, again",
                pipeline.getJson("/uploads/pend%2Fbridge.txt").get("title").asText());
        assertEquals("published", pipeline.getJson("/uploads/pend%2Fnew.txt").get("state").asText());
    }

    @Test
    void aPendingCursorIsNotTakenByAnotherListing(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("cur/a.txt", "City\n\nThe first story" + BODY);
        pipeline.upload("cur/b.txt", "City\n\nThe second story" + BODY);
        String published = pipeline.getJson("/uploads?state=published&limit=1").get("nextCursor").asText();
        assertProblem(pipeline.get("/uploads?state=pending&cursor=" + published), 400, "another query");
    }

    /** Writes the object and returns its ObjectCreated event, not delivered yet. */
    private static S3Event put(LocalAws.Env env, String key, String text, String sequencer) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String etag = env.s3().putObject(b -> b.bucket(env.bucket()).key(key), RequestBody.fromBytes(bytes)).eTag();
        return S3Events.event(S3Events.created(env.bucket(), key, bytes.length, etag, sequencer));
    }

    private static List<String> keys(JsonNode list) {
        List<String> keys = new ArrayList<>();
        list.get("uploads").forEach(u -> keys.add(u.get("key").asText()));
        return keys;
    }
}
