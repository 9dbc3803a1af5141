package dev.newsdesk.newsroom;

/**
 * One file of the newsroom page, as it is served.
 *
 * @param name        its name under {@code /newsroom/} ({@code newsroom.js}); the page's own is {@code newsroom.html}
 * @param contentType the media type, with the charset for text
 * @param body        the content (the page's own, with its links to the other files' current versions)
 * @param version     a hash of the body: the ETag's source, and the {@code v} query of the links to the file
 */
public record Asset(String name, String contentType, String body, String version) {
}
