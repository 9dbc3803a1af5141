package dev.newsdesk.ingest;

import java.io.UncheckedIOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Why an ingest failed for a transient reason, in words for the person reading the log (which store, and whether
 * it did not answer or answered with an error) instead of an exception's class name. The reason's code
 * ({@code transient}) is what programs read; these words follow it.
 */
public final class FailureWords {

    private FailureWords() {
    }

    public static String of(Throwable e) {
        if (e instanceof TransientIngestFailure) return e.getMessage();
        String store = store(e);
        if (e instanceof AwsServiceException service) {
            if (service.isThrottlingException()) return store + " asked to slow down";
            return store + " answered with an error (HTTP " + service.statusCode() + ")";
        }
        if (e instanceof SdkClientException) return store + " did not answer";
        if (e instanceof UncheckedIOException) return "the bucket (S3) broke off while sending the file";
        return e.getMessage() != null ? e.getMessage() : "an unexpected error";
    }

    /** The store an SDK error came from: by its type, or for a client error by the client that threw it. */
    private static String store(Throwable e) {
        if (e instanceof DynamoDbException) return DYNAMODB;
        if (e instanceof S3Exception) return S3;
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("software.amazon.awssdk.services.dynamodb.")) return DYNAMODB;
            if (frame.getClassName().startsWith("software.amazon.awssdk.services.s3.")) return S3;
        }
        return "a store";
    }

    private static final String DYNAMODB = "the article store (DynamoDB)";
    private static final String S3 = "the bucket (S3)";
}
