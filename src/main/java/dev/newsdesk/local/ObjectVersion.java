package dev.newsdesk.local;

import dev.newsdesk.ingest.ObjectEvent;
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
        etag = ObjectEvent.unquotedEtag(etag);
    }
}
