package dev.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the parser makes of one file: everything about an article that the file itself determines. Storage adds
 * identity (slug), provenance and views to make an {@link Article}. {@code body}, {@code blocks} and {@code html}
 * are null in the listing form ({@link #withoutBody}).
 *
 * @param html         the body as safe HTML ({@link ArticleHtml}): what a client renders
 * @param image        the lead image, or null
 * @param canonicalUrl the article's address on the publisher's site (absolute http or https), or null
 */
public record ArticleContent(
        String title,
        String section,
        String language,
        String summary,
        @JsonInclude(JsonInclude.Include.NON_NULL) String body,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Block> blocks,
        @JsonInclude(JsonInclude.Include.NON_NULL) String html,
        Image image,
        String canonicalUrl,
        List<Related> related,
        List<String> authors,
        String publishedAt,
        List<String> keywords,
        List<Entity> entities,
        List<Quote> quotes,
        int wordCount,
        int readingTimeMinutes,
        @JsonIgnore Format format,
        String contentHash) {

    public ArticleContent {
        blocks = blocks == null ? null : List.copyOf(blocks);
        related = List.copyOf(related);
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }

    /** The listing form: no body, blocks or html. */
    public ArticleContent withoutBody() {
        return withBody(null, null, null);
    }

    public ArticleContent withBody(String newBody, List<Block> newBlocks, String newHtml) {
        return new ArticleContent(title, section, language, summary, newBody, newBlocks, newHtml, image, canonicalUrl,
                related, authors, publishedAt, keywords, entities, quotes, wordCount, readingTimeMinutes, format,
                contentHash);
    }

    /**
     * A smaller form of the article for storage that cannot hold it whole: without its pictures and embeds first,
     * then without inline markup (links, emphasis); its text stays. Null when there is nothing left to drop.
     */
    public ArticleContent lighter() {
        if (blocks == null) return null;
        boolean media = blocks.stream().anyMatch(b -> !b.isText());
        boolean markup = blocks.stream().anyMatch(b -> b.markup() != null);
        if (!media && !markup) return null;
        java.util.List<Block> kept = new java.util.ArrayList<>();
        for (Block b : blocks) {
            if (b.isText()) kept.add(media ? b : b.withMarkup(null));
        }
        return withBody(body, kept, ArticleHtml.of(kept));
    }

    ArticleContent withFormat(Format newFormat) {
        return new ArticleContent(title, section, language, summary, body, blocks, html, image, canonicalUrl, related,
                authors, publishedAt, keywords, entities, quotes, wordCount, readingTimeMinutes, newFormat, contentHash);
    }
}
