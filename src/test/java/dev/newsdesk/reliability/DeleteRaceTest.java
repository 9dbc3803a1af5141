package dev.newsdesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.functions.Services;
import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.ingest.Ingestor;
import dev.newsdesk.ingest.ObjectEvent;
import dev.newsdesk.ingest.Sequencer;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.S3Events;
import dev.newsdesk.testing.S3Hooks;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Two Lambda instances at once: one ingests an upload while another applies the object's deletion. Without
 * transactions the article write cannot see the deletion's tombstone; whatever the interleaving, the article must
 * not outlive the deletion.
 */
@ExtendWith(LocalAws.class)
class DeleteRaceTest {

    private static final String TEXT = "Monde\n\nUn sommet s'ouvre à Genève\n\n"
            + "Les délégations de quarante pays se retrouvent pour trois jours de négociations difficiles.";

    @Test
    void aDeletionAppliedWhileAnUploadIsBeingParsedWins(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        Services services = pipeline.services();
        pipeline.upload("monde/geneve.txt", TEXT);
        String slug = "un-sommet-s-ouvre-a-geneve";
        assertEquals(200, pipeline.get("/articles/" + slug).statusCode());

        // A new version is uploaded, then deleted at once. The new version's ingest has read the object when the
        // deletion's event is applied in full by another instance (tombstone, then article removed).
        env.s3().putObject(b -> b.bucket(env.bucket()).key("monde/geneve.txt"),
                RequestBody.fromString(TEXT.replace("trois jours", "quatre jours")));
        String createSequencer = S3Events.nextSequencer();
        String deleteSequencer = S3Events.nextSequencer();
        IngestFunction otherInstance = new IngestFunction(services);
        S3Client s3 = S3Hooks.afterFirstRead(services.s3(), () -> {
            env.s3().deleteObject(b -> b.bucket(env.bucket()).key("monde/geneve.txt"));
            otherInstance.handle(S3Events.event(S3Events.removed(env.bucket(), "monde/geneve.txt",
                    deleteSequencer)), null);
        });
        Ingestor racing = new Ingestor(s3, new ArticleParser()::parse, services.articles(), services.uploads(),
                env.settings().maxUploadBytes(), Clock.systemUTC());

        racing.created(new ObjectEvent(ObjectEvent.Kind.CREATED, env.bucket(), "monde/geneve.txt", 200, "etag2", null,
                Sequencer.of(createSequencer)));

        assertEquals(UploadStatus.State.DELETED,
                services.uploads().find(env.bucket(), "monde/geneve.txt").orElseThrow().state());
        assertEquals(404, pipeline.get("/articles/" + slug).statusCode(), "the deletion wins");
        assertEquals(0, pipeline.getJson("/articles").get("articles").size(), "and no list entry is left");
    }
}
