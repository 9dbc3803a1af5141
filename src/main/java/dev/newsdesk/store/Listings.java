package dev.newsdesk.store;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleDate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The article lists, newest first: one partition per facet (all articles, each section, language and keyword),
 * whose entries carry the listing form of the article. An article is written into its facets when published
 * and taken out when it changes or goes; a list page is then a single Query on one partition.
 */
final class Listings {

    private final DynamoDbClient dynamo;
    private final String table;

    Listings(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The facets an article belongs to. */
    static Set<String> facets(Article article) {
        Set<String> facets = new LinkedHashSet<>();
        facets.add(Keys.facetAll());
        if (article.content().section() != null && !article.content().section().isBlank()) facets.add(Keys.facetSection(article.content().section()));
        if (article.content().language() != null && !article.content().language().isBlank()) facets.add(Keys.facetLanguage(article.content().language()));
        for (String keyword : article.content().keywords()) {
            if (!keyword.isBlank()) facets.add(Keys.facetKeyword(keyword));
        }
        return facets;
    }

    /** Newest first by publication date when the file gives one, else by first ingest; the slug breaks ties. */
    static String sortKey(Article article, String firstIngestedAt) {
        Instant when = ArticleDate.published(article.content().publishedAt()).map(ArticleDate::instant)
                .orElseGet(() -> Instant.parse(firstIngestedAt));
        return when.truncatedTo(ChronoUnit.SECONDS) + "#" + article.slug();
    }

    /**
     * Puts the article, whose listing form is {@code meta} ({@link ArticleItems#meta}, as its item holds it), into
     * {@code facets} and removes the entries of {@code before} (the versions the lists may hold) that it does not
     * put again. Every write is a plain put or delete of a known key: sent again, it changes nothing.
     */
    void replace(Article article, String meta, String sortKey, Set<String> facets, List<Listed> before) {
        List<WriteRequest> writes = deletes(before, sortKey, facets);
        for (String facet : facets) {
            writes.add(put(facet, sortKey, article, meta));
        }
        Batches.write(dynamo, table, writes);
    }

    /** Takes out every entry of {@code before}. */
    void remove(List<Listed> before) {
        Batches.write(dynamo, table, deletes(before, null, Set.of()));
    }

    /** The deletes of {@code before}'s entries, each once, but those under {@code keptSortKey} in {@code kept}. */
    private List<WriteRequest> deletes(List<Listed> before, String keptSortKey, Set<String> kept) {
        Set<String> seen = new LinkedHashSet<>();
        List<WriteRequest> deletes = new ArrayList<>();
        for (Listed old : before) {
            boolean sameKey = old.sortKey().equals(keptSortKey);
            for (String facet : old.facets()) {
                if (!(sameKey && kept.contains(facet)) && seen.add(facet + "\n" + old.sortKey())) {
                    deletes.add(delete(facet, old.sortKey()));
                }
            }
        }
        return deletes;
    }

    /** One page of the list for {@code query}: the narrowest facet is queried and the other filters applied. */
    Page<Article> page(ListQuery query) {
        String facet = facetFor(query);
        List<String> filters = new ArrayList<>();
        Map<String, AttributeValue> values = new HashMap<>();
        if (query.section() != null && !facet.equals(Keys.facetSection(query.section()))) {
            filters.add("sectionKey = :section");
            values.put(":section", Attr.s(Keys.normalize(query.section())));
        }
        if (query.language() != null && !facet.equals(Keys.facetLanguage(query.language()))) {
            filters.add("languageKey = :language");
            values.put(":language", Attr.s(Keys.normalize(query.language())));
        }
        Map<String, AttributeValue> start = query.cursor() == null ? null
                : Attr.key(Keys.listing(facet), Cursor.decode(query.cursor(), facet));
        List<Article> articles = new ArrayList<>();
        String lastSortKey = null;
        boolean more;
        do {
            Map<String, AttributeValue> from = start;
            int want = query.limit() - articles.size();
            QueryResponse response = dynamo.query(b -> {
                b.tableName(table)
                        .keyConditionExpression("pk = :pk")
                        .scanIndexForward(false)
                        .exclusiveStartKey(from)
                        .limit(filters.isEmpty() ? want + 1 : Math.max(want + 1, 50));
                Map<String, AttributeValue> all = new HashMap<>(values);
                all.put(":pk", Attr.s(Keys.listing(facet)));
                b.expressionAttributeValues(all);
                if (!filters.isEmpty()) b.filterExpression(String.join(" AND ", filters));
            });
            List<Map<String, AttributeValue>> items = response.items();
            int i = 0;
            while (i < items.size() && articles.size() < query.limit()) {
                articles.add(ArticleItems.summary(items.get(i)));
                lastSortKey = Attr.string(items.get(i), Table.SK);
                i++;
            }
            more = i < items.size() || response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
            start = response.lastEvaluatedKey();
        } while (articles.size() < query.limit() && start != null && !start.isEmpty());
        String next = more && articles.size() == query.limit() ? Cursor.encode(facet, lastSortKey) : null;
        return new Page<>(articles, next);
    }

    /** Every entry of one facet, oldest last, read page by page; {@code attributes} limits what is read. */
    void forEach(String facet, Consumer<Map<String, AttributeValue>> action, String... attributes) {
        QueryRequest.Builder request = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", Attr.s(Keys.listing(facet))))
                .scanIndexForward(false);
        if (attributes.length > 0) request.projectionExpression(String.join(", ", attributes));
        dynamo.queryPaginator(request.build()).items().forEach(action);
    }

    private static String facetFor(ListQuery query) {
        if (query.keyword() != null) return Keys.facetKeyword(query.keyword());
        if (query.section() != null) return Keys.facetSection(query.section());
        if (query.language() != null) return Keys.facetLanguage(query.language());
        return Keys.facetAll();
    }

    private WriteRequest put(String facet, String sortKey, Article article, String meta) {
        Map<String, AttributeValue> item = new HashMap<>(Attr.key(Keys.listing(facet), sortKey));
        item.put("slug", Attr.s(article.slug()));
        item.put(ArticleItems.META, Attr.s(meta));
        if (article.content().section() != null) item.put("sectionKey", Attr.s(Keys.normalize(article.content().section())));
        if (article.content().language() != null) item.put("languageKey", Attr.s(Keys.normalize(article.content().language())));
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private WriteRequest delete(String facet, String sortKey) {
        return WriteRequest.builder()
                .deleteRequest(DeleteRequest.builder().key(Attr.key(Keys.listing(facet), sortKey)).build()).build();
    }
}
