package dev.newsdesk.views;

/** One line of a ranking: {@code views} are the views inside the ranking's window. */
public record RankedArticle(String slug, String title, String section, long views) {
}
