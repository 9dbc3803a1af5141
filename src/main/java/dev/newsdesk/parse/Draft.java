package dev.newsdesk.parse;

import dev.newsdesk.article.Block;
import dev.newsdesk.article.Format;
import dev.newsdesk.article.Image;
import dev.newsdesk.article.Related;
import java.util.List;

/**
 * What a format reader found in a file, before the shared metadata steps (language, keywords, entities, quotes)
 * run. Null or empty fields are unknown; the assembler fills what it can. {@code blocks} may hold media (images,
 * embeds) between the text blocks, and text blocks their inline markup.
 */
public record Draft(
        Format format,
        String title,
        String section,
        List<String> authors,
        String publishedAt,
        List<String> tags,
        String language,
        List<Block> blocks,
        List<Related> related,
        Image image,
        String canonicalUrl) {

    public Draft {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        blocks = List.copyOf(blocks);
        related = List.copyOf(related);
    }

    /** The same draft with other blocks (and the related links found with them). */
    public Draft withBlocks(List<Block> newBlocks, List<Related> newRelated) {
        return new Draft(format, title, section, authors, publishedAt, tags, language, newBlocks, newRelated, image,
                canonicalUrl);
    }
}
