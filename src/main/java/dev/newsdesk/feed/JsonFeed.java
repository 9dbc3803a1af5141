package dev.newsdesk.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.article.ArticleJson;
import java.util.List;

/**
 * JSON Feed 1.1 (jsonfeed.org/version/1.1): each item's {@code url}, {@code summary}, {@code date_published} and
 * {@code date_modified}, {@code authors}, {@code image}, and the html as {@code content_html}. The spec asks
 * every item for a content: an item without html (past the feed's budget) carries its summary as
 * {@code content_text}.
 */
public final class JsonFeed {

    public static final String CONTENT_TYPE = "application/feed+json; charset=utf-8";
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private static final ObjectMapper JSON = ArticleJson.mapper();

    private JsonFeed() {
    }

    public static String write(Feed feed) {
        ObjectNode root = JSON.createObjectNode()
                .put("version", VERSION)
                .put("title", feed.title())
                .put("home_page_url", feed.homeUrl())
                .put("feed_url", feed.selfUrl())
                .put("description", feed.description());
        root.set("authors", authors(List.of(feed.publisher())));
        ArrayNode items = root.putArray("items");
        for (FeedItem item : feed.items()) {
            items.add(item(item));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree does not serialize", e);
        }
    }

    private static ObjectNode item(FeedItem item) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", item.id())
                .put("url", item.link())
                .put("title", item.title());
        if (item.html() != null) node.put("content_html", item.html());
        else node.put("content_text", item.summary() != null ? item.summary() : "");
        if (item.summary() != null) node.put("summary", item.summary());
        if (item.image() != null) node.put("image", item.image().url());
        node.put("date_published", FeedDates.rfc3339(item.date().time()));
        node.put("date_modified", FeedDates.rfc3339(item.updated()));
        if (!item.authors().isEmpty()) node.set("authors", authors(item.authors()));
        if (item.section() != null) node.putArray("tags").add(item.section());
        if (item.language() != null) node.put("language", item.language());
        return node;
    }

    private static ArrayNode authors(List<String> names) {
        ArrayNode authors = JSON.createArrayNode();
        names.forEach(name -> authors.addObject().put("name", name));
        return authors;
    }
}
