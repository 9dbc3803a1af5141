package dev.newsdesk;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Builds the SDK clients once per process. Region and credentials provider are explicit so that nothing is
 * discovered by probing at cold start; local servers get fixed dummy credentials and path-style S3 addressing.
 */
public final class AwsClients {

    private AwsClients() {
    }

    public static S3Client s3(Settings settings) {
        var builder = S3Client.builder()
                .httpClientBuilder(httpClient())
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings));
        settings.s3Endpoint().ifPresent(uri -> builder.endpointOverride(uri).forcePathStyle(true));
        return builder.build();
    }

    /**
     * Signs upload URLs for the articles bucket. Part of the s3 module the package already carries (no new jar);
     * it signs offline, so building it opens no connection. Local servers get path-style URLs, as the client does.
     */
    public static S3Presigner s3Presigner(Settings settings) {
        var builder = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings));
        settings.s3Endpoint().ifPresent(uri -> builder.endpointOverride(uri)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()));
        return builder.build();
    }

    public static DynamoDbClient dynamoDb(Settings settings) {
        var builder = DynamoDbClient.builder()
                .httpClientBuilder(httpClient())
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings));
        settings.dynamoDbEndpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /**
     * The JDK's HttpURLConnection behind the SDK's url-connection client: the one HTTP client in the package, named
     * here so that the SDK does not scan the class path for one at init, with the SDK's default timeouts.
     */
    static UrlConnectionHttpClient.Builder httpClient() {
        return UrlConnectionHttpClient.builder();
    }

    /** Any fixed pair: the one-machine mode's servers check none. */
    public static AwsCredentialsProvider localCredentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("newsdesk", "newsdesk"));
    }

    private static AwsCredentialsProvider credentials(Settings settings) {
        if (settings.isLocal()) return localCredentials();
        // With SnapStart (template.yaml) Lambda's Java runtime gives no AWS_ACCESS_KEY_ID: credentials come from
        // the container credentials endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI + AWS_CONTAINER_AUTHORIZATION_TOKEN),
        // refreshed after each restore. Without SnapStart they are in the environment.
        if (System.getenv(Settings.CONTAINER_CREDENTIALS_URI) != null) {
            return ContainerCredentialsProvider.builder().build();
        }
        return EnvironmentVariableCredentialsProvider.create();
    }
}
