package dev.newsdesk.store;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where the lists and the section counts hold an article, as of the event that wrote it: what a retry needs to
 * finish that event's follow-up writes when the article item no longer tells (the retry's own write replaced it).
 * An upload's status keeps the one of the article it reports ({@link UploadStatus#listed}).
 *
 * @param sequencer the sequencer of the article item's write this describes (a deletion's: its tombstone)
 * @param sortKey   the article's sort key in its lists; null when nothing is listed
 * @param facets    the lists it is in; empty when nothing is listed
 * @param section   the section spelling it is counted under; null for none
 */
public record Listed(String sequencer, String sortKey, Set<String> facets, String section) {

    private static final String SECTION = "section";

    public Listed {
        facets = facets == null ? Set.of() : Set.copyOf(facets);
    }

    /** Nothing listed or counted, as of the write at {@code sequencer} (a tombstone, or no article). */
    public static Listed nothing(String sequencer) {
        return new Listed(sequencer, null, Set.of(), null);
    }

    /** Whether some list holds an entry. */
    boolean hasEntries() {
        return sortKey != null && !facets.isEmpty();
    }

    /** As a map attribute of a status item. */
    AttributeValue attribute() {
        Map<String, AttributeValue> map = new HashMap<>();
        if (sequencer != null) map.put(ArticleStore.SEQUENCER, Attr.s(sequencer));
        if (sortKey != null) map.put(ArticleStore.SORT_KEY, Attr.s(sortKey));
        if (!facets.isEmpty()) map.put(ArticleStore.FACETS, Attr.ss(facets));
        if (section != null) map.put(SECTION, Attr.s(section));
        return AttributeValue.fromM(map);
    }

    /** From {@link #attribute}; null for none (a status written before statuses kept it). */
    static Listed of(AttributeValue attribute) {
        if (attribute == null || !attribute.hasM()) return null;
        Map<String, AttributeValue> map = attribute.m();
        AttributeValue facets = map.get(ArticleStore.FACETS);
        return new Listed(Attr.string(map, ArticleStore.SEQUENCER), Attr.string(map, ArticleStore.SORT_KEY),
                facets == null ? Set.of() : new LinkedHashSet<>(facets.ss()), Attr.string(map, SECTION));
    }
}
