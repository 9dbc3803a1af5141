package dev.newsdesk.store;

import dev.newsdesk.InParallel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The number of published articles per section spelling, kept up to date by ingest (an {@code ADD} of +1 or -1 when
 * an article appears, changes section or goes), so that {@code GET /sections} is one Query of one small partition
 * however many articles there are. Spellings are kept apart, as the pages give them; {@link SectionTally} folds them
 * into one section per case-folded name at read time, as {@code ?section=} and the rankings find them. An ADD is not
 * idempotent: each carries its event's token ({@link SectionMove}) into the count's item and is refused if it is
 * there, so a retried event counts once; the token goes when the event's status is recorded.
 */
final class SectionCounts {

    /** The mark, first in the partition, that the counts were set from the lists once (the upgrade). */
    private static final String COUNTED = "#";
    /** Sort keys of spellings: after the mark. */
    private static final String SPELLING = "=";
    private static final String ARTICLES = "articles";
    /** The tokens of the moves applied by events still under way ({@link SectionMove}). */
    private static final String MOVES = "moves";

    private final DynamoDbClient dynamo;
    private final String table;

    SectionCounts(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * Applies {@code move} to the counts, once: each ADD records the move's token in the count's item and is
     * refused if the token is there already (a retry of an event whose earlier attempt got this far). Both
     * counts at once: they do not wait for each other.
     */
    void apply(SectionMove move) {
        onBothCounts(move, () -> add(move.from(), -1, move.token()), () -> add(move.to(), 1, move.token()));
    }

    /**
     * Lets go of {@code move}'s token once no retry can apply the move again (its event's status is recorded), so
     * that a count's item holds only the tokens of events under way. A token left behind (a crash just before)
     * costs a few bytes and nothing else.
     */
    void settle(SectionMove move) {
        onBothCounts(move, () -> drop(move.from(), move.token()), () -> drop(move.to(), move.token()));
    }

    /** Runs {@code onFrom} for the count {@code move} leaves and {@code onTo} for the one it joins, at once. */
    private static void onBothCounts(SectionMove move, Runnable onFrom, Runnable onTo) {
        if (move.isNone()) return;
        List<Runnable> work = new ArrayList<>(2);
        if (move.from() != null) work.add(onFrom);
        if (move.to() != null) work.add(onTo);
        InParallel.run(work.get(0), work.subList(1, work.size()).toArray(Runnable[]::new));
    }

    /**
     * Every section with its number of articles, one Query. On a table whose counts were never set (written before
     * ingest kept them) they come from {@code everySection}, the section of every published article, until
     * {@link #setOnce} has set them; the API only reads.
     */
    List<SectionCount> counts(Supplier<List<String>> everySection) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).keyConditionExpression("#pk = :pk")
                .projectionExpression("#sk, #n").expressionAttributeNames(Map.of("#pk", Table.PK, "#sk", Table.SK,
                        "#n", ARTICLES))
                .expressionAttributeValues(Map.of(":pk", Attr.s(Keys.sections())))).items().forEach(items::add);
        boolean counted = !items.isEmpty() && COUNTED.equals(Attr.string(items.get(0), Table.SK));
        SectionTally tally = new SectionTally();
        if (!counted) {
            everySection.get().forEach(section -> tally.add(section, 1));
            return tally.counts();
        }
        for (Map<String, AttributeValue> item : items.subList(1, items.size())) {
            tally.add(Attr.string(item, Table.SK).substring(SPELLING.length()), Attr.number(item, ARTICLES));
        }
        return tally.counts();
    }

    /**
     * Sets the counts from {@code everySection} (the section of every published article) unless they are set
     * already (one GetItem): the mark first (the first writer wins), then one put per spelling. An article
     * ingested between the read of the lists and these writes may be off by one (docs/data-model.md).
     *
     * @return whether this call set them
     */
    boolean setOnce(Supplier<List<String>> everySection) {
        Map<String, AttributeValue> mark = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Attr.key(Keys.sections(), COUNTED))).item();
        if (mark != null && !mark.isEmpty()) return false;
        Map<String, Long> perSpelling = new HashMap<>();
        for (String section : everySection.get()) {
            String s = spelling(section);
            if (s != null) perSpelling.merge(s, 1L, Long::sum);
        }
        try {
            dynamo.putItem(b -> b.tableName(table).item(Attr.key(Keys.sections(), COUNTED))
                    .conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException another) {
            return false;
        }
        // Set, not added: an ingest since the upgrade may have added to a spelling that the lists already count.
        perSpelling.forEach((s, n) -> {
            Map<String, AttributeValue> item = new HashMap<>(Attr.key(Keys.sections(), SPELLING + s));
            item.put(ARTICLES, Attr.n(n));
            dynamo.putItem(b -> b.tableName(table).item(item));
        });
        return true;
    }

    private void add(String spelling, long delta, String token) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(Attr.key(Keys.sections(), SPELLING + spelling))
                    .updateExpression("ADD #n :n, #moves :token")
                    .conditionExpression("NOT contains(#moves, :t)")
                    .expressionAttributeNames(Map.of("#n", ARTICLES, "#moves", MOVES))
                    .expressionAttributeValues(Map.of(":n", Attr.n(delta), ":token", Attr.ss(List.of(token)),
                            ":t", Attr.s(token))));
        } catch (ConditionalCheckFailedException appliedBefore) {
            // an earlier attempt of the same event counted it
        }
    }

    private void drop(String spelling, String token) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(Attr.key(Keys.sections(), SPELLING + spelling))
                    .updateExpression("DELETE #moves :token")
                    .conditionExpression("contains(#moves, :t)")
                    .expressionAttributeNames(Map.of("#moves", MOVES))
                    .expressionAttributeValues(Map.of(":token", Attr.ss(List.of(token)), ":t", Attr.s(token))));
        } catch (ConditionalCheckFailedException gone) {
            // dropped before (a retry settles twice), or the counts were set anew since
        }
    }

    static String spelling(String section) {
        return section == null || section.isBlank() ? null : section.strip();
    }
}
