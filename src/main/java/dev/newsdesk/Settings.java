package dev.newsdesk;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the functions read from their environment, in one place. On AWS the template sets these; the
 * one-machine mode and the tests build a {@code Settings} pointing at the local servers.
 *
 * @param tableName        DynamoDB table ({@code TABLE_NAME})
 * @param bucketName       the articles bucket ({@code BUCKET_NAME}); ingest takes the bucket from each event
 * @param region           AWS region ({@code AWS_REGION}, set by Lambda)
 * @param s3Endpoint       endpoint override for a local S3 server ({@code NEWSDESK_S3_ENDPOINT}), else AWS
 * @param dynamoDbEndpoint endpoint override for a local DynamoDB server ({@code NEWSDESK_DYNAMODB_ENDPOINT})
 * @param maxUploadBytes   larger uploads are refused before they are read ({@code MAX_UPLOAD_BYTES})
 * @param viewLogPartitions partitions the rankings' view log spreads writes over ({@code VIEW_LOG_PARTITIONS});
 *                         each takes at most 1,000 writes/s, so this bounds the views/s the whole site can take
 * @param hotReadCache     how long one function instance may reuse an article it read, and its views' total
 *                         ({@code HOT_READ_CACHE_MILLIS}; 0: never). A story read 13,000 times a second would
 *                         otherwise overrun its partitions' 3,000 reads/s
 * @param repeatViewWindow how long one reader's reads of an article count as one view ({@code REPEAT_VIEW_MINUTES};
 *                         0: every read counts), per function instance (views/RepeatViews)
 * @param publicationName  the publication's name in the feeds and the news sitemap
 *                         ({@code PUBLICATION_NAME}; null or blank: "Newsdesk"). Google News wants it as its
 *                         readers know it
 * @param rollupWorkers    how many workers fold whole hours of rollup backlog side by side, each its share of the
 *                         view log's partitions ({@code ROLLUP_WORKERS}; 1: none, the rollup reads the log alone;
 *                         docs/data-model.md, "The rollup at full rate")
 */
