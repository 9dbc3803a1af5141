package dev.newsdesk.store;

import dev.newsdesk.InParallel;
import dev.newsdesk.article.Article;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Articles by slug, and the lists they appear in. Every write is conditional on the uploaded object that owns
 * the slug and on the S3 sequencer, so duplicate and out-of-order events change nothing (no transactions).
 */
public final class ArticleStore {

    /** DynamoDB's item limit is 400 KB; leave room for the other attributes. */
    public static final int MAX_CONTENT_BYTES = 350 * 1024;

    private static final String OWNER = "owner";
    static final String SEQUENCER = "sequencer";
    static final String SORT_KEY = "sortKey";
    static final String FACETS = "facets";
    /** The attribute that marks a tombstone, for readers that project article items. */
    public static final String DELETED = "deleted";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Listings listings;
    private final SectionCounts sections;
    private final ArticleReplicas replicas;

    public ArticleStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.listings = new Listings(dynamo, table);
        this.sections = new SectionCounts(dynamo, table);
        this.replicas = new ArticleReplicas(dynamo, table);
    }

    /** How a {@link #put} ended. */
    public enum PutResult {
        /** Written (or re-written by a retried event). */
        WRITTEN,
        /** The slug belongs to another uploaded object: try another slug. */
        SLUG_TAKEN,
        /** A later event for the same object has already written the article. */
        STALE,
        /** Even compressed, the article would not fit in an item. */
        TOO_LARGE
    }

    /**
     * What a {@link #put} came to: how it ended; where the article is listed and counted (for its upload's status)
     * and the change it made to the section counts (to {@link #settle} once that status is recorded), when written.
     */
    public record Put(PutResult result, Listed listed, SectionMove move) {

        static Put not(PutResult result) {
            return new Put(result, null, SectionMove.NONE);
        }
    }

    /**
     * Writes {@code article} under its slug for the object {@code owner} ("bucket/key") at {@code sequencer},
     * and updates the lists and section counts. {@code firstIngestedAt} orders articles without a publication date.
     * {@code recorded} is the owner's status as the event found it (null: none): with the old item it tells what the
     * lists and counts hold ({@link ListedBefore}), so that a retry of an event cut short after its article write
     * finishes the lists and counts, and counts nothing twice.
     */
    public Put put(Article article, String owner, String sequencer, String firstIngestedAt, UploadStatus recorded) {
        byte[] content = ArticleItems.content(article);
        if (content.length > MAX_CONTENT_BYTES) {
            return Put.not(PutResult.TOO_LARGE);
        }
        String sortKey = Listings.sortKey(article, firstIngestedAt);
        Set<String> facets = Listings.facets(article);
        Map<String, AttributeValue> item = new HashMap<>(Attr.key(Keys.article(article.slug()), Keys.SINGLE));
        item.put(OWNER, Attr.s(owner));
        item.put(SEQUENCER, Attr.s(sequencer));
        String meta = ArticleItems.meta(article);
        item.put(ArticleItems.META, Attr.s(meta));
        item.put(ArticleItems.CONTENT, Attr.b(content));
        item.put(SORT_KEY, Attr.s(sortKey));
        item.put(FACETS, Attr.ss(facets));
        PutItemResponse response;
        try {
            response = dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR (#owner = :owner AND #seq <= :seq)")
                    .expressionAttributeNames(Map.of("#owner", OWNER, "#seq", SEQUENCER))
                    .expressionAttributeValues(Map.of(":owner", Attr.s(owner), ":seq", Attr.s(sequencer)))
                    .returnValues(ReturnValue.ALL_OLD));
        } catch (ConditionalCheckFailedException e) {
            return Put.not(owner.equals(ownerOf(article.slug())) ? PutResult.STALE : PutResult.SLUG_TAKEN);
        }
        ListedBefore before = ListedBefore.of(response.attributes(), recorded);
        String section = article.content().section();
        SectionMove move = SectionMove.of(sequencer, article.slug(), before.section(), section);
        // The lists and the section count follow the article each on their own: sent together, one round trip.
        InParallel.run(() -> listings.replace(article, meta, sortKey, facets, before.entries()),
                () -> sections.apply(move));
        return new Put(PutResult.WRITTEN, new Listed(sequencer, sortKey, facets, SectionCounts.spelling(section)),
                move);
    }

    /** Lets the section counts forget {@code move} once the status of its event is recorded: no retry applies it. */
    public void settle(SectionMove move) {
        sections.settle(move);
    }

    /**
     * Undoes a put's lists and counts ({@code listed}, {@code move}: its {@link Put}) when a later event applied
     * meanwhile could not see them: the lists lose its entries and the counts get the move back.
     */
    public void withdraw(Listed listed, SectionMove move) {
        InParallel.run(() -> listings.remove(listed.hasEntries() ? List.of(listed) : List.of()),
                () -> sections.apply(move.reversed()));
    }

    /**
     * Turns the article at {@code slug} into a tombstone at {@code sequencer} if {@code owner} still owns it with an
     * earlier or equal sequencer, read replicas included, without touching the lists or counts (a later deletion
     * whose own take-down missed it: {@link #withdraw} puts those right).
     */
    public void takeDown(String slug, String owner, String sequencer) {
        if (tombstone(slug, owner, sequencer) != null) replicas.retire(slug, sequencer);
    }

    /**
     * Takes down the article at {@code slug} if {@code owner} still owns it with an earlier or equal sequencer (a
     * retry of the same deletion finishes what its earlier attempt began), read replicas included
     * ({@link ArticleReplicas#retire}); returns its change to the section counts, to {@link #settle} once the
     * deletion's status is recorded. The item becomes a tombstone that keeps the slug for its owner (a re-upload of
     * the same key gets its slug and views back, and another file with the same title gets another slug instead of
     * inheriting the deleted article's URL and views) and, for a retry, the sort key, facets and listing form of the
     * article it took down. {@code recorded}: the owner's status as the deletion found it (null: none).
     */
    public SectionMove delete(String slug, String owner, String sequencer, UploadStatus recorded) {
        Map<String, AttributeValue> old = tombstone(slug, owner, sequencer);
        if (old == null) return SectionMove.NONE;
        ListedBefore before = ListedBefore.of(old, recorded);
        if (isTombstone(old) && before.entries().isEmpty() && before.section() == null) return SectionMove.NONE;
        SectionMove move = SectionMove.of(sequencer, slug, before.section(), null);
        InParallel.run(() -> listings.remove(before.entries()), () -> sections.apply(move),
                () -> replicas.retire(slug, sequencer));
        return move;
    }

    /**
     * Makes the item at {@code slug} a tombstone of {@code sequencer} (the article's body goes; what says where it
     * was listed stays, for a retry); its old image, or null if {@code owner} does not own it or a later event wrote
     * it.
     */
    private Map<String, AttributeValue> tombstone(String slug, String owner, String sequencer) {
        try {
            return dynamo.updateItem(b -> b.tableName(table).key(Attr.key(Keys.article(slug), Keys.SINGLE))
                    .updateExpression("SET #seq = :seq, #deleted = :deleted REMOVE #content")
                    .conditionExpression("#owner = :owner AND #seq <= :seq")
                    .expressionAttributeNames(Map.of("#owner", OWNER, "#seq", SEQUENCER, "#deleted", DELETED,
                            "#content", ArticleItems.CONTENT))
                    .expressionAttributeValues(Map.of(":owner", Attr.s(owner), ":seq", Attr.s(sequencer),
                            ":deleted", AttributeValue.fromBool(true)))
                    .returnValues(ReturnValue.ALL_OLD)).attributes();
        } catch (ConditionalCheckFailedException goneOrNewer) {
            return null;
        }
    }

    /** Whether an article item stands for a deleted article (or is absent). */
    public static boolean isTombstone(Map<String, AttributeValue> item) {
        return item == null || item.isEmpty() || item.containsKey(DELETED);
    }

    /** The whole article (views not filled in: they live in their counters). */
    public Optional<Article> find(String slug) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Attr.key(Keys.article(slug), Keys.SINGLE))).item();
        return isTombstone(item) ? Optional.empty() : Optional.of(ArticleItems.full(item));
    }

    /** Whether an article is published at {@code slug}: a key-only read, not the article's ~10 KB. */
    public boolean exists(String slug) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Attr.key(Keys.article(slug), Keys.SINGLE)).projectionExpression(Table.PK + ", " + DELETED)).item();
        return !isTombstone(item);
    }

    /**
     * The whole articles at {@code slugs}, in that order, read in one BatchGetItem per 100; an article deleted
     * since its slug was listed is left out (views not filled in).
     */
    public List<Article> findAll(List<String> slugs) {
        List<Map<String, AttributeValue>> keys = slugs.stream()
                .map(slug -> Attr.key(Keys.article(slug), Keys.SINGLE)).toList();
        Map<String, Article> bySlug = new HashMap<>();
        for (Map<String, AttributeValue> item : Batches.get(dynamo, table, keys, false, null)) {
            if (isTombstone(item)) continue;
            Article article = ArticleItems.full(item);
            bySlug.put(article.slug(), article);
        }
        return slugs.stream().filter(bySlug::containsKey).map(bySlug::get).toList();
    }

    /** One page of the article list, newest first, without bodies (views not filled in). */
    public Page<Article> list(ListQuery query) {
        return listings.page(query);
    }

    /** Slug, title and section of every article in a section ({@code null}: all), newest first. */
    public List<Article> catalog(String section) {
        String facet = section == null ? Keys.facetAll() : Keys.facetSection(section);
        var articles = new java.util.ArrayList<Article>();
        listings.forEach(facet, item -> articles.add(ArticleItems.summary(item)), "slug", ArticleItems.META);
        return articles;
    }

    /**
     * Every section with its number of articles, largest first, one per case-folded name as {@code ?section=} finds
     * them ({@link SectionTally}): one Query of the counts ingest keeps ({@link SectionCounts}); the whole list only
     * on a table written before those counts existed, until {@link #countSectionsOnce} has run.
     */
    public List<SectionCount> sections() {
        return sections.counts(this::everySection);
    }

    /**
     * Sets the section counts from the whole list if they were never set (a table written before ingest kept them):
     * one GetItem when they are. The rollup's function calls it once a container; returns whether it set them.
     */
    public boolean countSectionsOnce() {
        return sections.setOnce(this::everySection);
    }

    private List<String> everySection() {
        return catalog(null).stream().map(a -> a.content().section()).toList();
    }

    /** The sequencer of the event that last wrote the item at {@code slug} (consistent read); null if none. */
    public String sequencerOf(String slug) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Attr.key(Keys.article(slug), Keys.SINGLE)).projectionExpression("#seq")
                .expressionAttributeNames(Map.of("#seq", SEQUENCER))).item();
        return item == null ? null : Attr.string(item, SEQUENCER);
    }

    private String ownerOf(String slug) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Attr.key(Keys.article(slug), Keys.SINGLE)).projectionExpression("#owner")
                .expressionAttributeNames(Map.of("#owner", OWNER))).item();
        return item == null ? null : Attr.string(item, OWNER);
    }

    /**
     * Where an article item's write put the article in the lists and counts (a tombstone: where the article it took
     * down was), as far as the item keeps it.
     */
    static Listed listedIn(Map<String, AttributeValue> item) {
        AttributeValue facets = item.get(FACETS);
        String section = item.containsKey(ArticleItems.META)
                ? SectionCounts.spelling(ArticleItems.summary(item).content().section()) : null;
        return new Listed(Attr.string(item, SEQUENCER), Attr.string(item, SORT_KEY),
                facets == null ? Set.of() : new LinkedHashSet<>(facets.ss()), section);
    }
}
