package dev.newsdesk;

import dev.newsdesk.ingest.Ingestor;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.store.ArticleStore;
import dev.newsdesk.store.Rankings;
import dev.newsdesk.store.UploadLog;
import dev.newsdesk.store.ViewCounter;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The composition root: the clients and collaborators one process needs, built once (at Lambda init, or once
 * by the one-machine mode and the tests) and shared by the handlers. No framework: plain constructors.
 */
public final class Services {

    private final Settings settings;
    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final ArticleStore articles;
    private final UploadLog uploads;
    private final ViewCounter views;
    private final Rankings rankings;
    private final Ingestor ingestor;
    private final Clock clock;

    private Services(Settings settings, S3Client s3, DynamoDbClient dynamo, Clock clock) {
        this.settings = settings;
        this.s3 = s3;
        this.dynamo = dynamo;
        this.clock = clock;
        this.articles = new ArticleStore(dynamo, settings.tableName());
        this.uploads = new UploadLog(dynamo, settings.tableName());
        this.views = new ViewCounter(dynamo, settings.tableName());
        this.rankings = new Rankings(articles, views);
        this.ingestor = new Ingestor(s3, new ArticleParser(), articles, uploads, settings.maxUploadBytes(), clock);
    }

    public static Services create(Settings settings) {
        return create(settings, Clock.systemUTC());
    }

    /** With a given clock: tests use it to count views on chosen days. */
    public static Services create(Settings settings, Clock clock) {
        return new Services(settings, AwsClients.s3(settings), AwsClients.dynamoDb(settings), clock);
    }

    public Settings settings() { return settings; }

    public S3Client s3() { return s3; }

    public DynamoDbClient dynamo() { return dynamo; }

    public ArticleStore articles() { return articles; }

    public UploadLog uploads() { return uploads; }

    public ViewCounter views() { return views; }

    public Rankings rankings() { return rankings; }

    public Ingestor ingestor() { return ingestor; }

    public Clock clock() { return clock; }
}
