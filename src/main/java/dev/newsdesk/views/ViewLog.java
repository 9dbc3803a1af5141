package dev.newsdesk.views;

import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Keys;
import dev.newsdesk.store.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The views of each minute, per article, for the rankings rollup to fold. A view is one {@code ADD} to the
 * (minute, article) counter in one of the article's slices: the partitions from the slug's hash on, as many as the
 * rollup found the story's rate needs ({@link ViewTotals#spreadFor}), one picked at random per view. Most stories
 * have one slice, so a minute of log holds about one item per article viewed (not one per article and partition,
 * as when every view went to a random partition: 15 times fewer items for the rollup to read at 100,000 views/s),
 * and a hot story's writes still spread. Time sorts each partition, so the rollup reads any stretch of minutes
 * with one Query per partition, however long the stretch.
 */
final class ViewLog {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);
    /** Folded minutes are never read again; on AWS, TTL removes them after this (correctness never needs it). */
    private static final Duration KEEP = Duration.ofDays(2);
    /**
     * Partitions the rollup reads at once: their Queries are independent, so a wave costs about one partition's
     * time; a wave's items are folded before the next wave is read, so memory holds 16 partitions' items at most.
     */
    private static final int READ_WAVE = 16;

    private final DynamoDbClient dynamo;
    private final String table;
    private final int partitions;
    private final WritePicker picker;
    private final Executor parallel;

    ViewLog(DynamoDbClient dynamo, String table, int partitions, WritePicker picker, Executor parallel) {
        this.dynamo = dynamo;
        this.table = table;
        this.partitions = partitions;
        this.picker = picker;
        this.parallel = parallel;
    }

    /**
     * The partition key of {@code slug}'s slice number {@code slice}: the partition the slug's hash gives, then the
     * next ones. The hash is mixed (String's own differs by one between "story-1" and "story-2", whose slices
     * would then pile up on the same partitions).
     */
    static String partitionKey(String slug, int slice, int partitions) {
        int h = slug.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return Keys.viewed(Math.floorMod(h + slice, partitions));
    }

    int partitions() {
        return partitions;
    }

    /** Adds one view of {@code slug} at {@code at} to one of its {@code spread} slices, picked at random. */
    void record(String slug, int spread, String title, String section, Instant at) {
        String pk = partitionKey(slug, picker.pick(Math.min(Math.max(1, spread), partitions)), partitions);
        Map<String, String> names = new HashMap<>(Map.of("#views", "views", "#title", "title", "#exp", Table.EXPIRES_AT));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":one", Attr.n(1), ":title", Attr.s(title),
                ":exp", Attr.n(at.plus(KEEP).getEpochSecond())));
        String update = "ADD #views :one SET #title = :title, #exp = :exp";
        if (section != null) {
            names.put("#section", "section");
            values.put(":section", Attr.s(section));
            update += ", #section = :section";
        }
        String finalUpdate = update;
        dynamo.updateItem(b -> b.tableName(table)
                .key(Attr.key(pk, Keys.viewedSortKey(MINUTE.format(at), slug)))
                .updateExpression(finalUpdate).expressionAttributeNames(names).expressionAttributeValues(values));
    }

    /** The views of the minutes after {@code after} up to and including {@code upTo}, one tally per hour. */
    TreeMap<Instant, Tally> read(Instant after, Instant upTo) {
        return read(after, upTo, 0, 1);
    }

    /**
     * The same, of the partitions of group {@code group} of {@code groups} only (those whose number is the group's
     * modulo {@code groups}): one rollup worker's share.
     */
    TreeMap<Instant, Tally> read(Instant after, Instant upTo, int group, int groups) {
        Map<Instant, Tally.Builder> hours = new HashMap<>();
        inWaves(group, groups, partition -> {
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            dynamo.queryPaginator(between(partition, after, upTo).build()).items().forEach(items::add);
            return items;
        }, items -> items.forEach(item -> {
            String sk = Attr.string(item, Table.SK);
            int cut = sk.indexOf('#');
            hours.computeIfAbsent(hourOf(sk), h -> Tally.builder()).add(sk.substring(cut + 1),
                    Attr.number(item, "views"), Attr.string(item, "title"), Attr.string(item, "section"));
        }));
        TreeMap<Instant, Tally> result = new TreeMap<>();
        hours.forEach((hour, builder) -> result.put(hour, builder.build()));
        return result;
    }

    /**
     * Reads every partition of the group with {@code read}, {@link #READ_WAVE} at once, and hands each result to
     * {@code fold}.
     */
    private <T> void inWaves(int group, int groups, IntFunction<T> read, Consumer<T> fold) {
        List<Integer> mine = new ArrayList<>();
        for (int partition = group; partition < partitions; partition += groups) mine.add(partition);
        for (int first = 0; first < mine.size(); first += READ_WAVE) {
            List<CompletableFuture<T>> wave = new ArrayList<>();
            for (int p : mine.subList(first, Math.min(mine.size(), first + READ_WAVE))) {
                wave.add(CompletableFuture.supplyAsync(() -> read.apply(p), parallel));
            }
            wave.forEach(result -> fold.accept(ViewCounter.join(result)));
        }
    }

    /**
     * The first hour with a view in the minutes after {@code after} up to {@code upTo}, from one item per
     * partition: what lets the rollup skip hours in which nothing was viewed without reading them.
     */
    Optional<Instant> firstHourWithViews(Instant after, Instant upTo) {
        List<Instant> firsts = new ArrayList<>();
        inWaves(0, 1, partition -> dynamo.query(between(partition, after, upTo).limit(1).build()).items(),
                items -> items.forEach(item -> firsts.add(hourOf(Attr.string(item, Table.SK)))));
        return firsts.stream().min(Instant::compareTo);
    }

    /** A consistent Query of one partition for the minutes after {@code after} up to and including {@code upTo}. */
    private QueryRequest.Builder between(int partition, Instant after, Instant upTo) {
        String from = MINUTE.format(after.plus(1, ChronoUnit.MINUTES));
        String to = MINUTE.format(upTo) + "#\uffff";
        return QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":pk", Attr.s(Keys.viewed(partition)), ":from", Attr.s(from),
                        ":to", Attr.s(to)));
    }

    private static Instant hourOf(String sortKey) {
        return Instant.parse(sortKey.substring(0, 13) + ":00:00Z");
    }
}
