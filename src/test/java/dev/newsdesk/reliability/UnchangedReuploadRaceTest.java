package dev.newsdesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.functions.Services;
import dev.newsdesk.ingest.IngestOutcome;
import dev.newsdesk.ingest.Ingestor;
import dev.newsdesk.ingest.ObjectEvent;
import dev.newsdesk.ingest.Sequencer;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.store.SectionCount;
import dev.newsdesk.store.UploadLog;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.S3Events;
import dev.newsdesk.testing.S3Hooks;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Two instances at once: an older version's ingest is writing while another instance applies a newer, unchanged
 * re-upload, which writes no article. The older write must not stay over the newer content.
 */
@ExtendWith(LocalAws.class)
class UnchangedReuploadRaceTest {

    private static final String KEY = "monde/geneve.txt";
    private static final String TEXT = "Monde\n\nUn sommet s'ouvre à Genève\n\n"
            + "Les délégations de quarante pays se retrouvent pour trois jours de négociations difficiles.";
    private static final String SLUG = "un-sommet-s-ouvre-a-geneve";

    /** {@code section}: version 2's, which the newer version takes back (the section count follows). */
    @ParameterizedTest
    @ValueSource(strings = {"Monde", "Europe"})
    void anOlderVersionWrittenAfterAnUnchangedReUploadIsWrittenOver(String section, LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        Services services = pipeline.services();
        services.articles().countSectionsOnce();
        pipeline.upload(KEY, TEXT);

        // Version 2 is uploaded; its ingest has read it when version 3 (the same text as version 1) is uploaded and
        // applied in full by another instance: unchanged, so it only moves the status to its sequencer.
        String other = TEXT.replace("trois jours", "quatre jours").replace("Monde\n", section + "\n");
        env.s3().putObject(b -> b.bucket(env.bucket()).key(KEY), RequestBody.fromString(other));
        String olderSequencer = S3Events.nextSequencer();
        String newerSequencer = S3Events.nextSequencer();
        IngestFunction otherInstance = new IngestFunction(services);
        // The racing ingest reads the object while it reads the status: version 3 comes once it has both.
        CountDownLatch statusRead = new CountDownLatch(1);
        UploadLog racingUploads = new UploadLog(env.dynamoWith(c -> c.addExecutionInterceptor(
                new ExecutionInterceptor() {
                    @Override
                    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                        if (context.request() instanceof GetItemRequest) statusRead.countDown();
                    }
                })), env.table());
        S3Client s3 = S3Hooks.afterFirstRead(services.s3(), () -> {
            awaitQuietly(statusRead);
            env.s3().putObject(b -> b.bucket(env.bucket()).key(KEY), RequestBody.fromString(TEXT));
            otherInstance.handle(S3Events.event(S3Events.created(env.bucket(), KEY, TEXT.length(), "v3",
                    newerSequencer)), null);
        });
        Ingestor racing = new Ingestor(s3, new ArticleParser()::parse, services.articles(), racingUploads,
                env.settings().maxUploadBytes(), Clock.systemUTC());

        IngestOutcome outcome = racing.created(new ObjectEvent(ObjectEvent.Kind.CREATED, env.bucket(), KEY,
                other.length(), "v2", null, Sequencer.of(olderSequencer)));

        assertEquals(IngestOutcome.Result.SKIPPED, outcome.result(), outcome.toString());
        assertEquals(Sequencer.of(newerSequencer).value(),
                services.uploads().find(env.bucket(), KEY).orElseThrow().sequencer());
        assertEquals(Sequencer.of(newerSequencer).value(), services.articles().sequencerOf(SLUG));
        String body = pipeline.getJson("/articles/" + SLUG).get("body").asText();
        assertTrue(body.contains("trois jours"), "the newest content is online: " + body);
        assertEquals(1, pipeline.getJson("/articles").get("articles").size());
        assertEquals(List.of(new SectionCount("Monde", 1)), services.articles().sections(),
                "version 2's move of the count is taken back with it");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the status was never read");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
