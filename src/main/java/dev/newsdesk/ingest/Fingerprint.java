package dev.newsdesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsdesk.Sha256;
import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.ArticleJson;

/**
 * What decides whether a re-upload changes its article: a SHA-256 of everything the parser made of the file (its
 * JSON, and the format). {@link ArticleContent#contentHash} covers the body only, so a corrected title or section
 * with the same body would pass for unchanged.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(ArticleContent content) {
        try {
            return Sha256.hex(ArticleJson.mapper().writeValueAsString(content) + "|" + content.format());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article does not serialize", e);
        }
    }
}
