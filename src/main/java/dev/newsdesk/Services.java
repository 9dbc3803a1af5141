package dev.newsdesk;

import dev.newsdesk.ingest.Ingestor;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.store.ArticleStore;
import dev.newsdesk.store.UploadLog;
import dev.newsdesk.views.RankingRollup;
import dev.newsdesk.views.Rankings;
import dev.newsdesk.views.ViewCounter;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The composition root: the clients and collaborators one process needs, built once (at Lambda init, or once
 * by the one-machine mode and the tests) and shared by the handlers. No framework: plain constructors.
 */
public final class Services {

    /** Longer than a request that counts a view can take (the API's timeout): its minute is folded only after. */
    static final Duration ROLLUP_GRACE = Duration.ofSeconds(15);

    private final Settings settings;
    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final ArticleStore articles;
    private final UploadLog uploads;
    private final ViewCounter views;
    private final Rankings rankings;
    private final RankingRollup rollup;
    private final Ingestor ingestor;
    private final Clock clock;

    private Services(Settings settings, S3Client s3, DynamoDbClient dynamo, Clock clock) {
        this.settings = settings;
        this.s3 = s3;
        this.dynamo = dynamo;
        this.clock = clock;
        this.articles = new ArticleStore(dynamo, settings.tableName());
        this.uploads = new UploadLog(dynamo, settings.tableName());
        this.views = new ViewCounter(dynamo, settings.tableName(), settings.viewLogPartitions(),
                settings.hotReadCache());
        this.rankings = new Rankings(dynamo, settings.tableName());
        this.rollup = new RankingRollup(dynamo, settings.tableName(), views, ROLLUP_GRACE);
        this.ingestor = new Ingestor(s3, new ArticleParser(), articles, uploads, settings.maxUploadBytes(), clock);
    }

    public static Services create(Settings settings) {
        return create(settings, Clock.systemUTC());
    }

    /** With a given clock: tests use it to count views on chosen days. */
    public static Services create(Settings settings, Clock clock) {
        return with(settings, clock, AwsClients.s3(settings), AwsClients.dynamoDb(settings));
    }

    /** With clients built elsewhere (tests that count requests, for one). */
    public static Services with(Settings settings, Clock clock, S3Client s3, DynamoDbClient dynamo) {
        return new Services(settings, s3, dynamo, clock);
    }

    public Settings settings() { return settings; }

    public S3Client s3() { return s3; }

    public DynamoDbClient dynamo() { return dynamo; }

    public ArticleStore articles() { return articles; }

    public UploadLog uploads() { return uploads; }

    public ViewCounter views() { return views; }

    public Rankings rankings() { return rankings; }

    public RankingRollup rollup() { return rollup; }

    public Ingestor ingestor() { return ingestor; }

    public Clock clock() { return clock; }
}
