package dev.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The upload formats the parser reads. */
public enum Format {
    TEXT, HTML, MARKDOWN, JSON;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
