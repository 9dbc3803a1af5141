package dev.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * One typed piece of an article's body, in reading order. Text blocks (paragraph, heading, list, quote, code) carry
 * plain {@code text}; a list's items are separated by {@code \n}, and {@code ordered} says they are numbered. A
 * {@code code} block (a code sample, a command, lines set as typed) keeps its text's line breaks and indentation. An
 * {@code image} carries {@code url}, {@code alt}, {@code caption} and {@code credit}; an {@code embed} (a video, a
 * post) its {@code url} and {@code provider}. A {@code table} (results, a timetable) carries its cells as {@code rows}
 * and, as {@code text}, one line a row with its cells between " | ".
 *
 * @param markup a text block's inline HTML (links, emphasis, code, line breaks), already safe, for
 *               {@link ArticleHtml}; null when the source has none. Not part of the JSON: clients get the
 *               article's {@code html} instead.
 * @param ordered whether a list's items are numbered (steps, a ranking): {@code <ol>}, {@code 1.}; false for every
 *                other block, and then left out of the JSON, as lists were before it existed.
 * @param rows a table's cells, row by row, as plain text; null for every other block.
 * @param header whether a table's first row names its columns; false (left out) for every other block.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Block(Type type, String text, @JsonIgnore String markup,
                    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean ordered, String url, String alt,
                    String caption, String credit, String provider, List<List<String>> rows,
                    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean header) {

    public Block {
        Objects.requireNonNull(type, "type");
        if (type.isText()) Objects.requireNonNull(text, "text");
        else Objects.requireNonNull(url, "url");
        if (rows != null) rows = rows.stream().map(List::copyOf).toList();
    }

    public Block(Type type, String text) {
        this(type, text, null, false, null, null, null, null, null, null, false);
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

    /** A list, its items numbered when {@code ordered}. */
    public static Block list(String text, boolean ordered) {
        return new Block(Type.LIST, text, null, ordered, null, null, null, null, null, null, false);
    }

    public static Block quote(String text) {
        return new Block(Type.QUOTE, text);
    }

    /** Lines set as typed: {@code text} keeps its line breaks and indentation, and has no inline markup. */
    public static Block code(String text) {
        return new Block(Type.CODE, text);
    }

    /** An image of the article; {@code alt}, {@code caption} and {@code credit} may be null. */
    public static Block image(String url, String alt, String caption, String credit) {
        return new Block(Type.IMAGE, null, null, false, url, alt, caption, credit, null, null, false);
    }

    /**
     * A table of {@code rows} of plain-text cells, its first row naming the columns when {@code header}; its text is
     * a line a row, the cells between " | " (what a plain-text reader and the word count see).
     */
    public static Block table(List<List<String>> rows, boolean header) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            if (!text.isEmpty()) text.append('\n');
            text.append(String.join(" | ", row));
        }
        return new Block(Type.TABLE, text.toString(), null, false, null, null, null, null, null, rows, header);
    }

    /** Something embedded from another site, named by its {@code provider} ("youtube", "x"...), shown as a link. */
    public static Block embed(String url, String provider) {
        return new Block(Type.EMBED, null, null, false, url, null, null, null, provider, null, false);
    }

    /** The same text block with its inline HTML; markup that is only the text escaped is no markup (null). */
    public Block withMarkup(String newMarkup) {
        String m = newMarkup == null || ArticleHtml.isEscaped(text, newMarkup) ? null : newMarkup;
        return new Block(type, text, m, ordered, url, alt, caption, credit, provider, rows, header);
    }

    /**
     * The same block with other text (its markup dropped), still ordered if it was; a table whose text changed no
     * longer matches its cells and becomes the paragraph of its text.
     */
    public Block withText(String newText) {
        if (type == Type.TABLE) return paragraph(newText);
        return new Block(type, newText, null, ordered, url, alt, caption, credit, provider, null, false);
    }

    /** Whether this block is text (it has {@code text}), not media. */
    @JsonIgnore
    public boolean isText() {
        return type.isText();
    }

    public enum Type {
        PARAGRAPH, HEADING, LIST, QUOTE, CODE, TABLE, IMAGE, EMBED;

        boolean isText() {
            return this != IMAGE && this != EMBED;
        }

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
