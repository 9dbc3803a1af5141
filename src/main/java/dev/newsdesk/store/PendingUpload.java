package dev.newsdesk.store;

/**
 * An upload seen by ingest whose event is not applied yet: under way, or waiting for a retry.
 *
 * @param since    when ingest first saw the event (ISO-8601 instant)
 * @param previous the status of the key's earlier upload (its article still stands), or null for a new key
 */
public record PendingUpload(String bucket, String key, String since, UploadStatus previous) {
}
