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
import dev.newsdesk.parse.input.FormatSniffer;
import dev.newsdesk.parse.markdown.MarkdownReader;
import dev.newsdesk.parse.meta.LanguageDetector;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads an article exported as JSON: {@code title}, a body ({@link BodyText}: HTML, text, paragraphs or an editor's
 * blocks), {@code section}, {@code authors}, {@code publishedAt}, {@code tags}, {@code image},
 * {@code canonicalUrl}..., with the names WordPress, JSON Feed, Ghost and schema.org give them, in whatever wrapper
 * the export put the article ({@link ArticleObject}). A body that holds HTML is read as HTML (its links and pictures
 * kept); a plain body splits into paragraphs at blank lines. A field may be an object holding its text as
 * {@code rendered}, as WordPress's REST API exports posts ({@code "title": {"rendered": "…"}}).
 */
public final class JsonArticleReader {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            // Hostile input: a JSON nested ten thousand levels deep must fail fast, not blow the stack.
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build());

    /** A body that opens on a heading. */
    private static final Pattern LEADING_HEADING = Pattern.compile("\\s*<h([1-6])\\b[^>]*>(.*?)</h\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

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
        ArticleObject found = ArticleObject.find(root);
        JsonNode article = found.node();
        String body = found.body();
        List<Block> blocks;
        List<Related> related = List.of();
        String canonical = text(article, "canonicalUrl", "canonical_url", "canonical", "url", "link");
        if (canonical == null) canonical = text(article.path("mainEntityOfPage"), "@id"); // schema.org's object form
        if (canonical == null) canonical = text(article, "mainEntityOfPage");
        if (!WebLinks.isWeb(canonical)) canonical = null;
        String title = text(article, ArticleObject.TITLE_KEYS.toArray(String[]::new));
        Matcher headline = LEADING_HEADING.matcher(body);
        if (title == null && headline.lookingAt()) {
            // no title field: an editor's blocks saved whole open on the headline
            title = Jsoup.parse(headline.group(2)).text();
            body = body.substring(headline.end());
        }
        if (body.stripLeading().startsWith("<")) {
            Draft html = HtmlReader.readFragment(body, canonical);
            blocks = html.blocks();
            related = html.related();
        } else if (FormatSniffer.hasMarkdownSigns(body)) {
            blocks = MarkdownReader.read(body).blocks(); // a rich-text field saved as Markdown (Strapi's, Ghost's)
        } else {
            blocks = new ArrayList<>();
            for (String p : body.split("\\n\\s*\\n")) {
                String s = Words.squash(p);
                if (!s.isEmpty()) blocks.add(Block.paragraph(s));
            }
        }
        String date = text(article, "publishedAt", "published_at", "datePublished", "date_published", "date",
                "published");
        // What the upload declares is a hint: ArticleAssembler judges the language from the text.
        String language = LanguageDetector.code(text(article, "language", "lang", "inLanguage"));
        return new Draft(Format.JSON, title,
                sectionName(article),
                Bylines.declared(strings(article, "authors", "author", "byline", "primary_author")),
                date == null ? null : Dates.find(date),
                strings(article, "tags", "keywords"), language, blocks, related,
                image(article, canonical, "image", "leadImage", "feature_image", "featureImage", "banner_image"), canonical,
                summary(article));
    }

    /** The section: a name, or an object naming it (Ghost's {@code primary_tag}, a category object). */
    private static String sectionName(JsonNode article) {
        for (String key : new String[] {"section", "category", "articleSection", "primary_tag"}) {
            JsonNode v = article.path(key);
            if (v.isObject() && v.path("name").isTextual()) return v.get("name").asText();
            String name = text(article, key);
            if (name != null) return name;
        }
        return null;
    }

    /**
     * The summary the export states. Ghost fills {@code excerpt} with the text's first words, cut mid-word, when the
     * editor wrote none; the one written is its {@code custom_excerpt}, so an export that has that field uses it
     * alone.
     */
    private static String summary(JsonNode article) {
        if (article.has("custom_excerpt")) return text(article, "custom_excerpt");
        return text(article, "summary", "description", "excerpt", "dek", "standfirst");
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
