package dev.newsdesk.store;

/** A section and how many published articles it has. */
public record SectionCount(String name, long articles) {
}
