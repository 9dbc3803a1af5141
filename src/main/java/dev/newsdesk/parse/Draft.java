package dev.newsdesk.parse;

import dev.newsdesk.article.Block;
import dev.newsdesk.article.Format;
import dev.newsdesk.article.Image;
import dev.newsdesk.article.Related;
import java.util.List;

/**
 * What a format reader found in a file, before the shared metadata steps (language, keywords, entities, quotes)
 * run. Null or empty fields are unknown; the assembler fills what it can. {@code blocks} may hold media (images,
 * embeds) between the text blocks, and text blocks their inline markup. {@code summary} is the file's own (an
 * editor's description or excerpt in JSON or front matter); without one the assembler takes the lede.
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
        String canonicalUrl,
        String summary) {

    public Draft {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        blocks = List.copyOf(blocks);
        related = List.copyOf(related);
    }

    /** A draft of a file that states no summary of its own (a page, a text dump). */
    public Draft(Format format, String title, String section, List<String> authors, String publishedAt,
            List<String> tags, String language, List<Block> blocks, List<Related> related, Image image,
            String canonicalUrl) {
        this(format, title, section, authors, publishedAt, tags, language, blocks, related, image, canonicalUrl, null);
    }

    /** The same draft with other blocks (and the related links found with them). */
    public Draft withBlocks(List<Block> newBlocks, List<Related> newRelated) {
        return new Draft(format, title, section, authors, publishedAt, tags, language, newBlocks, newRelated, image,
                canonicalUrl, summary);
    }
}
