package dev.newsdesk.bench;

import dev.newsdesk.AwsClients;
import dev.newsdesk.functions.Services;
import dev.newsdesk.Settings;
import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.functions.events.S3Event;
import dev.newsdesk.store.Table;
import dev.newsdesk.testing.LocalAws;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The benchmarks' S3 and DynamoDB: S3Proxy in process (in memory) and dynalite as a child process (in memory), on
 * free loopback ports, started once per bench, with one bucket and one table, as the tests have them.
 */
final class BenchAws implements AutoCloseable {

    static final String TABLE = "bench";
    static final String BUCKET = "bench-articles";
    /** The reference article: `../shared/samples` beside the project, else the copy in the test resources. */
    static final String SAMPLE_KEY = "politique/politique-mali-russie.txt";
    static final String SAMPLE_SLUG =
            "avec-le-soutien-de-la-russie-le-mali-ouvre-une-nouvelle-page-de-stabilite-securitaire";

    private final LocalAws.EmbeddedServers servers;
    final Settings settings;
    final S3Client s3;
    final DynamoDbClient dynamo;

    private BenchAws(LocalAws.EmbeddedServers servers, Settings settings) {
        this.servers = servers;
        this.settings = settings;
        this.s3 = AwsClients.s3(settings);
        this.dynamo = AwsClients.dynamoDb(settings);
    }

    static BenchAws start() throws Exception {
        LocalAws.EmbeddedServers servers = LocalAws.EmbeddedServers.start(home(), "dynalite-bench.log");
        Settings settings = Settings.local(TABLE, BUCKET, servers.s3Endpoint(), servers.dynamoDbEndpoint());
        BenchAws aws = new BenchAws(servers, settings);
        aws.s3.createBucket(b -> b.bucket(BUCKET));
        Table.ensureExists(aws.dynamo, TABLE);
        return aws;
    }

    /** The project directory: where node_modules (dynalite) and target/ are. */
    static Path home() {
        return Path.of(System.getProperty("newsdesk.home", "")).toAbsolutePath();
    }

    static byte[] sample() {
        Path shared = home().resolve("../shared/samples/politique-mali-russie.txt").normalize();
        Path local = home().resolve("src/test/resources/samples/politique-mali-russie.txt");
        try {
            return Files.readAllBytes(Files.exists(local) ? local : shared);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads the reference article and ingests it in process, as S3 + IngestFunction would. */
    void publishSample(Services services) {
        byte[] bytes = sample();
        s3.putObject(b -> b.bucket(BUCKET).key(SAMPLE_KEY), RequestBody.fromBytes(bytes));
        new IngestFunction(services).handle(putEvent(SAMPLE_KEY, bytes.length, sequencer(1)), null);
    }

    /**
     * The reference article as revision {@code n} (its first paragraph ends with a sentence naming it): an ingest of
     * it writes the article again, where the same bytes would only be recognised as unchanged (a cheaper path than a
     * cold start's first publish).
     */
    static byte[] revision(long n) {
        String text = new String(sample(), java.nio.charset.StandardCharsets.UTF_8);
        String revised = text.replaceFirst("(?m)^(.{200,})$", "$1 Révision " + n + ".");
        if (revised.equals(text)) throw new IllegalStateException("the reference article has no paragraph to revise");
        return revised.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Uploads revision {@code n} of the reference article under its key. */
    void uploadRevision(long n) {
        s3.putObject(b -> b.bucket(BUCKET).key(SAMPLE_KEY), RequestBody.fromBytes(revision(n)));
    }

    /** An 18-digit upper-case hex sequencer, as S3 sends them; larger {@code n}, later event. */
    static String sequencer(long n) {
        return String.format("%018X", (System.currentTimeMillis() << 16) + n);
    }

    static S3Event putEvent(String key, long size, String sequencer) {
        return event("ObjectCreated:Put", key, size, sequencer);
    }

    static S3Event removeEvent(String key, String sequencer) {
        return event("ObjectRemoved:Delete", key, null, sequencer);
    }

    private static S3Event event(String name, String key, Long size, String sequencer) {
        var object = new S3Event.S3Object(key, size, null, null, sequencer);
        var s3 = new S3Event.Entity("1.0", "bench",
                new S3Event.Bucket(BUCKET, new S3Event.Identity("BENCH"), "arn:aws:s3:::" + BUCKET), object);
        return new S3Event(List.of(new S3Event.Notification("2.1", "aws:s3", "us-east-1",
                "2026-11-29T01:00:00.000Z", name, new S3Event.Identity("AWS:BENCH"),
                new S3Event.RequestParameters("127.0.0.1"), new S3Event.ResponseElements("requestid", "id2"), s3)));
    }

    /** A GET as API Gateway (HTTP API, payload 2.0) hands it to the API function. */
    static HttpApiEvent get(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        java.util.Map<String, String> params = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) params.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        var http = new HttpApiEvent.Http("GET", path, "HTTP/1.1", "127.0.0.1", "Mozilla/5.0 (bench)");
        return new HttpApiEvent("2.0", "$default", path, query, null,
                java.util.Map.of("accept", "application/json", "user-agent", "Mozilla/5.0 (bench)"), params, null,
                null, null, false, new HttpApiEvent.RequestContext(null, null, null, null, "bench", "$default",
                        "$default", null, 0, http, null));
    }

    @Override
    public void close() throws Exception {
        s3.close();
        dynamo.close();
        servers.close();
    }
}
