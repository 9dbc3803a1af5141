package dev.newsdesk.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** What the tests hold an article's {@code html} to: the allow-list, checked by jsoup's own cleaner. */
final class RenderedHtml {

    /** The tags and attributes an article's HTML may hold (and h1, the title of its Markdown form); URLs only http, https (and mailto in links). */
    static final Safelist ALLOWED = Safelist.none()
            .addTags("p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "figure", "img", "figcaption", "a", "em",
                    "strong", "code", "pre", "br", "h1", "table", "thead", "tbody", "tr", "th", "td")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https");

    private RenderedHtml() {
    }

    /** Whether {@code html} is within {@link #ALLOWED}: jsoup's cleaner would remove nothing from it. */
    static boolean isSafe(String html) {
        return Jsoup.isValid(html, ALLOWED);
    }

    /**
     * The words of {@code html} outside its figures (pictures and embeds are not body text), in order; a table's
     * cells as its text block writes them, between " | ".
     */
    static List<String> textWords(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("figure").remove();
        for (var cell : doc.select("tr > :not(:first-child)")) cell.prependText(" | ");
        return words(doc.body().text());
    }

    /** {@code markdown} as a CommonMark renderer shows it (raw HTML passed through, as renderers do by default). */
    static String fromMarkdown(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    }

    /** Calls {@code check} with the path and value of every text field of {@code json} but {@code html}. */
    static void eachTextField(JsonNode json, String path, BiConsumer<String, String> check) {
        if (json.isObject()) {
            json.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("html")) eachTextField(e.getValue(), path + "." + e.getKey(), check);
            });
        } else if (json.isArray()) {
            for (JsonNode n : json) eachTextField(n, path + "[]", check);
        } else if (json.isTextual()) {
            check.accept(path, json.asText());
        }
    }

    static List<String> words(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }
}
