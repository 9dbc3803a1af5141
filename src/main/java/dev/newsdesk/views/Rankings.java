package dev.newsdesk.views;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.store.ArticleStore;
import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Batches;
import dev.newsdesk.store.Keys;
import dev.newsdesk.store.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the rankings the {@link RankingRollup} materialized. A read costs one GetItem and one BatchGetItem
 * (which drops articles deleted since the rollup ran), whatever the number of articles.
 */
public final class Rankings {

    /** Extra candidates read so that deleted articles can be dropped and the page still filled. */
    private static final int SPARE = 20;
    private static final TypeReference<List<RankedArticle>> ENTRIES = new TypeReference<>() {
    };

    private final DynamoDbClient dynamo;
    private final String table;

    public Rankings(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The {@code limit} (at most 100) most read articles of {@code section} (null: all) in {@code window}. */
    public List<RankedArticle> top(Window window, String section, int limit) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Attr.key(Keys.ranking(window.label(), section), Keys.SINGLE))).item();
        if (item == null || item.isEmpty()) return List.of();
        List<RankedArticle> candidates = parse(Attr.string(item, "entries"));
        candidates = candidates.subList(0, Math.min(candidates.size(), limit + SPARE));
        if (candidates.isEmpty()) return List.of();
        Set<String> live = published(candidates.stream().map(RankedArticle::slug).toList());
        List<RankedArticle> top = new ArrayList<>();
        for (RankedArticle candidate : candidates) {
            if (top.size() == limit) break;
            if (live.contains(candidate.slug())) top.add(candidate);
        }
        return top;
    }

    private Set<String> published(List<String> slugs) {
        List<Map<String, AttributeValue>> keys = slugs.stream()
                .map(slug -> Attr.key(Keys.article(slug), Keys.SINGLE)).toList();
        Set<String> found = new HashSet<>();
        String projection = Table.PK + ", " + ArticleStore.DELETED;
        for (Map<String, AttributeValue> item : Batches.get(dynamo, table, keys, false, projection)) {
            if (!ArticleStore.isTombstone(item)) found.add(Keys.slugOfArticle(Attr.string(item, Table.PK)));
        }
        return found;
    }

    private static List<RankedArticle> parse(String json) {
        try {
            return ArticleJson.mapper().readValue(json, ENTRIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored ranking does not parse", e);
        }
    }
}
