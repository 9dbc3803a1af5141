package dev.newsdesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the lists and the section counts hold for a slug just before a write of its article item: the entries to
 * take out (or replace) and the section it is counted under. Without transactions the item the write replaced
 * (its old image) tells only if its own event was applied in full, which the key's recorded status says: the status
 * is recorded after the lists and counts. Otherwise (a retry of the event that wrote it, or an event that never
 * finished) the status's {@link Listed} is what the counts hold, and the lists may hold both versions' entries.
 *
 * @param entries the list entries that may stand for the slug (each a sort key and its facets)
 * @param section the section spelling the counts hold the slug under; null for none
 */
record ListedBefore(List<Listed> entries, String section) {

    /**
     * From {@code old}, the old image of the write (empty: there was no item), and {@code recorded}, the status of
     * the object that owns the slug as it was before the event (null: none yet).
     */
    static ListedBefore of(Map<String, AttributeValue> old, UploadStatus recorded) {
        if (old == null || old.isEmpty()) return new ListedBefore(List.of(), null);
        Listed replaced = ArticleStore.listedIn(old);
        boolean live = !ArticleStore.isTombstone(old);
        Listed applied = recorded == null ? Listed.nothing(null) : recorded.listed();
        if (applied == null || Objects.equals(applied.sequencer(), replaced.sequencer())) {
            // The old item's event was applied in full (a status recorded before statuses kept their Listed is
            // taken at its word, as before): a tombstone's entries are gone and it is counted nowhere.
            if (!live) return new ListedBefore(List.of(), null);
            return new ListedBefore(replaced.hasEntries() ? List.of(replaced) : List.of(), replaced.section());
        }
        List<Listed> entries = new ArrayList<>(2);
        if (applied.hasEntries()) entries.add(applied);
        if (replaced.hasEntries()) entries.add(replaced);
        return new ListedBefore(entries, applied.section());
    }
}
