package dev.newsdesk.store;

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
 * into one section per case-folded name at read time, as {@code ?section=} and the rankings find them.
 */
final class SectionCounts {

    /** The mark, first in the partition, that the counts were set from the lists once (the upgrade). */
    private static final String COUNTED = "#";
    /** Sort keys of spellings: after the mark. */
    private static final String SPELLING = "=";
    private static final String ARTICLES = "articles";

    private final DynamoDbClient dynamo;
    private final String table;

    SectionCounts(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** An article's section went from {@code before} to {@code after} (either null or blank: none). */
    void moved(String before, String after) {
        String from = spelling(before);
        String to = spelling(after);
        if (from != null && from.equals(to)) return;
        if (from != null) add(from, -1);
        if (to != null) add(to, 1);
    }

    /**
     * Every section with its number of articles, one Query. On a table whose counts were never set (written before
     * ingest kept them) they come from {@code everySection}, the section of every published article, until
     * {@link #setOnce} has set them; the API only reads.
     */
    List<SectionCount> counts(Supplier<List<String>> everySection) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).keyConditionExpression("pk = :pk")
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

    private void add(String spelling, long delta) {
        dynamo.updateItem(b -> b.tableName(table).key(Attr.key(Keys.sections(), SPELLING + spelling))
                .updateExpression("ADD #n :n").expressionAttributeNames(Map.of("#n", ARTICLES))
                .expressionAttributeValues(Map.of(":n", Attr.n(delta))));
    }

    private static String spelling(String section) {
        return section == null || section.isBlank() ? null : section.strip();
    }
}
