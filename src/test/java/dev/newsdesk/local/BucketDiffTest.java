package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BucketDiffTest {

    private static ObjectVersion v(String etag, long second) {
        return new ObjectVersion("\"" + etag + "\"", Instant.ofEpochSecond(second), 10);
    }

    @Test
    void noChangeGivesNoEvents() {
        Map<String, ObjectVersion> bucket = Map.of("a.txt", v("1", 1));
        assertEquals(List.of(), BucketDiff.between(bucket, Map.copyOf(bucket)));
    }

    @Test
    void aNewObjectIsWritten() {
        assertEquals(List.of(ObjectChange.written("a.txt", v("1", 1))),
                BucketDiff.between(Map.of(), Map.of("a.txt", v("1", 1))));
    }

    @Test
    void anOverwriteWithNewContentIsWrittenAgain() {
        assertEquals(List.of(ObjectChange.written("a.txt", v("2", 2))),
                BucketDiff.between(Map.of("a.txt", v("1", 1)), Map.of("a.txt", v("2", 2))));
    }

    @Test
    void anOverwriteWithTheSameBytesLaterIsWrittenAgain() {
        // S3 notifies every PUT, even of identical bytes; the listing shows it by the new modification time.
        assertEquals(List.of(ObjectChange.written("a.txt", v("1", 5))),
                BucketDiff.between(Map.of("a.txt", v("1", 1)), Map.of("a.txt", v("1", 5))));
    }

    @Test
    void aMissingObjectIsRemovedWithItsLastKnownVersion() {
        assertEquals(List.of(ObjectChange.removed("a.txt", v("1", 1))),
                BucketDiff.between(Map.of("a.txt", v("1", 1)), Map.of()));
    }

    @Test
    void writesComeOldestFirstThenRemovals() {
        List<ObjectChange> changes = BucketDiff.between(
                Map.of("gone.txt", v("0", 0)),
                Map.of("z-old.txt", v("1", 1), "a-new.txt", v("2", 3), "m-mid.txt", v("3", 2)));
        assertEquals(List.of("z-old.txt", "m-mid.txt", "a-new.txt", "gone.txt"),
                changes.stream().map(ObjectChange::key).toList());
    }

    @Test
    void etagQuotesFromTheListingAreDropped() {
        assertEquals("abc", new ObjectVersion("\"abc\"", Instant.EPOCH, 0).etag());
    }
}
