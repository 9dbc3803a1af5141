package dev.newsdesk.local;

import java.time.Instant;
import java.util.Objects;

/**
 * What a bucket listing tells about one object; a change in any field means the object was written again.
 *
 * @param etag         without the quotes S3 puts around it (events carry it bare)
 * @param lastModified as the listing reports it (S3Proxy: whole seconds)
 */
public record ObjectVersion(String etag, Instant lastModified, long size) {

    public ObjectVersion {
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        etag = unquote(etag);
    }

    private static String unquote(String etag) {
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")
                ? etag.substring(1, etag.length() - 1) : etag;
    }
}
