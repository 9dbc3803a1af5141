package dev.newsdesk.functions;

import dev.newsdesk.AwsClients;
import dev.newsdesk.Settings;
import dev.newsdesk.api.ApiRouter;
import dev.newsdesk.api.UploadApi;
import dev.newsdesk.api.UploadGrants;
import dev.newsdesk.ingest.Ingestor;
import dev.newsdesk.newsroom.ContentSecurityPolicy;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.store.ArticleStore;
import dev.newsdesk.store.BucketObject;
import dev.newsdesk.store.UploadLog;
import dev.newsdesk.views.RankingRollup;
import dev.newsdesk.views.Rankings;
import dev.newsdesk.views.RepeatViews;
import dev.newsdesk.views.ViewCounter;
import dev.newsdesk.views.ViewHistory;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The composition root: the clients and collaborators one process needs, built once (at Lambda init, or once
 * by the one-machine mode and the tests) and shared by the functions. No framework: plain constructors.
 */
public final class Services {

    /** Longer than a request that counts a view can take (the API's timeout): its minute is folded only after. */
    static final Duration ROLLUP_GRACE = Duration.ofSeconds(15);
    /**
     * How long a rollup run keeps starting to fold another hour of backlog: under RankingsFunction's 55 s timeout,
     * with room for the hour it started last, the rankings and the state.
     */
    public static final Duration ROLLUP_BUDGET = Duration.ofSeconds(30);

    private final Settings settings;
    private final Lazy<S3Client> s3;
    private final Lazy<S3Presigner> presigner;
    private final DynamoDbClient dynamo;
    private final ArticleStore articles;
    private final UploadLog uploads;
    private final ViewCounter views;
    private final RepeatViews repeatViews;
    private final Rankings rankings;
    private final ViewHistory viewHistory;
    private final Lazy<RankingRollup> rollup;
    private final Lazy<Ingestor> ingestor;
    private final Clock clock;

    /**
     * The S3 client, the ingest use case (with the parser) and the rollup are built on first use: the API function
     * needs none of them, and each is classes to load and objects to build on every cold start (issue 6).
     */
    private Services(Settings settings, Supplier<S3Client> s3, DynamoDbClient dynamo, Clock clock) {
        this.settings = settings;
        this.s3 = new Lazy<>(s3);
        this.presigner = new Lazy<>(() -> AwsClients.s3Presigner(settings));
        this.dynamo = dynamo;
        this.clock = clock;
        this.articles = new ArticleStore(dynamo, settings.tableName());
        this.uploads = new UploadLog(dynamo, settings.tableName());
        this.views = new ViewCounter(dynamo, settings.tableName(), settings.viewLogPartitions(),
                settings.hotReadCache());
        this.rankings = new Rankings(dynamo, settings.tableName());
        this.viewHistory = new ViewHistory(dynamo, settings.tableName());
        this.repeatViews = new RepeatViews(settings.repeatViewWindow());
        this.rollup = new Lazy<>(() -> new RankingRollup(dynamo, settings.tableName(), views, ROLLUP_GRACE,
                ROLLUP_BUDGET, System::nanoTime, settings.rollupWorkers()));
        this.ingestor = new Lazy<>(() -> new Ingestor(this.s3.get(), new ArticleParser()::parse, articles, uploads,
                settings.maxUploadBytes(), clock));
    }

    public static Services create(Settings settings) {
        return create(settings, Clock.systemUTC());
    }

    /** With a given clock: tests use it to count views on chosen days. */
    public static Services create(Settings settings, Clock clock) {
        return new Services(settings, () -> AwsClients.s3(settings), AwsClients.dynamoDb(settings), clock);
    }

    /** With clients built elsewhere (tests that count requests, for one). */
    public static Services with(Settings settings, Clock clock, S3Client s3, DynamoDbClient dynamo) {
        return new Services(settings, () -> s3, dynamo, clock);
    }

    public Settings settings() { return settings; }

    public S3Client s3() { return s3.get(); }

    /** Built on first use, like the S3 client: only {@code POST /uploads} signs. */
    public S3Presigner presigner() { return presigner.get(); }

    public DynamoDbClient dynamo() { return dynamo; }

    public ArticleStore articles() { return articles; }

    public UploadLog uploads() { return uploads; }

    public ViewCounter views() { return views; }

    public Rankings rankings() { return rankings; }

    public ViewHistory viewHistory() { return viewHistory; }

    public RepeatViews repeatViews() { return repeatViews; }

    public RankingRollup rollup() { return rollup.get(); }

    public Ingestor ingestor() { return ingestor.get(); }

    public Clock clock() { return clock; }

    /** The API's routes over these services; the editor routes build the S3 client and presigner on first use. */
    public ApiRouter apiRouter() {
        String bucket = settings.bucketName();
        UploadGrants grants = new UploadGrants(this::presigner, bucket, settings.maxUploadBytes(), clock);
        UploadApi uploadApi = new UploadApi(uploads, articles, (b, key) -> BucketObject.lastModified(s3(), b, key),
                grants, bucket);
        return new ApiRouter(articles, views, repeatViews, rankings, clock, settings.hotReadCache(),
                settings.publicationName(), uploadApi, viewHistory, settings.isLocal(),
                signIn -> ContentSecurityPolicy.forPage(settings, signIn));
    }

    /**
     * After a SnapStart restore: new random seeds and no cached reads from before the snapshot. The clients need
     * nothing: they opened no connection before it (priming uses clients of its own) and fetch credentials lazily.
     */
    public void restored() {
        views.restored();
        repeatViews.restored();
    }

    /** A value built once, on first use, by whichever thread asks first. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> build;
        private volatile T value;

        Lazy(Supplier<T> build) {
            this.build = build;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) value = v = build.get();
                }
            }
            return v;
        }
    }
}
