package dev.newsdesk.parse;

import dev.newsdesk.article.Block;
import dev.newsdesk.article.Format;
import dev.newsdesk.article.Related;
import java.util.List;

/**
 * What a format reader found in a file, before the shared metadata steps (language, keywords, entities, quotes)
 * run. Null or empty fields are unknown; the assembler fills what it can.
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
        List<Related> related) {

    public Draft {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        blocks = List.copyOf(blocks);
        related = List.copyOf(related);
    }
}
