package dev.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An article as the API serves it (field names are the public contract, docs/api.md).
 * {@code body} and {@code blocks} are null in listings, and then left out of the JSON.
 */
@JsonPropertyOrder({"slug", "title", "section", "language", "summary", "body", "blocks", "related", "authors",
        "publishedAt", "keywords", "entities", "quotes", "wordCount", "readingTimeMinutes", "views", "source",
        "contentHash", "ingestedAt", "updatedAt"})
public record Article(
        String slug,
        String title,
        String section,
        String language,
        String summary,
        @JsonInclude(JsonInclude.Include.NON_NULL) String body,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Block> blocks,
        List<Related> related,
        List<String> authors,
        String publishedAt,
        List<String> keywords,
        List<Entity> entities,
        List<Quote> quotes,
        int wordCount,
        int readingTimeMinutes,
        long views,
        Source source,
        String contentHash,
        String ingestedAt,
        String updatedAt) {

    /** Builds the stored article from parsed content and the facts storage adds. */
    public static Article of(String slug, ArticleContent c, Source source, long views, String ingestedAt,
                             String updatedAt) {
        return new Article(slug, c.title(), c.section(), c.language(), c.summary(), c.body(), c.blocks(),
                c.related(), c.authors(), c.publishedAt(), c.keywords(), c.entities(), c.quotes(), c.wordCount(),
                c.readingTimeMinutes(), views, source, c.contentHash(), ingestedAt, updatedAt);
    }

    /** The same article without its body and blocks, as listings show it. */
    public Article withoutBody() {
        return new Article(slug, title, section, language, summary, null, null, related, authors, publishedAt,
                keywords, entities, quotes, wordCount, readingTimeMinutes, views, source, contentHash, ingestedAt,
                updatedAt);
    }

    public Article withViews(long newViews) {
        return new Article(slug, title, section, language, summary, body, blocks, related, authors, publishedAt,
                keywords, entities, quotes, wordCount, readingTimeMinutes, newViews, source, contentHash, ingestedAt,
                updatedAt);
    }
}
