package dev.newsdesk.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random documents in the shapes editors upload: text dumps, HTML, Markdown with front matter, JSON. */
final class Documents {

    private static final List<String> WORDS = List.of("le", "la", "gouvernement", "annonce", "une", "réforme",
            "the", "city", "council", "approved", "budget", "Mali", "Russie", "Lavrov", "«", "»", "—", "…", "é", "ß",
            "中文", "😀", "Commentaires", "Les plus lus", "Partager", "Lire aussi :", "Read more", "©", "&amp;", "&#0;",
            "<", ">", "\"", "'", "\\", "\t", "\u00a0", "\u200b", "\ufeff", "\r");

    private Documents() {
    }

    /** Anything: any of the four shapes, or just random characters (unpaired surrogates and NULs included). */
    static Arbitrary<String> any() {
        return Arbitraries.oneOf(text(), html(), markdown(), json(), Arbitraries.strings().all().ofMaxLength(2_000));
    }

    static Arbitrary<String> sentence() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
        return word.list().ofMinSize(0).ofMaxSize(40).map(w -> String.join(" ", w));
    }

    static Arbitrary<String> text() {
        return sentence().list().ofMaxSize(20).map(lines -> String.join(
                lines.size() % 3 == 0 ? "\n" : "\n\n", lines));
    }

    static Arbitrary<String> html() {
        Arbitrary<String> tag = Arbitraries.of("div", "p", "h1", "h2", "span", "script", "style", "ul", "li", "a",
                "article", "nav", "footer", "aside", "section", "blockquote", "iframe", "br", "img", "table", "td");
        Arbitrary<String> attribute = Arbitraries.of("", " class=\"content\"", " class=\"comments\"", " id=main",
                " href=\"javascript:alert(1)\"", " onclick=\"x()\"", " style='display:none'", " itemprop=articleBody");
        Arbitrary<String> element = Combinators.combine(tag, attribute, sentence(), Arbitraries.integers().between(0, 3))
                .as((t, a, s, close) -> "<" + t + a + ">" + s + (close == 0 ? "" : "</" + t + ">"));
        Arbitrary<String> nested = element.list().ofMaxSize(25).map(parts -> String.join("", parts));
        Arbitrary<Integer> depth = Arbitraries.integers().between(0, 300);
        return Combinators.combine(nested, depth, sentence(), Arbitraries.of("<!doctype html>", "<html>", ""))
                .as((body, d, title, head) -> head + "<head><title>" + title + "</title><meta charset=\"utf-8\"></head><body>"
                        + "<div>".repeat(d) + body + "</div>".repeat(d / 2) + "</body></html>");
    }

    static Arbitrary<String> markdown() {
        Arbitrary<String> block = Arbitraries.oneOf(sentence(), sentence().map(s -> "# " + s),
                sentence().map(s -> "## " + s), sentence().map(s -> "- " + s + "\n- " + s),
                sentence().map(s -> "> " + s), sentence().map(s -> "```\n" + s + "\n```"),
                sentence().map(s -> "[" + s + "](http://example.com/" + s.length() + ")"));
        Arbitrary<String> frontMatter = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(sentence(), sentence(), Arbitraries.of("2026-11-29", "yesterday", "", "[1, 2"))
                        .as((title, section, date) -> "---\ntitle: " + title + "\nsection: " + section
                                + "\ndate: " + date + "\nauthors: [a, b]\n---\n"));
        return Combinators.combine(frontMatter, block.list().ofMaxSize(15))
                .as((fm, blocks) -> fm + String.join("\n\n", blocks));
    }

    static Arbitrary<String> json() {
        Arbitrary<String> value = Arbitraries.oneOf(sentence().map(Documents::quote), Arbitraries.of("null", "true",
                "1e999", "-0", "[]", "{}", "[\"a\", 1, null]", "{\"text\": \"x\"}"));
        Arbitrary<String> field = Arbitraries.of("title", "headline", "body", "content", "text", "section",
                "category", "authors", "date", "publishedAt", "tags", "x");
        Arbitrary<String> member = Combinators.combine(field, value).as((f, v) -> quote(f) + ": " + v);
        return member.list().ofMaxSize(10).map(members -> "{" + String.join(", ", members) + "}");
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }
}
