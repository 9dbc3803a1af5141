package dev.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.S3Events;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * A bug in the parser is not a store that did not answer: retrying the same bytes fails the same way. The upload
 * is refused with its own reason (so it does not stay pending through retries and the failure queue), and the
 * published version stays online.
 */
@ExtendWith(LocalAws.class)
class ParserFaultTest {

    private static final String KEY = "eco/budget.txt";

    @Test
    void aParserFaultRefusesTheUploadAndKeepsThePublishedVersion(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload(KEY, "Économie\n\nLe budget est voté\n\nLes députés ont adopté le budget après trois nuits.");
        Ingestor faulty = new Ingestor(pipeline.services().s3(), (bytes, key, charset) -> {
            throw new IllegalStateException("a bug on " + key);
        }, pipeline.services().articles(), pipeline.services().uploads(), env.settings().maxUploadBytes(),
                Clock.systemUTC());
        byte[] update = "Économie\n\nLe budget est voté\n\nLes sénateurs l'ont adopté à leur tour."
                .getBytes(StandardCharsets.UTF_8);
        String etag = env.s3().putObject(b -> b.bucket(env.bucket()).key(KEY), RequestBody.fromBytes(update)).eTag();
        List<String> log = new ArrayList<>();

        List<IngestOutcome> outcomes = new IngestBatch(faulty).apply(List.of(new ObjectEvent(
                ObjectEvent.Kind.CREATED, env.bucket(), KEY, update.length, etag, null,
                Sequencer.of(S3Events.nextSequencer()))), log::add); // does not throw: nothing to retry

        assertEquals(IngestOutcome.Result.FAILED, outcomes.get(0).result());
        assertEquals("parser-fault", outcomes.get(0).reasonCode());
        UploadStatus status = pipeline.services().uploads().find(env.bucket(), KEY).orElseThrow();
        assertEquals(UploadStatus.State.FAILED, status.state());
        assertTrue(status.reason().startsWith("parser-fault: "), status.reason());
        assertTrue(pipeline.getJson("/articles/" + status.slug()).get("body").asText().contains("députés"),
                "the published version stays online");
        assertFalse(String.join("\n", log).contains("a bug on"), "the exception's message is not logged: " + log);
    }
}
