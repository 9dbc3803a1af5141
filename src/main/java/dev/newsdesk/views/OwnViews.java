package dev.newsdesk.views;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The views this function instance counted, per article and minute, kept until the rollup's total of the article
 * is seen to include them: what a count adds to that total so that a reader always sees its own view, and one
 * instance (the one-machine mode) answers exact counts although totals move only when the rollup runs.
 */
final class OwnViews {

    /**
     * Past this many (article, minute) entries it starts afresh, as the read cache does: the counts then lag by the
     * rollup's delay for a moment instead of the instance's memory growing (at 100,000 views/s an instance's
     * entries last a minute or two, far fewer).
     */
    static final int MAX_ENTRIES = 100_000;

    private final Map<String, NavigableMap<Instant, Long>> bySlug = new HashMap<>();
    private final int maxEntries;
    private int entries;

    OwnViews() {
        this(MAX_ENTRIES);
    }

    OwnViews(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** Counts one view of {@code slug} in the minute that starts at {@code minute}. */
    synchronized void add(String slug, Instant minute) {
        if (entries >= maxEntries) clear();
        NavigableMap<Instant, Long> minutes = bySlug.computeIfAbsent(slug, s -> new TreeMap<>());
        if (minutes.merge(minute, 1L, Long::sum) == 1L) entries++;
    }

    /**
     * This instance's views of {@code slug} in the minutes after {@code through} (null: all it kept), the minutes
     * up to it forgotten: a total folded through {@code through} already holds them.
     */
    synchronized long after(String slug, Instant through) {
        NavigableMap<Instant, Long> minutes = bySlug.get(slug);
        if (minutes == null) return 0;
        if (through != null) {
            NavigableMap<Instant, Long> folded = minutes.headMap(through, true);
            entries -= folded.size();
            folded.clear();
            if (minutes.isEmpty()) bySlug.remove(slug);
        }
        return minutes.values().stream().mapToLong(Long::longValue).sum();
    }

    synchronized void clear() {
        bySlug.clear();
        entries = 0;
    }
}
