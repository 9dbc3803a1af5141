package dev.newsdesk.local;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Lists a whole bucket (all pages of ListObjectsV2) as key → version. */
final class BucketListing {

    private BucketListing() {
    }

    static Map<String, ObjectVersion> of(S3Client s3, String bucket) {
        Map<String, ObjectVersion> objects = new TreeMap<>();
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents()) {
            objects.put(o.key(), new ObjectVersion(o.eTag(), o.lastModified(), o.size()));
        }
        return objects;
    }
}
