package dev.newsdesk.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** The changes that turn one listing of the bucket into the next. */
final class BucketDiff {

    private BucketDiff() {
    }

    /**
     * Lists what changed from {@code before} to {@code after}: writes first, oldest first (so events go out in
     * the order the uploads happened, as far as the listing can tell), then removals in key order.
     */
    static List<ObjectChange> between(Map<String, ObjectVersion> before, Map<String, ObjectVersion> after) {
        List<ObjectChange> written = new ArrayList<>();
        for (Map.Entry<String, ObjectVersion> now : new TreeMap<>(after).entrySet()) {
            if (!Objects.equals(before.get(now.getKey()), now.getValue())) {
                written.add(ObjectChange.written(now.getKey(), now.getValue()));
            }
        }
        written.sort((a, b) -> a.version().lastModified().compareTo(b.version().lastModified()));
        List<ObjectChange> changes = new ArrayList<>(written);
        SortedMap<String, ObjectVersion> gone = new TreeMap<>(before);
        gone.keySet().removeAll(after.keySet());
        gone.forEach((key, last) -> changes.add(ObjectChange.removed(key, last)));
        return changes;
    }
}
