package dev.newsdesk.views;

import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Batches;
import dev.newsdesk.store.Keys;
import dev.newsdesk.store.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Each article's all-time views, one item per article written by the {@link RankingRollup} as it folds the view
 * log: an article's count is one key to read (a list page reads one per article), and no view writes to a key of
 * its story (a story's views go to the view log, spread over as many slices as its rate needs).
 */
final class ViewTotals {

    /**
     * One article's total as folded through the minute {@code through} (null: nothing folded yet), the number
     * of view-log slices its views are spread over ({@link #spreadFor}), and of read replicas its article and total
     * have ({@link ReadReplicas#copiesFor}; 0: none, read the article item and this total).
     */
    record Total(long views, Instant through, int spread, int replicas) {
        static final Total NONE = new Total(0, null, 1, 0);

        Total withReplicas(int count) {
            return new Total(views, through, spread, count);
        }
    }

    /**
     * The most writes per second one story sends to one view-log slice: a partition takes 1,000, and the slices of
     * several stories (and the stories with one slice) may share one.
     */
    static final int WRITES_PER_SLICE = 25;
    /** Batches of puts written side by side when the rollup writes many totals. */
    private static final int WRITE_STREAMS = 16;
    private static final String VIEWS = "views";
    private static final String THROUGH = "through";
    private static final String SPREAD = "spread";
    private static final String REPLICAS = "replicas";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Executor parallel;

    ViewTotals(DynamoDbClient dynamo, String table, Executor parallel) {
        this.dynamo = dynamo;
        this.table = table;
        this.parallel = parallel;
    }

    /** How many view-log slices a story read {@code viewsPerSecond} times a second needs (at least 1, at most all). */
    static int spreadFor(double viewsPerSecond, int partitions) {
        return (int) Math.max(1, Math.min(partitions, Math.ceil(viewsPerSecond / WRITES_PER_SLICE)));
    }

    /** The totals of {@code slugs}, one key each ({@link Total#NONE} for an article the rollup has not written). */
    Map<String, Total> read(List<String> slugs, boolean consistent) {
        Map<String, Total> totals = new HashMap<>();
        slugs.forEach(slug -> totals.put(slug, Total.NONE));
        List<Map<String, AttributeValue>> keys = slugs.stream().distinct()
                .map(slug -> Attr.key(Keys.viewTotal(slug), Keys.SINGLE)).toList();
        for (Map<String, AttributeValue> item : Batches.get(dynamo, table, keys, consistent, null)) {
            totals.put(Keys.slugOfViewTotal(Attr.string(item, Table.PK)), of(item));
        }
        return totals;
    }

    /** The total an item holds: a total's own, or a read replica's copy of it. */
    static Total of(Map<String, AttributeValue> item) {
        return new Total(Attr.number(item, VIEWS), Instant.parse(Attr.string(item, THROUGH)),
                (int) Attr.number(item, SPREAD), (int) Attr.number(item, REPLICAS));
    }

    /** {@code total}'s attributes, as its item (and each read replica) holds them. */
    static Map<String, AttributeValue> attributes(Total total) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(VIEWS, Attr.n(total.views()));
        item.put(THROUGH, Attr.s(total.through().toString()));
        item.put(SPREAD, Attr.n(total.spread()));
        if (total.replicas() > 0) item.put(REPLICAS, Attr.n(total.replicas()));
        return item;
    }

    /**
     * Writes {@code totals} (puts, {@link #WRITE_STREAMS} batches at once). Unconditional: a value is a function of
     * the log through its minute, so a run that redoes minutes writes the same value again.
     */
    void write(Map<String, Total> totals) {
        List<WriteRequest> puts = new ArrayList<>(totals.size());
        totals.forEach((slug, total) -> {
            Map<String, AttributeValue> item = attributes(total);
            item.putAll(Attr.key(Keys.viewTotal(slug), Keys.SINGLE));
            puts.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        });
        int per = 25 * Math.max(1, (puts.size() + 25 * WRITE_STREAMS - 1) / (25 * WRITE_STREAMS));
        List<CompletableFuture<Void>> streams = new ArrayList<>();
        for (int i = 0; i < puts.size(); i += per) {
            List<WriteRequest> part = puts.subList(i, Math.min(puts.size(), i + per));
            streams.add(CompletableFuture.runAsync(() -> Batches.write(dynamo, table, part), parallel));
        }
        streams.forEach(ViewCounter::join);
    }
}
