package dev.newsdesk.article;

import java.util.List;

/**
 * What the parser makes of one file: everything about an article that the file itself determines.
 * Storage adds identity (slug), provenance and views to make an {@link Article}.
 */
public record ArticleContent(
        String title,
        String section,
        String language,
        String summary,
        String body,
        List<Block> blocks,
        List<Related> related,
        List<String> authors,
        String publishedAt,
        List<String> keywords,
        List<Entity> entities,
        List<Quote> quotes,
        int wordCount,
        int readingTimeMinutes,
        Format format,
        String contentHash) {

    public ArticleContent {
        blocks = List.copyOf(blocks);
        related = List.copyOf(related);
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }
}
