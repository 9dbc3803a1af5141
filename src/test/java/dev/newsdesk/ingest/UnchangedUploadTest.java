package dev.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsdesk.AwsClients;
import dev.newsdesk.functions.Services;
import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.RequestCounter;
import dev.newsdesk.testing.S3Events;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A file uploaded again with content that parses the same writes no article: its {@code updatedAt} and lists stay,
 * and only the status learns the event's sequencer, so that the order of later events is still decided right.
 */
@ExtendWith(LocalAws.class)
class UnchangedUploadTest {

    private static final String KEY = "monde/geneve.txt";
    private static final String TEXT = "Monde\n\nUn sommet s'ouvre à Genève\n\n"
            + "Les délégations de quarante pays se retrouvent pour trois jours de négociations difficiles.";
    private static final String SLUG = "un-sommet-s-ouvre-a-geneve";

    private final RequestCounter counter = new RequestCounter();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));

    private Pipeline pipeline(LocalAws.Env env) {
        return new Pipeline(env, Services.with(env.settings(), clock, AwsClients.s3(env.settings()),
                env.dynamoWith(c -> c.addExecutionInterceptor(counter))));
    }

    @Test
    void anUnchangedReUploadReadsAndMovesOnlyTheStatusSequencer(LocalAws.Env env) {
        Pipeline pipeline = pipeline(env);
        String updatedAt = publishedFiveMinutesAgo(pipeline);
        counter.reset();

        String sequencer = pipeline.upload(KEY, TEXT);

        // The two BatchWriteItem calls are the pending listing's entry, in while the event is applied and out after
        // (one put, one delete: 2 WCU), so that an ingest that dies half-way leaves the upload listed as pending.
        assertEquals(Map.of("GetItem", 1L, "UpdateItem", 1L, "BatchWriteItem", 2L), counter.byOperation(),
                "the status read, the status sequencer moved; no PutItem, no article list entry written");
        assertEquals(updatedAt, pipeline.getJson("/articles/" + SLUG).get("updatedAt").asText());
        UploadStatus status = status(pipeline, env);
        assertEquals(Sequencer.of(sequencer).value(), status.sequencer());
        assertEquals(updatedAt, status.updatedAt());
    }

    @Test
    void aReUploadThatChangesOnlyTheTitleIsWritten(LocalAws.Env env) {
        Pipeline pipeline = pipeline(env);
        String updatedAt = publishedFiveMinutesAgo(pipeline);

        pipeline.upload(KEY, TEXT.replace("Un sommet s'ouvre", "Un sommet décisif s'ouvre"));

        var article = pipeline.getJson("/articles/" + SLUG);
        assertEquals("Un sommet décisif s'ouvre à Genève", article.get("title").asText(), "same body, new title");
        assertNotEquals(updatedAt, article.get("updatedAt").asText());
        assertEquals("Un sommet décisif s'ouvre à Genève",
                pipeline.getJson("/articles").get("articles").get(0).get("title").asText());
    }

    @Test
    void aDeletionOlderThanAnUnchangedReUploadIsStillIgnored(LocalAws.Env env) {
        Pipeline pipeline = pipeline(env);
        pipeline.upload(KEY, TEXT);
        String deletion = S3Events.nextSequencer(); // deleted, then uploaded again: the deletion's event comes last
        pipeline.upload(KEY, TEXT);

        pipeline.ingestFunction().handle(S3Events.event(S3Events.removed(env.bucket(), KEY, deletion)), null);

        assertEquals(200, pipeline.get("/articles/" + SLUG).statusCode());
        assertEquals(UploadStatus.State.PUBLISHED, status(pipeline, env).state());
    }

    @Test
    void aDeletionAfterAnUnchangedReUploadUnpublishes(LocalAws.Env env) {
        Pipeline pipeline = pipeline(env);
        pipeline.upload(KEY, TEXT);
        pipeline.upload(KEY, TEXT);

        pipeline.delete(KEY);

        assertEquals(404, pipeline.get("/articles/" + SLUG).statusCode());
        assertEquals(0, pipeline.getJson("/articles").get("articles").size());
        assertEquals(UploadStatus.State.DELETED, status(pipeline, env).state());
    }

    @Test
    void anOlderVersionArrivingAfterAnUnchangedReUploadIsIgnored(LocalAws.Env env) {
        Pipeline pipeline = pipeline(env);
        pipeline.upload(KEY, TEXT);
        String older = S3Events.nextSequencer();
        String latest = pipeline.upload(KEY, TEXT);
        counter.reset();

        String other = TEXT.replace("trois jours", "quatre jours");
        pipeline.ingestFunction().handle(S3Events.event(S3Events.created(env.bucket(), KEY, other.length(),
                "older", older)), null);

        assertEquals(Map.of("GetItem", 1L), counter.byOperation(), "seen as older from the status alone");
        assertEquals(Sequencer.of(latest).value(), status(pipeline, env).sequencer());
    }

    @Test
    void theSameUnchangedEventTwiceIsReadOnce(LocalAws.Env env) {
        Pipeline pipeline = pipeline(env);
        pipeline.upload(KEY, TEXT);
        byte[] bytes = TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var again = S3Events.event(S3Events.created(env.bucket(), KEY, bytes.length, "etag", S3Events.nextSequencer()));
        pipeline.ingestFunction().handle(again, null);
        counter.reset();

        pipeline.ingestFunction().handle(again, null);

        assertEquals(Map.of("GetItem", 1L), counter.byOperation(), "a duplicate is skipped on the status read");
        assertEquals(200, pipeline.get("/articles/" + SLUG).statusCode());
    }

    /** Publishes TEXT, moves the clock on; returns the article's {@code updatedAt}. */
    private String publishedFiveMinutesAgo(Pipeline pipeline) {
        pipeline.upload(KEY, TEXT);
        String updatedAt = pipeline.getJson("/articles/" + SLUG).get("updatedAt").asText();
        clock.advance(Duration.ofMinutes(5));
        return updatedAt;
    }

    private static UploadStatus status(Pipeline pipeline, LocalAws.Env env) {
        return pipeline.services().uploads().find(env.bucket(), KEY).orElseThrow();
    }
}
