package dev.newsdesk.parse.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * An exported article's body: a string (HTML or plain text), WordPress's {@code {"rendered": "<p>…"}}, an array of
 * paragraphs, or the block lists content editors store: Editor.js ({@code {"type": "paragraph", "data": {"text":
 * …}}}), Sanity's Portable Text ({@code {"_type": "block", "style": "h2", "children": [{"text": …}]}}), Contentful's
 * rich text ({@code {"nodeType": "paragraph", "content": [{"value": …}]}}). Blocks become HTML (headings, lists and
 * quotes kept), which the HTML reader then reads like any page's.
 */
final class BodyText {

    /** The body's key, most structured first: an export that has both keeps its links and pictures in "html". */
    static final List<String> KEYS = List.of("html", "content_html", "body_html", "bodyHtml", "body",
            "articleBody", "text", "content_text", "content", "blocks");
    private static final Pattern HEADING_LEVEL = Pattern.compile("(?:^h|heading-?)([1-6])$");

    private BodyText() {
    }

    /** The body of {@code article}, or null when it has none. */
    static String of(JsonNode article) {
        for (String key : KEYS) {
            String text = body(article.get(key));
            if (text != null && !text.isBlank()) return text;
        }
        return null;
    }

    private static String body(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) return v.asText();
        if (v.isObject() && v.path("rendered").isTextual()) return v.get("rendered").asText();
        if (v.isObject() && v.path("content").isArray()) return blocks(v.get("content")); // a rich-text document
        if (v.isObject() && v.path("blocks").isArray()) return blocks(v.get("blocks")); // Editor.js's saved data
        if (!v.isArray() || v.isEmpty()) return null;
        if (v.get(0).isTextual()) {
            List<String> paragraphs = new ArrayList<>();
            for (JsonNode p : v) if (p.isTextual()) paragraphs.add(p.asText());
            return String.join("\n\n", paragraphs);
        }
        return blocks(v);
    }

    /** Block objects as HTML; null when none holds text. */
    private static String blocks(JsonNode list) {
        StringBuilder html = new StringBuilder();
        String openList = null;
        for (JsonNode block : list) {
            if (!block.isObject()) continue;
            String kind = kind(block);
            String item = kind.equals("ul") || kind.equals("ol") ? kind : null;
            if (openList != null && !openList.equals(item)) html.append("</").append(openList).append('>');
            if (item != null && !item.equals(openList)) html.append('<').append(item).append('>');
            openList = item;
            List<String> items = listItems(block);
            if (item != null && !items.isEmpty()) {
                for (String text : items) html.append("<li>").append(text).append("</li>");
                continue;
            }
            String text = inline(block);
            if (text.isBlank()) continue;
            String tag = item != null ? "li" : kind;
            html.append('<').append(tag).append('>').append(text).append("</").append(tag).append('>');
        }
        if (openList != null) html.append("</").append(openList).append('>');
        return html.isEmpty() ? null : html.toString();
    }

    /** The HTML element a block is: p, h1-h6, blockquote, ul or ol (a list, or one item of a list). */
    private static String kind(JsonNode block) {
        String type = first(block, "type", "_type", "nodeType");
        String style = first(block, "style");
        String level = block.path("data").path("level").asText(block.path("level").asText(""));
        for (String name : new String[] {style, type}) {
            if (name == null) continue;
            Matcher heading = HEADING_LEVEL.matcher(name);
            if (heading.find()) return "h" + heading.group(1);
        }
        if (type == null) return "p";
        if (type.equals("header") || type.equals("heading")) return level.matches("[1-6]") ? "h" + level : "h2";
        if (type.equals("quote") || type.equals("blockquote") || "blockquote".equals(style)) return "blockquote";
        String listStyle = first(block, "listItem");
        if (listStyle != null) return listStyle.equals("number") ? "ol" : "ul";
        if (type.equals("list")) {
            String order = block.path("data").path("style").asText(block.path("format").asText(""));
            return order.equals("ordered") ? "ol" : "ul";
        }
        if (type.equals("unordered-list")) return "ul";
        if (type.equals("ordered-list")) return "ol";
        return "p";
    }

    /**
     * A list block's items: Editor.js's {@code data.items} (strings, or objects with {@code content}), rich text's and
     * Strapi's list-item nodes; empty for a block that is one item (Portable Text) or none.
     */
    private static List<String> listItems(JsonNode block) {
        List<String> items = new ArrayList<>();
        JsonNode listed = block.path("data").path("items");
        if (!listed.isArray()) listed = block.path("content").isArray() ? block.get("content") : block.path("children");
        for (JsonNode item : listed) {
            String text = item.isTextual() ? Entities.escape(item.asText())
                    : item.path("content").isTextual() ? item.get("content").asText() // Editor.js's HTML
                    : item.isObject() ? inline(item) : "";
            if (!text.isBlank()) items.add(text);
        }
        return items;
    }

    /**
     * A block's text as inline HTML. Editor.js keeps it as HTML in {@code data.text}; the others as plain text, in
     * spans ({@code text}) or text nodes ({@code value}), escaped here. Paragraphs inside a block (a quote's, a list
     * item's) are joined by a space; spans run on.
     */
    private static String inline(JsonNode node) {
        JsonNode data = node.path("data");
        if (data.path("text").isTextual()) return data.get("text").asText();
        String own = first(node, "text", "value");
        if (own != null) return Entities.escape(own);
        StringBuilder s = new StringBuilder();
        for (String key : new String[] {"children", "content"}) {
            for (JsonNode child : node.path(key)) {
                if (!child.isObject()) continue;
                boolean block = !child.has("text") && !child.has("value");
                if (block && !s.isEmpty()) s.append(' ');
                s.append(inline(child));
            }
        }
        return s.toString();
    }

    private static String first(JsonNode node, String... keys) {
        for (String key : keys) {
            JsonNode v = node.get(key);
            if (v != null && v.isTextual()) return v.asText();
        }
        return null;
    }
}
