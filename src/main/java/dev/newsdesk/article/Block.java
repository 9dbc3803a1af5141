package dev.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** One typed piece of an article's body. A list's items are separated by {@code \n} in {@code text}. */
public record Block(Type type, String text) {

    public Block {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    public static Block paragraph(String text) {
        return new Block(Type.PARAGRAPH, text);
    }

    public static Block heading(String text) {
        return new Block(Type.HEADING, text);
    }

    public static Block list(String text) {
        return new Block(Type.LIST, text);
    }

    public static Block quote(String text) {
        return new Block(Type.QUOTE, text);
    }

    public enum Type {
        PARAGRAPH, HEADING, LIST, QUOTE;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