public record Settings(String tableName, String bucketName, String region, Optional<URI> s3Endpoint,
                       Optional<URI> dynamoDbEndpoint, long maxUploadBytes, int viewLogPartitions,
                       java.time.Duration hotReadCache, java.time.Duration repeatViewWindow,
                       String publicationName, int rollupWorkers) {

    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String BUCKET_NAME = "BUCKET_NAME";
    public static final String REGION = "AWS_REGION";
    public static final String S3_ENDPOINT = "NEWSDESK_S3_ENDPOINT";
    public static final String DYNAMODB_ENDPOINT = "NEWSDESK_DYNAMODB_ENDPOINT";
    public static final String MAX_UPLOAD_BYTES = "MAX_UPLOAD_BYTES";
    public static final String VIEW_LOG_PARTITIONS = "VIEW_LOG_PARTITIONS";
    public static final String HOT_READ_CACHE_MILLIS = "HOT_READ_CACHE_MILLIS";
    public static final String PUBLICATION_NAME = "PUBLICATION_NAME";
    public static final String REPEAT_VIEW_MINUTES = "REPEAT_VIEW_MINUTES";
    public static final String ROLLUP_WORKERS = "ROLLUP_WORKERS";
    /** Set by Lambda instead of AWS_ACCESS_KEY_ID on SnapStart functions: where to fetch credentials (AwsClients). */
    public static final String CONTAINER_CREDENTIALS_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI";

    public static final long DEFAULT_MAX_UPLOAD_BYTES = 10L * 1024 * 1024;
    /** 256 partitions take 100,000 views/s at ~400 writes/s each: DynamoDB allows 1,000 (docs/benchmarks.md). */
    public static final int DEFAULT_VIEW_LOG_PARTITIONS = 256;
    /**
     * A second of reuse lets one instance answer a hot story's reads with its counting write alone; the instance's
     * own views stay exact (it adds the views it counted to the rollup's total), other instances' show once folded.
     */
    public static final java.time.Duration DEFAULT_HOT_READ_CACHE = java.time.Duration.ofSeconds(1);
    /** A reader's reads of an article within half an hour are one view (docs/data-model.md). */
    public static final java.time.Duration DEFAULT_REPEAT_VIEW_WINDOW = java.time.Duration.ofMinutes(30);
    /** On one machine a handful is plenty, and keeps the rollup's reads few. */
    public static final int LOCAL_VIEW_LOG_PARTITIONS = 4;

    public Settings {
        publicationName = publicationName == null || publicationName.isBlank() ? "Newsdesk" : publicationName.strip();
        if (rollupWorkers < 1) throw new IllegalArgumentException("rollupWorkers must be at least 1: " + rollupWorkers);
    }

    /** With no rollup workers (tests, the one-machine mode, operations commands). */
    public Settings(String tableName, String bucketName, String region, Optional<URI> s3Endpoint,
                    Optional<URI> dynamoDbEndpoint, long maxUploadBytes, int viewLogPartitions,
                    java.time.Duration hotReadCache, java.time.Duration repeatViewWindow, String publicationName) {
        this(tableName, bucketName, region, s3Endpoint, dynamoDbEndpoint, maxUploadBytes, viewLogPartitions,
                hotReadCache, repeatViewWindow, publicationName, 1);
    }

    /** Reads the settings from environment variables, as the Lambda runtime provides them. */
    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    public static Settings from(Map<String, String> env) {
        return new Settings(
                required(env, TABLE_NAME),
                env.getOrDefault(BUCKET_NAME, ""),
                env.getOrDefault(REGION, "us-east-1"),
                Optional.ofNullable(env.get(S3_ENDPOINT)).filter(s -> !s.isBlank()).map(URI::create),
                Optional.ofNullable(env.get(DYNAMODB_ENDPOINT)).filter(s -> !s.isBlank()).map(URI::create),
                maxUploadBytes(env),
                Integer.parseInt(env.getOrDefault(VIEW_LOG_PARTITIONS, Integer.toString(DEFAULT_VIEW_LOG_PARTITIONS))),
                java.time.Duration.ofMillis(Long.parseLong(env.getOrDefault(HOT_READ_CACHE_MILLIS,
                        Long.toString(DEFAULT_HOT_READ_CACHE.toMillis())))),
                java.time.Duration.ofMinutes(Long.parseLong(env.getOrDefault(REPEAT_VIEW_MINUTES,
                        Long.toString(DEFAULT_REPEAT_VIEW_WINDOW.toMinutes())))),
                env.get(PUBLICATION_NAME),
                Integer.parseInt(env.getOrDefault(ROLLUP_WORKERS, "1")));
    }

    /**
     * The size limit the ingest applies ({@code MAX_UPLOAD_BYTES}, as template.yaml sets it), read where the CLI's
     * reprocess and parse preview read it too, so that they refuse what the function would.
     */
    public static long maxUploadBytes(Map<String, String> env) {
        try {
            return Long.parseLong(env.getOrDefault(MAX_UPLOAD_BYTES, Long.toString(DEFAULT_MAX_UPLOAD_BYTES)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_UPLOAD_BYTES + " must be a number of bytes");
        }
    }

    /**
     * Settings for local protocol servers, with the instance cache off so that every read is exact and every read
     * counts (tests; the one-machine mode turns the cache back on with {@link #withHotReadCache}, as the functions
     * run on AWS, and leaves repeat reads counting so that a walkthrough on one machine sees every read).
     */
    public static Settings local(String tableName, String bucketName, URI s3Endpoint, URI dynamoDbEndpoint) {
        return new Settings(tableName, bucketName, "us-east-1", Optional.of(s3Endpoint),
                Optional.of(dynamoDbEndpoint), DEFAULT_MAX_UPLOAD_BYTES, LOCAL_VIEW_LOG_PARTITIONS,
                java.time.Duration.ZERO, java.time.Duration.ZERO, null);
    }

    public Settings withHotReadCache(java.time.Duration lifetime) {
        return new Settings(tableName, bucketName, region, s3Endpoint, dynamoDbEndpoint, maxUploadBytes,
                viewLogPartitions, lifetime, repeatViewWindow, publicationName, rollupWorkers);
    }

    public Settings withRepeatViewWindow(java.time.Duration window) {
        return new Settings(tableName, bucketName, region, s3Endpoint, dynamoDbEndpoint, maxUploadBytes,
                viewLogPartitions, hotReadCache, window, publicationName, rollupWorkers);
    }

    public boolean isLocal() {
        return s3Endpoint.isPresent() || dynamoDbEndpoint.isPresent();
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }
}
