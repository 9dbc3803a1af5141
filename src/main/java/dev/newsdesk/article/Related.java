package dev.newsdesk.article;

/** A teaser or link to another article found inside the uploaded file; {@code url} is null when the file has none. */
public record Related(String title, String url) {
}
