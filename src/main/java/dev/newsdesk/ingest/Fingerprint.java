package dev.newsdesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.ArticleJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
            String json = ArticleJson.mapper().writeValueAsString(content) + "|" + content.format();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article does not serialize", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
