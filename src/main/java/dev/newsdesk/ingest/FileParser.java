package dev.newsdesk.ingest;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;

/**
 * What the ingest asks of a parser: an upload's bytes, key and declared charset (its Content-Type's; null: none) in,
 * an article or a refusal out. In use it is {@link ArticleParser#parse(byte[], String, String)}; the seam lets a test
 * show what a fault of the parser's own does to an upload.
 */
@FunctionalInterface
public interface FileParser {

    ArticleContent parse(byte[] bytes, String key, String declaredCharset) throws RejectedFileException;
}
