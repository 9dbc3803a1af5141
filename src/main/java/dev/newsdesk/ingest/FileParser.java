package dev.newsdesk.ingest;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;

/**
 * What the ingest asks of a parser: an upload's bytes and key in, an article or a refusal out. In use it is
 * {@link ArticleParser#parse}; the seam lets a test show what a fault of the parser's own does to an upload.
 */
@FunctionalInterface
public interface FileParser {

    ArticleContent parse(byte[] bytes, String key) throws RejectedFileException;
}
