package dev.newsdesk.views;

import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Keys;
import dev.newsdesk.store.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Named tallies in DynamoDB. A large tally is split over several items (chunks); every save writes a new
 * version and its first chunk last, so a crash in the middle of a save leaves the previous version readable.
 */
final class TallyStore {

    /** Compressed bytes per item, well under DynamoDB's 400 KB. */
    private static final int CHUNK_BYTES = 300 * 1024;

    private final DynamoDbClient dynamo;
    private final String table;

    TallyStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    Optional<Tally> load(String name) {
        TreeMap<String, Map<Integer, Map<String, AttributeValue>>> versions = new TreeMap<>();
        for (Map<String, AttributeValue> item : items(name)) {
            String sk = Attr.string(item, Table.SK);
            int cut = sk.lastIndexOf('#');
            versions.computeIfAbsent(sk.substring(0, cut), v -> new HashMap<>())
                    .put(Integer.parseInt(sk.substring(cut + 1)), item);
        }
        for (var version : versions.descendingMap().values()) {
            Map<String, AttributeValue> first = version.get(0);
            if (first == null || Attr.number(first, "chunks") != version.size()) continue; // an unfinished save
            Tally tally = Tally.empty();
            for (var chunk : version.values()) tally = tally.plus(Tally.fromBytes(chunk.get("data").b().asByteArray()));
            return Optional.of(tally);
        }
        return Optional.empty();
    }

    Tally loadOrEmpty(String name) {
        return load(name).orElse(Tally.empty());
    }

    /** Saves {@code tally} as the newest version of {@code name}; {@code version} must grow with each save. */
    void save(String name, Tally tally, long version) {
        List<byte[]> chunks = chunks(tally);
        String v = String.format("%019d", version);
        for (int i = chunks.size() - 1; i >= 0; i--) {
            Map<String, AttributeValue> item = new HashMap<>(Attr.key(Keys.tally(name), v + "#" + i));
            item.put("data", Attr.b(chunks.get(i)));
            if (i == 0) item.put("chunks", Attr.n(chunks.size()));
            dynamo.putItem(b -> b.tableName(table).item(item));
        }
        for (Map<String, AttributeValue> item : items(name)) {
            if (!Attr.string(item, Table.SK).startsWith(v + "#")) deleteItem(item);
        }
    }

    void delete(String name) {
        items(name).forEach(this::deleteItem);
    }

    private static List<byte[]> chunks(Tally tally) {
        byte[] whole = tally.toBytes();
        if (whole.length <= CHUNK_BYTES) return List.of(whole);
        for (int parts = whole.length / CHUNK_BYTES + 1; ; parts *= 2) {
            List<byte[]> chunks = tally.split(parts).stream().map(Tally::toBytes).toList();
            if (chunks.stream().allMatch(c -> c.length <= CHUNK_BYTES)) return chunks;
        }
    }

    private List<Map<String, AttributeValue>> items(String name) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).keyConditionExpression("pk = :pk").consistentRead(true)
                .expressionAttributeValues(Map.of(":pk", Attr.s(Keys.tally(name))))).items().forEach(items::add);
        return items;
    }

    private void deleteItem(Map<String, AttributeValue> item) {
        dynamo.deleteItem(b -> b.tableName(table).key(Map.of(Table.PK, item.get(Table.PK), Table.SK, item.get(Table.SK))));
    }
}
