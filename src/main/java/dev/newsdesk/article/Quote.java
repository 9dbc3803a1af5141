package dev.newsdesk.article;

/** A quotation from the body; {@code speaker} is null when the text does not attribute it. */
public record Quote(String text, String speaker) {
}
