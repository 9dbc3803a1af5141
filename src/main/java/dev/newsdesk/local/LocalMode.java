package dev.newsdesk.local;

import dev.newsdesk.functions.Services;
import dev.newsdesk.local.http.HttpLimits;
import dev.newsdesk.Settings;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.store.Table;
import dev.newsdesk.functions.RankingsFunction;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@code ./newsdesk local}: the whole pipeline on one machine. Starts dynalite and S3Proxy as child processes
 * keeping their data under the data directory, creates the bucket and the table, and runs the real handlers:
 * IngestFunction behind an {@link EventPump} (S3 notifications stand-in) and ApiFunction behind a
 * {@link LocalApiServer} (API Gateway stand-in). Everything it started stops on Ctrl-C.
 */
public final class LocalMode {

    static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    /** Requests in the API handler at once (as many Lambda instances); benchmarks run the API as the mode does. */
    public static final int API_THREADS = 32;
    /** EventBridge runs the rollup every minute on AWS; one machine can afford it more often. */
    static final Duration ROLLUP_INTERVAL = Duration.ofSeconds(10);
    /** A working day: the token {@code --auth} writes is good until the mode is restarted the next morning. */
    static final Duration EDITOR_TOKEN_LIFETIME = Duration.ofHours(12);

    private final LocalOptions options;
    private final PrintStream out;
    /** What to stop, last started first. */
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private volatile boolean running;

