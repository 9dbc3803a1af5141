package dev.newsdesk.article;

/** Where an article came from: the S3 object and the format it was read as. */
public record Source(String bucket, String key, Format format, String etag, String versionId) {
}
