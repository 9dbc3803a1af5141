package dev.newsdesk.store;

import dev.newsdesk.article.Article;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Read replicas of a hot article ({@link Keys#articleReplica}): copies of what its item holds for a reader (the
 * article, or the tombstone mark), the sequencer it was copied at, when, and what the caller adds (the story's view
 * total). Readers pick one at random, so that no key takes all of a story's reads (docs/data-model.md, "Hot reads").
 * The rankings rollup writes them each run from the article item; a deletion turns them into tombstones at once
 * ({@link #retire}); no view writes them.
 */
public final class ArticleReplicas {

    /** The most copies a story gets (100 copies of a 10 KB article take 1,000 write units a run). */
    public static final int MAX_COPIES = 100;
    /** When a copy was made (ISO instant): readers ignore a copy older than their bound. */
    private static final String COPIED_AT = "copiedAt";
    /** A story that cools down stops being copied; DynamoDB's TTL (where on) removes its copies after this. */
    private static final Duration KEEP = Duration.ofDays(1);
    /** The article item's attributes a reader needs: the rest (owner, listing keys) is not copied. */
    private static final List<String> COPIED = List.of(ArticleItems.META, ArticleItems.CONTENT,
            ArticleStore.SEQUENCER, ArticleStore.DELETED);

    private final DynamoDbClient dynamo;
    private final String table;

    public ArticleReplicas(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** One copy as read: its article (empty: deleted since), when it was copied, and its whole item. */
    public record Copy(Optional<Article> article, Instant copiedAt, Map<String, AttributeValue> item) {
    }

    /** The article items of {@code slugs} that exist (tombstones included), by slug: consistent, 100 keys a request. */
    public Map<String, Map<String, AttributeValue>> originals(Collection<String> slugs) {
        List<Map<String, AttributeValue>> keys = slugs.stream()
                .map(slug -> Attr.key(Keys.article(slug), Keys.SINGLE)).toList();
        Map<String, Map<String, AttributeValue>> bySlug = new HashMap<>();
        for (Map<String, AttributeValue> item : Batches.get(dynamo, table, keys, true, null)) {
            bySlug.put(Keys.slugOfArticle(Attr.string(item, Table.PK)), item);
        }
        return bySlug;
    }

    /**
     * An item's size as DynamoDB counts it for capacity, near enough: each attribute's name and value in bytes
     * (a number counted as its digits).
     */
    public static int bytes(Map<String, AttributeValue> item) {
        int bytes = 0;
        for (var attribute : item.entrySet()) {
            bytes += utf8(attribute.getKey());
            AttributeValue v = attribute.getValue();
            if (v.s() != null) bytes += utf8(v.s());
            else if (v.n() != null) bytes += v.n().length();
            else if (v.b() != null) bytes += v.b().asByteArray().length;
            else if (v.hasSs()) bytes += v.ss().stream().mapToInt(ArticleReplicas::utf8).sum();
            else bytes += 1; // a boolean or a null
        }
        return bytes;
    }

    /**
     * Writes copies 0 to {@code copies - 1} of {@code original} (an item {@link #originals} read) with {@code extra}'s
     * attributes, as of {@code copiedAt}. Each put is conditional on the copy not holding a later version (a run that
     * overlaps another may have read the article earlier); returns how many were written.
     */
    public int write(String slug, Map<String, AttributeValue> original, int copies, Map<String, AttributeValue> extra,
                     Instant copiedAt) {
        String sequencer = Attr.string(original, ArticleStore.SEQUENCER);
        if (sequencer == null) throw new IllegalArgumentException("not an article item: " + original.keySet());
        Map<String, AttributeValue> copy = new HashMap<>(extra);
        for (String name : COPIED) {
            if (original.containsKey(name)) copy.put(name, original.get(name));
        }
        copy.put(COPIED_AT, Attr.s(copiedAt.toString()));
        copy.put(Table.EXPIRES_AT, Attr.n(copiedAt.plus(KEEP).getEpochSecond()));
        int written = 0;
        for (int n = 0; n < copies; n++) {
            Map<String, AttributeValue> item = new HashMap<>(copy);
            item.putAll(Attr.key(Keys.articleReplica(slug, n), Keys.SINGLE));
            try {
                dynamo.putItem(b -> b.tableName(table).item(item)
                        .conditionExpression("attribute_not_exists(#seq) OR #seq <= :seq")
                        .expressionAttributeNames(Map.of("#seq", ArticleStore.SEQUENCER))
                        .expressionAttributeValues(Map.of(":seq", Attr.s(sequencer))));
                written++;
            } catch (ConditionalCheckFailedException later) {
                // Another run copied a later version: it stays.
            }
        }
        return written;
    }

    /**
     * Turns the copies of an article just deleted at {@code sequencer} into tombstones (the article dropped, the
     * rest kept; each conditional on the copy holding an earlier version), so that readers stop getting it at once
     * rather than with the rollup's next run; returns how many. They are found with one consistent key-only
     * BatchGetItem of every copy a story may have ({@link #MAX_COPIES}: about 100 read units a deletion).
     */
    public int retire(String slug, String sequencer) {
        List<Map<String, AttributeValue>> keys = IntStream.range(0, MAX_COPIES)
                .mapToObj(n -> Attr.key(Keys.articleReplica(slug, n), Keys.SINGLE)).toList();
        int retired = 0;
        for (Map<String, AttributeValue> found : Batches.get(dynamo, table, keys, true, Table.PK)) {
            try {
                dynamo.updateItem(b -> b.tableName(table).key(Attr.key(Attr.string(found, Table.PK), Keys.SINGLE))
                        .updateExpression("SET #deleted = :deleted, #seq = :seq REMOVE #meta, #content")
                        .conditionExpression("#seq < :seq")
                        .expressionAttributeNames(Map.of("#deleted", ArticleStore.DELETED, "#seq",
                                ArticleStore.SEQUENCER, "#meta", ArticleItems.META, "#content", ArticleItems.CONTENT))
                        .expressionAttributeValues(Map.of(":deleted", AttributeValue.fromBool(true),
                                ":seq", Attr.s(sequencer))));
                retired++;
            } catch (ConditionalCheckFailedException later) {
                // The copy holds a later version already (the article came back): it stays.
            }
        }
        return retired;
    }

    /** Copy {@code replica} of {@code slug}'s article, eventually consistent; empty if there is none. */
    public Optional<Copy> read(String slug, int replica) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Attr.key(Keys.articleReplica(slug, replica), Keys.SINGLE))).item();
        if (item == null || item.isEmpty() || !item.containsKey(COPIED_AT)) return Optional.empty();
        Optional<Article> article = ArticleStore.isTombstone(item) ? Optional.empty()
                : Optional.of(ArticleItems.full(item));
        return Optional.of(new Copy(article, Instant.parse(Attr.string(item, COPIED_AT)), item));
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
