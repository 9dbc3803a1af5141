package dev.newsdesk.parse.text;

import java.util.regex.Pattern;

/**
 * Markdown's links and pictures in a text dump: converters such as html2text write a page's links as
 * {@code [words](address)} and its pictures as {@code ![alt](address)}, wrapping long addresses over lines. A link
 * reads as its words; a picture, which a copied page shows as nothing, is dropped.
 */
final class MarkdownLinks {

    /**
     * An address, broken over lines at most where a wrap broke it, and an optional quoted title. An address may hold
     * a pair of parentheses or an escaped one, as converters write them.
     */
    // runs of plain characters matched whole, so that a long address (a data: URI) is a few steps, not one a character
    private static final String ADDRESS_PART = "(?:[^()\\s\\\\]++|\\\\.|\\([^()\\s]*+\\))++"; // "Mercury_(planet)", "\\("
    private static final String TARGET = "\\(" + ADDRESS_PART + "(?:\\r?\\n" + ADDRESS_PART + ")*(?:\\s+\"[^\"]*\")?\\)";
    private static final Pattern PICTURE = Pattern.compile("!\\[[^\\[\\]]*]" + TARGET);
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)]" + TARGET);

    private MarkdownLinks() {
    }

    /** {@code text} with its Markdown links read as their words and its pictures gone. */
    static String words(String text) {
        if (!text.contains("](")) return text;
        return LINK.matcher(PICTURE.matcher(text).replaceAll("")).replaceAll("$1");
    }
}
