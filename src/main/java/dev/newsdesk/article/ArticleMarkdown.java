package dev.newsdesk.article;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * An article as CommonMark: its title as a level-one heading, then its {@code html} (the one rich form of the body)
 * written back in Markdown's syntax. Text is escaped wherever Markdown would read it as syntax, so a text never
 * turns into a link, an emphasis or a heading it was not.
 */
public final class ArticleMarkdown {

    private ArticleMarkdown() {
    }

    /** The article as a Markdown document, ending in one newline. */
    public static String of(Article article) {
        ArticleContent c = article.content();
        StringBuilder out = new StringBuilder("# ").append(escape(c.title(), true)).append("\n\n");
        String html = c.html() != null ? c.html() : ArticleHtml.of(c.blocks() == null ? List.of() : c.blocks());
        for (Element e : Parser.parseBodyFragment(html, "").body().children()) block(e, out);
        return out.toString().stripTrailing() + "\n";
    }

    private static void block(Element e, StringBuilder out) {
        switch (e.normalName()) {
            case "h2", "h3", "h4" -> out.append("#".repeat(e.normalName().charAt(1) - '0')).append(' ')
                    .append(inline(e)).append("\n\n");
            case "ul", "ol" -> {
                int n = 0;
                for (Element li : e.children()) {
                    out.append(e.normalName().equals("ol") ? ++n + ". " : "- ").append(inline(li)).append('\n');
                }
                out.append('\n');
            }
            case "blockquote" -> {
                for (Element p : e.children()) out.append("> ").append(inline(p)).append("\n>\n");
                out.setLength(out.length() - 2);
                out.append('\n');
            }
            case "pre" -> {
                String code = e.wholeText();
                String fence = "`".repeat(Math.max(3, longestBacktickRun(code) + 1));
                out.append(fence).append('\n').append(code).append('\n').append(fence).append("\n\n");
            }
            case "figure" -> figure(e, out);
            case "table" -> table(e, out);
            default -> out.append(inline(e)).append("\n\n");
        }
    }

    /**
     * A GitHub-style pipe table. It needs a row of column names: a table that names none gets an empty one, so that
     * its first row of data is not shown as one.
     */
    private static void table(Element table, StringBuilder out) {
        List<Element> rows = table.select("tr");
        if (rows.isEmpty()) return;
        int columns = 0;
        for (Element row : rows) columns = Math.max(columns, row.childrenSize());
        boolean named = table.selectFirst("thead") != null;
        if (!named) row(List.of(), columns, out);
        for (int r = 0; r < rows.size(); r++) {
            if (r == 0 && !named) out.append("|---".repeat(columns)).append("|\n");
            row(rows.get(r).children(), columns, out);
            if (r == 0 && named) out.append("|---".repeat(columns)).append("|\n");
        }
        out.append('\n');
    }

    /** One row of a pipe table, {@code columns} wide; a pipe inside a cell is escaped. */
    private static void row(List<Element> cells, int columns, StringBuilder out) {
        for (int c = 0; c < columns; c++) {
            out.append("| ").append(c < cells.size() ? inline(cells.get(c)).replace("|", "\\|") : "").append(' ');
        }
        out.append("|\n");
    }

    private static void figure(Element figure, StringBuilder out) {
        Element img = figure.selectFirst("img");
        if (img != null) {
            out.append("![").append(escape(img.attr("alt"), false)).append("](").append(target(img.attr("src")))
                    .append(")\n");
        } else {
            out.append(inline(figure)).append('\n');
        }
        Element caption = figure.selectFirst("figcaption");
        if (caption != null) out.append('*').append(inline(caption)).append("*\n");
        out.append('\n');
    }

    /** The inline content of {@code e}: text escaped, links, emphasis, code and line breaks in Markdown syntax. */
    private static String inline(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node n : e.childNodes()) inline(n, out);
        return out.toString().strip();
    }

    private static void inline(Node n, StringBuilder out) {
        if (n instanceof TextNode t) {
            out.append(escape(t.text(), out.isEmpty() || out.charAt(out.length() - 1) == '\n'));
            return;
        }
        if (!(n instanceof Element e)) return;
        switch (e.normalName()) {
            case "a" -> out.append('[').append(inline(e)).append("](").append(target(e.attr("href"))).append(')');
            case "em" -> out.append('*').append(inline(e)).append('*');
            case "strong" -> out.append("**").append(inline(e)).append("**");
            case "code" -> code(e.text(), out);
            case "br" -> out.append("\\\n");
            default -> {
                for (Node child : e.childNodes()) inline(child, out);
            }
        }
    }

    /** A code span: fenced by one more backtick than the longest run inside it. */
    private static void code(String code, StringBuilder out) {
        String fence = "`".repeat(longestBacktickRun(code) + 1);
        String pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
        out.append(fence).append(pad).append(code).append(pad).append(fence);
    }

    /** The longest run of backticks in {@code code}: a fence around it must be longer. */
    private static int longestBacktickRun(String code) {
        int longest = 0;
        for (int i = 0, run = 0; i < code.length(); i++) {
            run = code.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** A link target; in angle brackets when it holds parentheses, which would end a bare one. */
    private static String target(String url) {
        return url.indexOf('(') >= 0 || url.indexOf(')') >= 0 ? "<" + url + ">" : url;
    }

    /**
     * {@code text} with a backslash before what Markdown would read as syntax: emphasis, code, link and HTML
     * characters anywhere, and, at the start of a line, what would open a heading, a list or a quote.
     */
    static String escape(String text, boolean lineStart) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean atStart = i == 0 && lineStart;
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '&' -> out.append('\\');
                case '#', '-', '+', '=' -> {
                    if (atStart) out.append('\\');
                }
                default -> {
                    if (atStart && Character.isDigit(c)) {
                        int j = i;
                        while (j < text.length() && Character.isDigit(text.charAt(j))) j++;
                        if (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                            out.append(text, i, j).append('\\');
                            i = j - 1;
                            continue;
                        }
                    }
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
