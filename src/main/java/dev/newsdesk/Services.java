package dev.newsdesk;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The composition root: the clients and collaborators one process needs, built once (at Lambda init, or once
 * by the one-machine mode and the tests) and shared by the handlers.
 */
public final class Services {

    private final Settings settings;
    private final S3Client s3;
    private final DynamoDbClient dynamo;

    private Services(Settings settings, S3Client s3, DynamoDbClient dynamo) {
        this.settings = settings;
        this.s3 = s3;
        this.dynamo = dynamo;
    }

    public static Services create(Settings settings) {
        return new Services(settings, AwsClients.s3(settings), AwsClients.dynamoDb(settings));
    }

    public Settings settings() {
        return settings;
    }

    public S3Client s3() {
        return s3;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }
}
