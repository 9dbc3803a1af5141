package dev.newsdesk.local;

import java.util.Objects;

/**
 * One difference between two listings of the bucket: an object written (new or replaced) or removed.
 *
 * @param version the new version when written; the last known one when removed
 */
public record ObjectChange(Kind kind, String key, ObjectVersion version) {

    public ObjectChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(version, "version");
    }

    public static ObjectChange written(String key, ObjectVersion version) {
        return new ObjectChange(Kind.WRITTEN, key, version);
    }

    public static ObjectChange removed(String key, ObjectVersion lastKnown) {
        return new ObjectChange(Kind.REMOVED, key, lastKnown);
    }

    public enum Kind {
        /** S3 sends {@code ObjectCreated:Put} for both a new object and an overwrite. */
        WRITTEN("ObjectCreated:Put"),
        REMOVED("ObjectRemoved:Delete");

        private final String eventName;

        Kind(String eventName) {
            this.eventName = eventName;
        }

        /** The {@code eventName} of the S3 notification record. */
        public String eventName() {
            return eventName;
        }
    }
}
