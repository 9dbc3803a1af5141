package dev.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.store.ArticleStore;
import dev.newsdesk.store.UploadLog;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** A transient failure is told in words (which store, what it did), never as an exception's class name. */
class FailureWordsTest {

    /** A loopback port nothing listens on: a connection to it is refused at once. */
    private static URI deadEndpoint() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort());
        }
    }

    private static DynamoDbClient deadDynamo() throws IOException {
        return DynamoDbClient.builder().endpointOverride(deadEndpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(DefaultRetryStrategy.doNotRetry())).build();
    }

    private static S3Client deadS3() throws IOException {
        return S3Client.builder().endpointOverride(deadEndpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(DefaultRetryStrategy.doNotRetry())).build();
    }

    @Test
    void aStoreThatDoesNotAnswerIsNamed() throws IOException {
        try (DynamoDbClient dynamo = deadDynamo(); S3Client s3 = deadS3()) {
            SdkClientException fromDynamo = assertThrows(SdkClientException.class,
                    () -> dynamo.getItem(b -> b.tableName("t").key(java.util.Map.of())));
            SdkClientException fromS3 = assertThrows(SdkClientException.class,
                    () -> s3.getObject(b -> b.bucket("b").key("k")));

            assertEquals("the article store (DynamoDB) did not answer", FailureWords.of(fromDynamo));
            assertEquals("the bucket (S3) did not answer", FailureWords.of(fromS3));
        }
    }

    @Test
    void anErrorAnswerSaysItsStatusAndThrottlingIsSaidAsSuch() {
        assertEquals("the article store (DynamoDB) answered with an error (HTTP 500)",
                FailureWords.of(DynamoDbException.builder().statusCode(500).message("boom").build()));
        assertEquals("the bucket (S3) asked to slow down",
                FailureWords.of(S3Exception.builder().statusCode(429).build()));
    }

    @Test
    void theIngestLineKeepsTheCodeAndSaysTheRestInWords() throws Exception {
        try (DynamoDbClient dynamo = deadDynamo(); S3Client s3 = deadS3()) {
            Ingestor ingestor = new Ingestor(s3, new ArticleParser()::parse, new ArticleStore(dynamo, "t"),
                    new UploadLog(dynamo, "t"), 1_000_000, Clock.systemUTC());
            List<String> lines = new ArrayList<>();
            ObjectEvent event = new ObjectEvent(ObjectEvent.Kind.CREATED, "b", "a.txt", 10, "e", null,
                    Sequencer.of("01"));

            assertThrows(TransientIngestFailure.class, () -> new IngestBatch(ingestor).apply(List.of(event),
                    lines::add));

            var line = ArticleJson.mapper().readTree(lines.get(0));
            assertEquals("transient: the article store (DynamoDB) did not answer (will be retried)",
                    line.get("reason").asText());
            assertEquals("transient", line.get("Reason").asText(), "the metric's dimension: the code");
            assertFalse(lines.get(0).contains("Exception"), lines.get(0));
        }
    }
}
