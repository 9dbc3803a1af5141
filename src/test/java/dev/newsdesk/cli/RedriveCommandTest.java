package dev.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.Settings;
import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.functions.Services;
import dev.newsdesk.functions.events.S3Event;
import dev.newsdesk.ingest.TransientIngestFailure;
import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.S3Events;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * On AWS terms: the ingest fails past Lambda's retries (DynamoDB unreachable), each event lands in the failure
 * queue as Lambda's on-failure destination writes it, and {@code redrive} replays the queue once DynamoDB is back:
 * every file published once, the queue empty; replaying again changes nothing; a stopped or failed run loses
 * nothing. The queue is a real SQS protocol server: moto's ({@code python3 -m moto.server}), skipped with the
 * reason where moto is not installed.
 */
@ExtendWith(LocalAws.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedriveCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Process moto;
    private SqsClient sqs;
    private final AtomicInteger queues = new AtomicInteger();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    void startMoto() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try {
            moto = new ProcessBuilder("python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "moto-redrive-test.log").toFile())
                    .start();
        } catch (IOException noPython) {
            Assumptions.abort("python3 is not installed: " + noPython.getMessage());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Assumptions.assumeTrue(moto.isAlive(), "moto's server did not start (is moto installed for python3?)");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                break;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("moto did not listen on " + port);
                Thread.sleep(50); // polling for the port, not waiting for a time to pass
            }
        }
        sqs = SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .endpointOverride(URI.create("http://127.0.0.1:" + port)).build();
    }

    @AfterAll
    void stopMoto() {
        if (sqs != null) sqs.close();
        if (moto != null) moto.destroyForcibly();
    }

    private String newQueue() {
        return sqs.createQueue(b -> b.queueName("ingest-failures-" + queues.incrementAndGet())).queueUrl();
    }

    private int visible(String queue) {
        return Integer.parseInt(sqs.getQueueAttributes(b -> b.queueUrl(queue)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
                .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }

    private int redrive(String queue, RequestHandler<S3Event, ?> ingest, java.util.function.BooleanSupplier stop) {
        err.reset();
        return new RedriveCommand(sqs, queue, ingest, "us-east-1", new PrintStream(err, true, StandardCharsets.UTF_8),
                false, stop).run();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** An S3 event for {@code key} as S3 sends it (JSON, key URL-encoded) and as Lambda keeps it in the record. */
    private static ObjectNode s3Event(String bucket, String key, long size, String etag) {
        ObjectNode event = JSON.createObjectNode();
        ObjectNode r = event.putArray("Records").addObject();
        r.put("eventVersion", "2.1").put("eventSource", "aws:s3").put("awsRegion", "us-east-1")
                .put("eventTime", "2026-12-01T10:00:00.000Z").put("eventName", "ObjectCreated:Put");
        r.putObject("userIdentity").put("principalId", "AWS:EDITOR");
        ObjectNode s3 = r.putObject("s3").put("s3SchemaVersion", "1.0").put("configurationId", "ingest");
        s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket);
        s3.putObject("object").put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"))
                .put("size", size).put("eTag", etag).put("sequencer", S3Events.nextSequencer());
        return event;
    }

    /** What Lambda's on-failure destination sends once the retries are spent. */
    private static String onFailureRecord(ObjectNode event, RuntimeException error) {
        ObjectNode record = JSON.createObjectNode().put("version", "1.0").put("timestamp", "2026-12-01T10:03:00Z");
        record.putObject("requestContext").put("requestId", "r-1").put("condition", "RetriesExhausted")
                .put("approximateInvokeCount", 3);
        record.set("requestPayload", event);
        record.putObject("responseContext").put("statusCode", 200).put("functionError", "Unhandled");
        record.putObject("responsePayload").put("errorType", error.getClass().getSimpleName())
                .put("errorMessage", error.getMessage());
        return record.toString();
    }

    /** Uploads {@code n} files whose ingest fails three times (DynamoDB unreachable) and queues their records. */
    private List<String> failedUploads(LocalAws.Env env, String queue, String prefix, int n) throws IOException {
        URI closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + s.getLocalPort());
        }
        // No SDK retries on the dead endpoint: each invocation fails at once instead of after the SDK's backoff.
        Settings settings = Settings.local(env.table(), env.bucket(), env.settings().s3Endpoint().orElseThrow(), closed);
        DynamoDbClient dead = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.US_EAST_1).endpointOverride(closed)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
        IngestFunction broken = new IngestFunction(Services.with(settings, Clock.systemUTC(), env.s3(), dead));
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String key = prefix + "/la dépêche " + i + ".txt";
            byte[] text = ("Monde\n\nLa dépêche " + prefix + " numéro " + i + " tombe\n\n" + ("Une phrase de la dépêche "
                    + "qui décrit la journée avec précision. ").repeat(6)).getBytes(StandardCharsets.UTF_8);
            String etag = env.s3().putObject(b -> b.bucket(env.bucket()).key(key), RequestBody.fromBytes(text)).eTag();
            ObjectNode event = s3Event(env.bucket(), key, text.length, etag.replace("\"", ""));
            RuntimeException last = null;
            for (int attempt = 1; attempt <= 3; attempt++) { // Lambda's invocation and its two retries
                last = assertThrows(TransientIngestFailure.class,
                        () -> broken.handle(FailureRecords.event(event.toString()), null));
            }
            String body = onFailureRecord(event, last);
            sqs.sendMessage(b -> b.queueUrl(queue).messageBody(body));
            keys.add(key);
        }
        return keys;
    }

    private static void assertPublishedOnce(Pipeline pipeline, LocalAws.Env env, List<String> keys, String prefix) {
        for (int i = 1; i <= keys.size(); i++) {
            UploadStatus s = pipeline.services().uploads().find(env.bucket(), keys.get(i - 1)).orElseThrow();
            assertEquals(UploadStatus.State.PUBLISHED, s.state(), keys.get(i - 1));
            assertEquals("la-depeche-" + prefix + "-numero-" + i + "-tombe", s.slug(), "no -2: published once");
        }
    }

    @Test
    void eventsThatFailedPastTheRetriesArePublishedOnceByRedriveAndTheQueueEmpties(LocalAws.Env env) throws Exception {
        Pipeline pipeline = new Pipeline(env);
        String queue = newQueue();
        List<String> keys = failedUploads(env, queue, "asie", 4);
        assertEquals(4, visible(queue));

        assertEquals(0, redrive(queue, new IngestFunction(pipeline.services())::handle, () -> false), err());
        assertPublishedOnce(pipeline, env, keys, "asie");
        assertEquals(0, visible(queue));
        assertTrue(err().contains("4 events replayed (4 published)"), err());
        assertTrue(err().contains("[==============================] 4/4 events  100%"), err());
    }

    @Test
    void replayingTheSameEventsAgainChangesNothing(LocalAws.Env env) throws Exception {
        Pipeline pipeline = new Pipeline(env);
        String queue = newQueue();
        List<String> keys = failedUploads(env, queue, "europe", 2);
        List<String> bodies = new ArrayList<>();
        sqs.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10).visibilityTimeout(0)).messages()
                .forEach(m -> bodies.add(m.body()));
        assertEquals(0, redrive(queue, new IngestFunction(pipeline.services())::handle, () -> false), err());
        bodies.forEach(body -> sqs.sendMessage(b -> b.queueUrl(queue).messageBody(body)));

        assertEquals(0, redrive(queue, new IngestFunction(pipeline.services())::handle, () -> false), err());
        assertTrue(err().contains("2 events replayed (2 skipped)"), err());
        assertPublishedOnce(pipeline, env, keys, "europe");
    }

    @Test
    void aStoppedOrFailedRunLosesNothingAndTheNextGoesOn(LocalAws.Env env) throws Exception {
        Pipeline pipeline = new Pipeline(env);
        String queue = newQueue();
        List<String> keys = failedUploads(env, queue, "afrique", 5);
        IngestFunction ingest = new IngestFunction(pipeline.services());

        AtomicInteger handled = new AtomicInteger();
        assertEquals(130, redrive(queue, (e, c) -> {
            handled.incrementAndGet();
            return ingest.handle(e, c);
        }, () -> handled.get() >= 2), err());
        assertEquals(3, visible(queue), "the rest is back in the queue at once");

        AtomicBoolean down = new AtomicBoolean(true);
        assertEquals(1, redrive(queue, (e, c) -> {
            if (down.getAndSet(false)) throw new IllegalStateException("DynamoDB did not answer");
            return ingest.handle(e, c);
        }, () -> false), err());
        assertTrue(err().contains("stopped after 0 events"), err());
        assertEquals(3, visible(queue), "the event that failed is not lost");

        assertEquals(0, redrive(queue, ingest::handle, () -> false), err());
        assertEquals(0, visible(queue));
        assertPublishedOnce(pipeline, env, keys, "afrique");
    }

    @Test
    void aMessageWithoutAnEventIsLeftInTheQueueAndNamed(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        String queue = newQueue();
        String id = sqs.sendMessage(b -> b.queueUrl(queue).messageBody("{\"hello\":1}")).messageId();
        assertEquals(1, redrive(queue, new IngestFunction(pipeline.services())::handle, () -> false), err());
        assertTrue(err().contains("left in the queue: message " + id + " (the message holds no S3 event records)"),
                err());
        assertTrue(err().contains("1 messages left in the queue"), err());
    }
}
