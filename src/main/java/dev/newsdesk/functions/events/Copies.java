package dev.newsdesk.functions.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable copies for the records' collections, in their order: an absent (null) collection becomes empty, and
 * a null value (JSON's {@code "name": null}, a null item) is left out, as if AWS had not sent it.
 */
final class Copies {

    private Copies() {
    }

    static <K, V> Map<K, V> of(Map<K, V> map) {
        if (map == null || map.isEmpty()) return Map.of();
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }

    static <T> List<T> of(List<T> list) {
        if (list == null || list.isEmpty()) return List.of();
        return list.stream().filter(Objects::nonNull).toList();
    }
}
