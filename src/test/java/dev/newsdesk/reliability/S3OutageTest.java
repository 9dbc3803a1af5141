package dev.newsdesk.reliability;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.functions.Services;
import dev.newsdesk.Settings;
import dev.newsdesk.functions.events.S3Event;
import dev.newsdesk.ingest.TransientIngestFailure;
import dev.newsdesk.local.DynaliteServer;
import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.S3Events;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * S3 goes away in the middle of a batch and comes back with the same objects: the records whose object could not
 * be read fail as transient (Lambda retries the event), and the redelivery publishes every article exactly once.
 * This class runs its own S3Proxy (in process, on its own port, over one in-memory store it keeps across the
 * restart); DynamoDB is the shared dynalite.
 */
@ExtendWith(LocalAws.class)
class S3OutageTest {

    private static final int FILES = 6;

    private final TransientNio2BlobStore store = new TransientNio2BlobStore();
    private URI endpoint;
    private S3Proxy proxy;

    private void start() throws Exception {
        if (endpoint == null) endpoint = URI.create("http://127.0.0.1:" + DynaliteServer.freePort());
        proxy = S3Proxy.builder().blobStore(store).endpoint(endpoint)
                .awsAuthentication(AuthenticationType.NONE, null, null).build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) Thread.sleep(5);
    }

    private void stop() throws Exception {
        proxy.stop();
        while (!"STOPPED".equals(proxy.getState())) Thread.sleep(5);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (proxy != null && !"STOPPED".equals(proxy.getState())) proxy.stop();
    }

    @Test
    void aBatchCutShortByAnS3OutageIsCompletedByTheRedeliveryExactlyOnce(LocalAws.Env env) throws Exception {
        start();
        Settings settings = Settings.local(env.table(), "outage-bucket", endpoint,
                env.settings().dynamoDbEndpoint().orElseThrow());
        Services services = Services.create(settings);
        services.s3().createBucket(b -> b.bucket(settings.bucketName()));
        Pipeline pipeline = new Pipeline(env, services);
        List<S3Event.Notification> records = new ArrayList<>();
        for (int i = 1; i <= FILES; i++) {
            String key = "monde/depeche-" + i + ".txt";
            byte[] bytes = ("Monde\n\nLa dépêche numéro " + i + " tombe\n\n" + ("Une phrase de la dépêche numéro " + i
                    + " qui décrit les événements de la journée avec précision. ").repeat(8))
                    .getBytes(StandardCharsets.UTF_8);
            String etag = services.s3().putObject(b -> b.bucket(settings.bucketName()).key(key),
                    RequestBody.fromBytes(bytes)).eTag();
            records.add(S3Events.created(settings.bucketName(), key, bytes.length, etag, null));
        }
        S3Event event = S3Events.event(records.toArray(S3Event.Notification[]::new));

        CompletableFuture<Void> firstDelivery = CompletableFuture.runAsync(
                () -> pipeline.ingestFunction().handle(event, null));
        int published = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (published < 2 && System.nanoTime() < deadline && !firstDelivery.isDone()) {
            published = published(services, settings.bucketName());
            Thread.sleep(5);
        }
        stop();
        Throwable thrown = firstDelivery.handle((ok, e) -> e).get(120, TimeUnit.SECONDS);
        int before = published(services, settings.bucketName());
        assertTrue(before >= 2 && before < FILES, "the outage came mid-batch: " + before + " published");
        assertInstanceOf(TransientIngestFailure.class, thrown == null ? null : thrown.getCause(),
                "the invocation fails so that Lambda retries it: " + thrown);

        start();
        assertDoesNotThrow(() -> pipeline.ingestFunction().handle(event, null));
        assertDoesNotThrow(() -> pipeline.ingestFunction().handle(event, null));

        assertEquals(FILES, published(services, settings.bucketName()));
        for (int i = 1; i <= FILES; i++) {
            assertEquals("la-depeche-numero-" + i + "-tombe", services.uploads()
                    .find(settings.bucketName(), "monde/depeche-" + i + ".txt").orElseThrow().slug());
        }
        assertEquals(FILES, pipeline.getJson("/articles?limit=100").get("articles").size(), "each exactly once");
    }

    private static int published(Services services, String bucket) {
        int n = 0;
        for (int i = 1; i <= FILES; i++) {
            n += services.uploads().find(bucket, "monde/depeche-" + i + ".txt")
                    .filter(s -> s.state() == UploadStatus.State.PUBLISHED).isPresent() ? 1 : 0;
        }
        return n;
    }
}
