package dev.newsdesk.parse.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.article.Block;
import dev.newsdesk.article.Format;
import dev.newsdesk.article.Image;
import dev.newsdesk.article.Related;
import dev.newsdesk.article.WebLinks;
import dev.newsdesk.parse.Draft;
import dev.newsdesk.parse.RejectedFileException;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.html.HtmlReader;
import dev.newsdesk.parse.meta.LanguageDetector;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article exported as JSON: {@code title}, {@code html} or {@code body} (or {@code text}, {@code content},
 * {@code articleBody}), {@code section}, {@code authors}, {@code publishedAt}, {@code tags}, {@code image},
 * {@code canonicalUrl}... A body that holds HTML is read as HTML (its links and pictures kept); a plain body splits
 * into paragraphs at blank lines, and an array of paragraphs stays paragraphs. A field may be an object holding its
 * text as {@code rendered}, as WordPress's REST API exports posts ({@code "title": {"rendered": "…"}, "content":
 * {"rendered": "<p>…"}, "link"}).
 */
public final class JsonArticleReader {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            // Hostile input: a JSON nested ten thousand levels deep must fail fast, not blow the stack.
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build());

    private JsonArticleReader() {
    }

    /** Reads {@code text}. */
    public static Draft read(String text) throws RejectedFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new RejectedFileException(RejectedFileException.Reason.UNSUPPORTED_FORMAT,
                    "the file looks like JSON but does not parse: " + e.getOriginalMessage());
        }
        if (root != null && root.isArray() && root.size() == 1) root = root.get(0);
        if (root == null || !root.isObject()) {
            throw new RejectedFileException(RejectedFileException.Reason.NOT_AN_ARTICLE,
                    "the JSON is not an object with a title and a body");
        }
        JsonNode article = root.has("article") && root.get("article").isObject() ? root.get("article") : root;
        // "html" first: an export that has both keeps its links and pictures there
        String body = body(article, "html", "body", "articleBody", "text", "content");
        if (body == null || body.isBlank()) {
            throw new RejectedFileException(RejectedFileException.Reason.NOT_AN_ARTICLE,
                    "the JSON has no body (expected \"body\", \"text\" or \"content\")");
        }
        List<Block> blocks;
        List<Related> related = List.of();
        String canonical = text(article, "canonicalUrl", "canonical_url", "canonical", "url", "link");
        if (canonical == null) canonical = text(article.path("mainEntityOfPage"), "@id"); // schema.org's object form
        if (canonical == null) canonical = text(article, "mainEntityOfPage");
        if (!WebLinks.isWeb(canonical)) canonical = null;
        if (body.stripLeading().startsWith("<")) {
            Draft html = HtmlReader.readFragment(body, canonical);
            blocks = html.blocks();
            related = html.related();
        } else {
            blocks = new ArrayList<>();
            for (String p : body.split("\\n\\s*\\n")) {
                String s = Words.squash(p);
                if (!s.isEmpty()) blocks.add(Block.paragraph(s));
            }
        }
        String date = text(article, "publishedAt", "published_at", "datePublished", "date", "published");
        // What the upload declares is a hint: ArticleAssembler judges the language from the text.
        String language = LanguageDetector.code(text(article, "language", "lang", "inLanguage"));
        return new Draft(Format.JSON, text(article, "title", "headline", "name"),
                text(article, "section", "category", "articleSection"),
                Bylines.declared(strings(article, "authors", "author", "byline")),
                date == null ? null : Dates.find(date),
                strings(article, "tags", "keywords"), language, blocks, related,
                image(article, canonical, "image", "leadImage", "feature_image", "featureImage"), canonical,
                text(article, "summary", "description", "excerpt", "dek", "standfirst"));
    }

    /**
     * The lead image: a URL, or an object with {@code url} (or {@code src}), {@code alt}, {@code caption}...; of a
     * list of them (schema.org's {@code "image": [{…}]}), the first.
     */
    private static Image image(JsonNode node, String base, String... keys) {
        for (String k : keys) {
            JsonNode v = node.get(k);
            if (v != null && v.isArray() && !v.isEmpty()) v = v.get(0);
            if (v == null || v.isNull()) continue;
            String url = WebLinks.absolute(base, v.isObject() ? text(v, "url", "src") : v.asText());
            if (!WebLinks.isWeb(url)) return null;
            if (!v.isObject()) return new Image(url, null, null, null, null, null);
            return new Image(url, text(v, "alt"), text(v, "caption"), text(v, "credit"), pixels(v.get("width")),
                    pixels(v.get("height")));
        }
        return null;
    }

    private static Integer pixels(JsonNode n) {
        return n != null && n.canConvertToInt() && n.asInt() > 0 ? n.asInt() : null;
    }

    /**
     * The article's text under the first of {@code keys} that holds some: a string, or an array of paragraphs (each
     * a string; an export may list them so), which stay paragraphs.
     */
    private static String body(JsonNode node, String... keys) {
        for (String k : keys) {
            JsonNode v = node.get(k);
            if (v == null || !v.isArray() || v.isEmpty() || !v.get(0).isTextual()) {
                String text = text(node, k);
                if (text != null) return text;
                continue;
            }
            List<String> paragraphs = new ArrayList<>();
            for (JsonNode p : v) if (p.isTextual()) paragraphs.add(p.asText());
            return String.join("\n\n", paragraphs);
        }
        return null;
    }

    private static String text(JsonNode node, String... keys) {
        for (String k : keys) {
            JsonNode v = node.get(k);
            if (v == null || v.isNull()) continue;
            if (v.isTextual() || v.isNumber()) return v.asText();
            if (v.isArray() && !v.isEmpty() && v.get(0).isTextual()) return v.get(0).asText();
            if (v.isObject() && v.path("rendered").isTextual()) return v.get("rendered").asText();
        }
        return null;
    }

    private static List<String> strings(JsonNode node, String... keys) {
        for (String k : keys) {
            JsonNode v = node.get(k);
            if (v == null || v.isNull()) continue;
            List<String> out = new ArrayList<>();
            if (v.isArray()) {
                for (JsonNode item : v) {
                    if (item.isTextual()) out.add(item.asText());
                    else if (item.isObject() && item.has("name")) out.add(item.get("name").asText());
                }
            } else if (v.isTextual()) {
                for (String part : v.asText().split("\\s*,\\s*")) if (!part.isBlank()) out.add(part.strip());
            } else if (v.isObject() && v.has("name")) {
                out.add(v.get("name").asText());
            }
            return out;
        }
        return List.of();
    }
}
