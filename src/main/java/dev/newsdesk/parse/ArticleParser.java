package dev.newsdesk.parse;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Block;
import dev.newsdesk.article.Format;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an uploaded file into a clean article. Thread-safe; build one and reuse it.
 * PLACEHOLDER: the parser issue replaces this body; the public signature stays.
 */
public final class ArticleParser {

    /** Parses {@code bytes}; {@code fileName} is a hint for the format, used after the content itself. */
    public ArticleContent parse(byte[] bytes, String fileName) throws RejectedFileException {
        if (bytes.length == 0) {
            throw new RejectedFileException(RejectedFileException.Reason.EMPTY, "the file is empty");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) paragraphs.add(p.strip());
        }
        if (paragraphs.size() < 3) {
            throw new RejectedFileException(RejectedFileException.Reason.NOT_AN_ARTICLE, "no article text found");
        }
        String section = paragraphs.get(0);
        String title = paragraphs.get(1);
        List<String> body = paragraphs.subList(2, paragraphs.size());
        List<Block> blocks = body.stream().map(Block::paragraph).toList();
        String joined = String.join("\n\n", body);
        int words = joined.split("\\s+").length;
        return new ArticleContent(title, section, "fr", body.get(0), joined, blocks, List.of(), List.of(), null,
                List.of(), List.of(), List.of(), words, Math.max(1, words / 230), Format.TEXT,
                Integer.toHexString(joined.hashCode()));
    }
}