    public LocalMode(LocalOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("newsdesk.home", "")).toAbsolutePath();
        LocalOptions options;
        try {
            options = LocalOptions.parse(List.of(args), System.getenv(), home);
        } catch (IllegalArgumentException e) {
            System.err.println("newsdesk local: " + e.getMessage());
            System.exit(2);
            return;
        }
        LocalMode mode = new LocalMode(options, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mode.stop();
            stopped.countDown();
        }, "newsdesk-local-shutdown"));
        try {
            mode.start();
        } catch (Exception e) {
            System.err.println("newsdesk local: " + (e.getMessage() != null ? e.getMessage() : e));
            System.exit(1); // the shutdown hook stops whatever did start
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Synchronized with {@link #stop()}: a Ctrl-C during the start stops everything once it is all up. */
    public synchronized void start() throws Exception {
        Files.createDirectories(options.logDir());
        ChildProcesses children = ChildProcesses.acquire(options.runDir());
        started.push(children);
        requireFree(options.s3Port(), "S3", "--s3-port");
        requireFree(options.dynamoPort(), "DynamoDB", "--dynamodb-port");
        requireFree(options.apiPort(), "API", "--api-port");

        // S3Proxy takes a second or so to start: start both emulators at once.
        CompletableFuture<SupervisedServer<S3ProxyServer>> s3Start = CompletableFuture.supplyAsync(
                () -> supervise("S3Proxy (S3)", "s3proxy", this::startS3Proxy, children));
        SupervisedServer<DynaliteServer> dynamo = null;
        IOException dynamoFailure = null;
        try {
            dynamo = SupervisedServer.start("dynalite (DynamoDB)", this::startDynalite,
                    server -> children.register(server.pid(), "dynalite"), out, Sleeper.REAL, Backoff.LOCAL);
            started.push(dynamo);
        } catch (IOException e) {
            dynamoFailure = e;
        }
        SupervisedServer<S3ProxyServer> s3proxy;
        try {
            s3proxy = s3Start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : e;
        }
        started.push(s3proxy);
        if (dynamoFailure != null) {
            throw dynamoFailure;
        }
        new LocalPorts(options.s3Port(), options.dynamoPort(), options.apiPort()).write(options.dataDir());

        // As on AWS, if shorter (one instance here): a hot story's reads reuse its item for a second (an edit shows
        // up within it).
        Settings settings = Settings.local(options.table(), options.bucket(), s3proxy.current().endpoint(),
                dynamo.current().endpoint()).withHotReadCache(Settings.DEFAULT_HOT_READ_CACHE);
        Services services = Services.create(settings);
        createBucket(services.s3(), options.bucket());
        Table.ensureExists(services.dynamo(), options.table());

        HandlerLogFile handlerLog = HandlerLogFile.open(options.handlerLogFile(), out);
        started.push(handlerLog); // closed after everything that writes to it
        IngestDelivery delivery = new IngestDelivery(new IngestFunction(services)::handle, settings.region(), out,
                handlerLog);
        EventPump pump = EventPump.create(services.s3(), options.bucket(), settings.region(),
                options.pumpStateFile(), options.waitingFile(), delivery, out);
        // A store that comes back is the moment to deliver what waits for it, not after the events' pauses.
        dynamo.afterRestart(pump::retryNow);
        s3proxy.afterRestart(pump::retryNow);
        LocalSignIn signIn = options.auth() ? startSignIn() : null;
        ApiFunction apiFunction = new ApiFunction(services);
        Warmup.run(services, options.bucket(), apiFunction::handle);
        LocalApiServer api = LocalApiServer.start(options.apiPort(), API_THREADS, apiFunction::handle,
                settings.region(), out, handlerLog, options.logRequests(), HttpLimits.DEFAULT);
        started.push(api);
        String editorToken = signIn != null ? requireTokens(api, signIn) : null;
        RollupSchedule rollup = new RollupSchedule(new RankingsFunction(services), settings.region(), out);
        api.hooks(rollup.apiHooks());
        rollup.runQuietly(); // what the schedule does first anyway; done now, the first rankings read is not slowed
        started.push(rollup);
        started.push(pump); // stopped first: no ingest may start while the emulators go down

        out.print(Banner.text(options, s3proxy.current().endpoint(), dynamo.current().endpoint(), api.endpoint(),
                editorToken != null));
        out.flush();
        pump.start(POLL_INTERVAL);
        rollup.start(ROLLUP_INTERVAL);
        running = true;
    }

    /** {@code --auth}: the page's hosted login, a local OpenID Connect provider signing with the mode's key. */
    private LocalSignIn startSignIn() throws IOException {
        requireFree(options.authPort(), "sign-in", "--auth-port");
        LocalSignIn signIn = LocalSignIn.start(options.authPort(), EditorKeys.loadOrCreate(options.authDir()),
                options.pageAddresses(), Clock.systemUTC());
        started.push(signIn);
        return signIn;
    }

    /**
     * {@code --auth}: the editor routes take only tokens of the local sign-in's issuer, checked by the JWT
     * authorizer's rules; one such token, valid for 12 hours, is written where the banner says (for curl).
     */
    private String requireTokens(LocalApiServer api, LocalSignIn signIn) throws IOException {
        api.stageVariables(signIn.pageConfig().stageVariables());
        api.requireTokens(signIn.authorizer());
        String token = EditorKeys.loadOrCreate(options.authDir())
                .editorToken(signIn.issuer(), Instant.now(), EDITOR_TOKEN_LIFETIME);
        Files.writeString(options.editorTokenFile(), token + "\n");
        return token;
    }

    private SupervisedServer<S3ProxyServer> supervise(String name, String marker,
                                                      SupervisedServer.Starter<S3ProxyServer> starter,
                                                      ChildProcesses children) {
        try {
            return SupervisedServer.start(name, starter, server -> children.register(server.pid(), marker), out,
                    Sleeper.REAL, Backoff.LOCAL);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private DynaliteServer startDynalite() throws IOException {
        return DynaliteServer.start(options.home(), options.dynamoPort(), Optional.of(options.dynamoDir()),
                options.logDir().resolve("dynalite.log"));
    }

    private S3ProxyServer startS3Proxy() throws IOException {
        return S3ProxyServer.start(options.s3Proxy(), options.s3Port(), options.s3Dir(), options.browserOrigins(),
                options.runDir().resolve("s3proxy.properties"), options.logDir().resolve("s3proxy.log"));
    }

    /** A clear message beats a child process that dies with "address in use" in its log. */
    private static void requireFree(int port, String what, String flag) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException inUse) {
            throw new IOException("port " + port + " (" + what + ") is already in use; stop what uses it or pick "
                    + "another with " + flag);
        }
    }

    private static void createBucket(S3Client s3, String bucket) {
        try {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (BucketAlreadyOwnedByYouException alreadyThere) {
            // kept from an earlier run
        } catch (S3Exception e) {
            if (e.statusCode() != 409) {
                throw e;
            }
        }
    }

    /** Stops everything that was started, last started first: the pump, the API, then the emulators. */
    public synchronized void stop() {
        while (!started.isEmpty()) {
            AutoCloseable c = started.pop();
            try {
                c.close();
            } catch (Exception e) {
                out.println("newsdesk local: while stopping " + c.getClass().getSimpleName() + ": " + e);
            }
        }
        if (running) {
            running = false;
            out.println("newsdesk local: stopped (data kept in " + options.dataDir() + ")");
        }
    }
}
