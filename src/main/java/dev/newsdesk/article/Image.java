package dev.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article's lead image: the picture a front end or a feed shows with the headline. Only {@code url} (absolute,
 * http or https) is always there; {@code width} and {@code height} are pixels, when the page states them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Image(String url, String alt, String caption, String credit, Integer width, Integer height) {

    public Image {
        java.util.Objects.requireNonNull(url, "url");
    }
}
