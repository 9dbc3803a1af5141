package dev.newsdesk.priming;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import dev.newsdesk.AwsClients;
import dev.newsdesk.Services;
import dev.newsdesk.Settings;
import dev.newsdesk.api.ApiHandler;
import dev.newsdesk.ingest.IngestHandler;
import dev.newsdesk.views.RollupHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming. Before Lambda snapshots a published version ({@link #beforeCheckpoint}), the function runs
 * its own code paths once, so that the classes they load, the SDK's lazily built parts and the JIT's first
 * compilations are in the snapshot instead of in the first request after each restore.
 *
 * <p>It never touches the real table or bucket: priming runs the handlers on {@link Services} whose S3 and
 * DynamoDB clients talk to an {@link OfflineHttpClient}, which answers from memory, over a {@link LoopbackServer}
 * of its own (so the HTTP stack is primed too), never to AWS. So it can parse and "store" the bundled samples,
 * read them back, count a view and run the rollup, all through the same classes as a real request, and still
 * never write an article, count a view or record an upload ({@code PrimingTest} runs it against real servers and
 * checks that nothing changed).
 */
public final class Priming implements Resource {

    /** The bundled samples, by the file name the offline S3 serves them under. */
    static final List<String> SAMPLES = List.of("sample.txt", "sample.html");
    static final String BUCKET = "priming";
    /** Rounds of the same paths: enough for the JIT's first compilations, a fraction of a second in all. */
    static final int ROUNDS = 5;

    private final String function;
    private final Runnable work;

    private Priming(String function, Runnable work) {
        this.function = function;
        this.work = work;
    }

    /**
     * Registers {@code work} to run before a SnapStart checkpoint. The caller must keep the returned object: the
     * runtime holds its resources by weak reference only.
     */
    public static Priming register(String function, Runnable work) {
        Priming priming = new Priming(function, work);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to undo: priming kept no connection, clock or random state of its own.
    }

    /** Runs the priming now; a failure is logged and swallowed (a snapshot without priming still works). */
    public void run() {
        long start = System.nanoTime();
        String outcome = "primed";
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            outcome = "priming failed: " + e.getClass().getSimpleName();
        }
        System.out.println("{\"event\":\"priming\",\"function\":\"" + function + "\",\"result\":\"" + outcome
                + "\",\"millis\":" + (System.nanoTime() - start) / 1_000_000 + "}");
    }

    /** IngestFunction's paths: each sample through the ingest handler (S3 GET, parse, store), offline. */
    public static void ingest() {
        try (Offline offline = offline()) {
            publishSamples(offline.services());
        }
    }

    /** ApiFunction's paths, offline: the samples published, then every route, including a counted view. */
    public static void api() {
        try (Offline offline = offline()) {
            api(offline);
        }
    }

    /** The status of each request, in order (the last one asks for a missing article: 404). */
    static List<Integer> api(Offline offline) {
        publishSamples(offline.services());
        ApiHandler api = new ApiHandler(offline.services());
        List<String> paths = List.of("/articles", "/articles?section=culture&limit=5", "/rankings",
                "/rankings?window=24h", "/sections", "/articles/" + slugOf(offline), "/articles/no-such-article");
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            statuses.clear();
            for (String path : paths) statuses.add(api.handleRequest(get(path), null).getStatusCode());
        }
        return statuses;
    }

    /** RankingsFunction's paths, offline: a rollup over the offline table after a counted view. */
    public static void rollup() {
        try (Offline offline = offline()) {
            publishSamples(offline.services());
            new ApiHandler(offline.services()).handleRequest(get("/articles/" + slugOf(offline)), null);
            new RollupHandler(offline.services()).handleRequest(Map.of("source", "aws.events"), null);
        }
    }

    /**
     * Offline services, the client that answers them (tests look at what it was asked) and the loopback server
     * that carries their requests to it.
     */
    record Offline(Services services, OfflineHttpClient http, LoopbackServer loopback) implements AutoCloseable {
        @Override
        public void close() {
            services.s3().close();
            services.dynamo().close();
            loopback.close();
        }
    }

    static Offline offline() {
        Map<String, byte[]> objects = new java.util.HashMap<>();
        for (String sample : SAMPLES) objects.put(sample, resource(sample));
        OfflineHttpClient http = new OfflineHttpClient(objects);
        LoopbackServer loopback = LoopbackServer.start(http);
        // Our own loopback server is the only endpoint: whatever priming does cannot reach AWS. The clients are
        // the ones the functions build (AwsClients), with the static credentials of a local endpoint.
        URI endpoint = loopback.endpoint();
        Settings settings = Settings.local("priming", BUCKET, endpoint, endpoint);
        return new Offline(Services.with(settings, Clock.systemUTC(), AwsClients.s3(settings),
                AwsClients.dynamoDb(settings)), http, loopback);
    }

    /**
     * Each sample a few times, as newer versions: the first round loads the classes, the later ones give the JIT
     * (C1 only on Lambda) the calls it needs to compile the parser's and the store's hot methods into the snapshot.
     */
    private static void publishSamples(Services services) {
        IngestHandler ingest = new IngestHandler(services);
        long sequencer = 1;
        for (int round = 0; round < ROUNDS; round++) {
            for (String sample : SAMPLES) {
                ingest.handleRequest(put("priming/" + sample, resource(sample).length, sequencer++), null);
            }
        }
    }

    private static String slugOf(Offline offline) {
        return offline.services().uploads().find(BUCKET, "priming/sample.txt")
                .map(status -> status.slug()).orElse("no-such-article");
    }

    static APIGatewayV2HTTPEvent get(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        Map<String, String> params = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) params.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey("$default").withRawPath(path)
                .withRawQueryString(query).withQueryStringParameters(params.isEmpty() ? null : params)
                .withHeaders(Map.of("accept", "application/json", "user-agent", "Mozilla/5.0 (priming)"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("priming")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET")
                                .withPath(path).withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build())
                        .build())
                .build();
    }

    static S3Event put(String key, long size, long sequencer) {
        var object = new S3EventNotification.S3ObjectEntity(key, size, "priming", "", String.format("%018X", sequencer));
        var s3 = new S3EventNotification.S3Entity("priming", new S3EventNotification.S3BucketEntity(BUCKET,
                new S3EventNotification.UserIdentityEntity("PRIMING"), "arn:aws:s3:::" + BUCKET), object, "1.0");
        return new S3Event(List.of(new S3EventNotification.S3EventNotificationRecord("us-east-1",
                "ObjectCreated:Put", "aws:s3", "2026-01-01T00:00:00.000Z", "2.1",
                new S3EventNotification.RequestParametersEntity("127.0.0.1"),
                new S3EventNotification.ResponseElementsEntity("priming", "priming"), s3,
                new S3EventNotification.UserIdentityEntity("AWS:PRIMING"))));
    }

    static byte[] resource(String name) {
        try (InputStream in = Priming.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing priming sample " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
