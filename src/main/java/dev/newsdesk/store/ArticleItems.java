package dev.newsdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.article.Block;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How an article is laid out in its item: {@code meta} is the listing form (JSON, without body), {@code content}
 * the body, blocks and html, gzipped so that long articles stay far below DynamoDB's 400 KB item limit.
 */
final class ArticleItems {

    static final String META = "meta";
    static final String CONTENT = "content";

    private static final ObjectMapper JSON = ArticleJson.mapper();

    private record Content(String body, List<Block> blocks, String html) {
    }

    private ArticleItems() {
    }

    static String meta(Article article) {
        return write(article.withoutBody().withViews(0));
    }

    static byte[] content(Article article) {
        return gzip(write(new Content(article.content().body(), article.content().blocks(), article.content().html())));
    }

    /** The listing form (no body), from an item that has {@code meta}. */
    static Article summary(Map<String, AttributeValue> item) {
        return read(Attr.string(item, META), Article.class);
    }

    /** The whole article, from an article item. */
    static Article full(Map<String, AttributeValue> item) {
        Article meta = summary(item);
        Content content = read(gunzip(item.get(CONTENT).b().asByteArray()), Content.class);
        return new Article(meta.slug(), meta.content().withBody(content.body(), content.blocks(), content.html()),
                meta.source(),
                meta.views(), meta.ingestedAt(), meta.updatedAt());
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article does not serialize", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored article does not deserialize", e);
        }
    }

    private static byte[] gzip(String text) {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String gunzip(byte[] bytes) {
        try (var gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(gz.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
