package dev.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A named thing the article mentions. */
public record Entity(String name, Type type) {

    public enum Type {
        PERSON, PLACE, ORGANIZATION, OTHER;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
