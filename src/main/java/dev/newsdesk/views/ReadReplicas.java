package dev.newsdesk.views;

import dev.newsdesk.store.ArticleReplicas;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A hot story's read replicas: how many the rollup gives it, and which one an instance reads. A key's reads come
 * only from the views (and uncounted reads) sent to it, so a story read {@code r} times a second, spread evenly
 * over {@code k} copies, puts about {@code r / k} reads a second on each, whatever the number of instances; the
 * rollup picks {@code k} so that each copy stays under {@link #UNITS_PER_COPY} (docs/data-model.md, "Hot reads").
 *
 * <p>An instance learns a story's count from its total or from a copy it reads, and reads a random copy from then
 * on (the picker is re-seeded after a SnapStart restore, as for the view log). A copy that is missing or older than
 * {@link #MAX_AGE} makes it forget the count and read the article item and the total, which say the count again.
 */
final class ReadReplicas {

    /**
     * The read units a second one copy is given at most: half of what a partition serves (3,000), leaving room for
     * reads that count no view (a HEAD, a bot, a repeat) and for the uneven share a random pick gives.
     */
    static final int UNITS_PER_COPY = 1_500;
    /**
     * How old a copy may be and still be read. The rollup rewrites them each run (every minute): this tolerates one
     * run that fails or is late, and bounds how long an edit or a deletion takes to reach readers whatever happens.
     */
    static final Duration MAX_AGE = Duration.ofMinutes(3);
    /** DynamoDB's largest item, 400 KB: what an article item weighs at most, for the candidates' rate. */
    private static final int LARGEST_ITEM = 400 * 1024;
    /** Past this many stories an instance forgets the counts it learnt rather than grow (they are learnt again). */
    private static final int MAX_KNOWN = 10_000;

    private final ArticleReplicas copies;
    private final WritePicker picker;
    private final Map<String, Integer> known = new ConcurrentHashMap<>();

    ReadReplicas(ArticleReplicas copies, WritePicker picker) {
        this.copies = copies;
        this.picker = picker;
    }

    /**
     * How many copies a story read {@code viewsPerSecond} times a second needs, its item weighing {@code itemBytes}:
     * each eventually consistent read costs half a unit per 4 KB (counted as a whole unit at least, so that a small
     * item's copies also stay under {@value #UNITS_PER_COPY} reads a second); 0 when one key takes it all.
     */
    static int copiesFor(double viewsPerSecond, int itemBytes) {
        double unitsPerRead = Math.max(1, 0.5 * Math.ceil(itemBytes / 4096.0));
        int needed = (int) Math.ceil(viewsPerSecond * unitsPerRead / UNITS_PER_COPY);
        return needed < 2 ? 0 : Math.min(needed, ArticleReplicas.MAX_COPIES);
    }

    /** Whether a story this fast might need copies, whatever its size: only those have their article read. */
    static boolean isCandidate(double viewsPerSecond) {
        return copiesFor(viewsPerSecond, LARGEST_ITEM) > 0;
    }

    /**
     * Gives every story of {@code rates} (views a second) that needs them its copies of its article item, with its
     * {@code totals} entry, as of {@code now}; returns each such story's count (the totals must say it).
     */
    Map<String, Integer> copy(Map<String, Double> rates, Map<String, ViewTotals.Total> totals, Instant now) {
        Map<String, Double> candidates = new HashMap<>();
        rates.forEach((slug, rate) -> {
            if (isCandidate(rate)) candidates.put(slug, rate);
        });
        Map<String, Integer> counts = new HashMap<>();
        if (candidates.isEmpty()) return counts;
        copies.originals(candidates.keySet()).forEach((slug, original) -> {
            int count = copiesFor(candidates.get(slug), ArticleReplicas.bytes(original));
            if (count == 0) return;
            Map<String, AttributeValue> extra = ViewTotals.attributes(totals.get(slug).withReplicas(count));
            copies.write(slug, original, count, extra, now);
            counts.put(slug, count);
        });
        return counts;
    }

    /**
     * One of the story's copies, picked at random, if this instance knows it has some and the copy is fresh; empty
     * otherwise (then read the article item and the total).
     */
    Optional<ArticleReplicas.Copy> read(String slug, Instant now) {
        Integer count = known.get(slug);
        if (count == null) return Optional.empty();
        Optional<ArticleReplicas.Copy> copy = copies.read(slug, picker.pick(count));
        if (copy.isEmpty() || copy.get().copiedAt().plus(MAX_AGE).isBefore(now)) {
            known.remove(slug); // cooled down, or the rollup stopped: the total says what holds now
            return Optional.empty();
        }
        learn(slug, ViewTotals.of(copy.get().item()).replicas());
        return copy;
    }

    /** Remembers how many copies a story has, as a total or a copy just read says (0: none). */
    void learn(String slug, int count) {
        if (count < 2) {
            known.remove(slug);
            return;
        }
        if (known.size() >= MAX_KNOWN) known.clear();
        known.put(slug, count);
    }

    /** Forgets every count (after a SnapStart restore, with the rest of the instance's state). */
    void clear() {
        known.clear();
    }
}
