package dev.newsdesk.store;

import java.util.Locale;

/**
 * Every key format of the single table, in one place (docs/data-model.md draws the picture).
 * Partition keys start with the item kind, so kinds never collide.
 */
public final class Keys {

    /** Sort key of items that are alone in their partition. */
    public static final String SINGLE = "#";

    private Keys() {
    }

    /** The article itself: {@code ARTICLE#<slug>}. */
    public static String article(String slug) {
        return "ARTICLE#" + slug;
    }

    /** The slug in an article's partition key (the inverse of {@link #article}). */
    public static String slugOfArticle(String pk) {
        return pk.substring("ARTICLE#".length());
    }

    /**
     * One of a hot story's read replicas: {@code REPLICA#<slug>#<n>}, {@code n} from 0 to its count - 1. A copy of
     * the article item and its total that the rankings rollup rewrites each run (docs/data-model.md, "Hot reads").
     */
    public static String articleReplica(String slug, int replica) {
        return "REPLICA#" + slug + "#" + replica;
    }

    /** What happened to one uploaded object: {@code UPLOAD#<bucket>/<key>}. */
    public static String upload(String bucket, String key) {
        return "UPLOAD#" + bucket + "/" + key;
    }

    /**
     * Every upload's status, newest first: {@code UPLOADS}, sorted by {@link #uploadSortKey}. Written when an upload
     * is ingested, fails or is deleted, at upload rate, so one partition is far from its limits.
     */
    public static String uploads() {
        return "UPLOADS";
    }

    /**
     * The uploads in one state, newest first, sorted by {@link #uploadSortKey}: {@code UPLOADS#published},
     * {@code UPLOADS#deleted}, and for failures {@link #failures()}, the listing that came first.
     */
    public static String uploadsIn(UploadStatus.State state) {
        return state == UploadStatus.State.FAILED ? failures() : "UPLOADS#" + state.json();
    }

    /**
     * The uploads seen but not yet ingested, newest first: {@code UPLOADS#pending}, sorted by {@link #uploadSortKey}
     * of the time ingest first saw them. An entry is taken out once its event is applied, so the partition holds
     * only what is under way or waits for a retry.
     */
    public static String uploadsPending() {
        return "UPLOADS#pending";
    }

    /** The list of recent ingest failures, one partition: {@code FAILURES}, sorted by {@link #uploadSortKey}. */
    public static String failures() {
        return "FAILURES";
    }

    /** {@code <updatedAt ISO instant>#<bucket>/<key>}: newest last, so a descending Query lists newest first. */
    public static String uploadSortKey(String updatedAt, String bucket, String key) {
        return updatedAt + "#" + bucket + "/" + key;
    }

    /** One list of articles, newest first: {@code LIST#<facet>} (all, section:x, language:x, keyword:x). */
    public static String listing(String facet) {
        return "LIST#" + facet;
    }

    /**
     * An article's all-time views as the rollup last folded them: {@code TOTAL#<slug>}, one item (and key) per
     * article, written by the rollup only. (Views were once counted in 32 shards, {@code VIEWS#<slug>#<n>}: no
     * longer written or read, docs/data-model.md.)
     */
    public static String viewTotal(String slug) {
        return "TOTAL#" + slug;
    }

    /** The slug in a total's partition key (the inverse of {@link #viewTotal}). */
    public static String slugOfViewTotal(String pk) {
        return pk.substring("TOTAL#".length());
    }

    /**
     * One of the partitions that log views by minute for the rankings: {@code VIEWED#<partition>}, sorted by
     * {@link #viewedSortKey}. Views go to a random partition, so each takes an even share of all views.
     */
    public static String viewed(int partition) {
        return "VIEWED#" + partition;
    }

    /** {@code <yyyy-MM-ddTHH:mm>#<slug>}: a minute's views of one article in one partition. */
    public static String viewedSortKey(String minute, String slug) {
        return minute + "#" + slug;
    }

    /** A tally of views (per hour, or per ranking window) kept by the rankings rollup: {@code TALLY#<name>}. */
    public static String tally(String name) {
        return "TALLY#" + name;
    }

    /** Where the rankings rollup keeps its progress. */
    public static String rollupState() {
        return "ROLLUP#STATE";
    }

    /** The number of articles per section spelling, one partition kept by ingest: {@code SECTIONS}. */
    public static String sections() {
        return "SECTIONS";
    }

    /** A materialized ranking: {@code RANKING#<window>#<section key, or * for all>}. */
    public static String ranking(String window, String section) {
        return "RANKING#" + window + "#" + (section == null ? "*" : normalize(section));
    }

    public static String facetAll() {
        return "all";
    }

    public static String facetSection(String section) {
        return "section:" + normalize(section);
    }

    public static String facetLanguage(String language) {
        return "language:" + normalize(language);
    }

    public static String facetKeyword(String keyword) {
        return "keyword:" + normalize(keyword);
    }

    /** Facet values match case-insensitively: {@code ?section=politique} finds "Politique". */
    public static String normalize(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
