package dev.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An article as the API serves it: what the parser made of the file ({@link ArticleContent}, its fields at the top
 * level of the JSON, the public contract of docs/openapi.yaml) and the facts storage adds. {@code body},
 * {@code blocks} and {@code html} are null in listings, and then left out of the JSON.
 */
@JsonPropertyOrder({"slug", "content", "views", "source", "ingestedAt", "updatedAt"})
public record Article(
        String slug,
        @JsonUnwrapped ArticleContent content,
        Source source,
        long views,
        String ingestedAt,
        String updatedAt) {

    /** The JSON keeps the upload's format once, in {@code source}: a stored article gets it back from there. */
    public Article {
        if (content.format() == null && source != null) content = content.withFormat(source.format());
    }

    /** The same article without its body and blocks, as listings show it. */
    public Article withoutBody() {
        return new Article(slug, content.withoutBody(), source, views, ingestedAt, updatedAt);
    }

    public Article withViews(long newViews) {
        return new Article(slug, content, source, newViews, ingestedAt, updatedAt);
    }
}
