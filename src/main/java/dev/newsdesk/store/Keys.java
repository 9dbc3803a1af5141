package dev.newsdesk.store;

import java.util.Locale;

/**
 * Every key format of the single table, in one place (docs/data-model.md draws the picture).
 * Partition keys start with the item kind, so kinds never collide.
 */
final class Keys {

    /** Sort key of items that are alone in their partition. */
    static final String SINGLE = "#";

    private Keys() {
    }

    /** The article itself: {@code ARTICLE#<slug>}. */
    static String article(String slug) {
        return "ARTICLE#" + slug;
    }

    /** What happened to one uploaded object: {@code UPLOAD#<bucket>/<key>}. */
    static String upload(String bucket, String key) {
        return "UPLOAD#" + bucket + "/" + key;
    }

    /** One list of articles, newest first: {@code LIST#<facet>} (all, section:x, language:x, keyword:x). */
    static String listing(String facet) {
        return "LIST#" + facet;
    }

    /** One shard of an article's view counters: {@code VIEWS#<slug>#<shard>}. */
    static String views(String slug, int shard) {
        return "VIEWS#" + slug + "#" + shard;
    }

    static String facetAll() {
        return "all";
    }

    static String facetSection(String section) {
        return "section:" + normalize(section);
    }

    static String facetLanguage(String language) {
        return "language:" + normalize(language);
    }

    static String facetKeyword(String keyword) {
        return "keyword:" + normalize(keyword);
    }

    /** Facet values match case-insensitively: {@code ?section=politique} finds "Politique". */
    static String normalize(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
