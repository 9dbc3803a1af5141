package dev.newsdesk.article;

import java.util.List;

/**
 * An article's body as HTML a client can insert as it is: built from the blocks with a fixed set of tags ({@code p},
 * {@code h2}, {@code ul}/{@code ol}/{@code li}, {@code blockquote}, {@code table}/{@code thead}/{@code tbody}/
 * {@code tr}/{@code th}/{@code td}, {@code figure}/{@code img}/{@code figcaption},
 * and inside text {@code a}, {@code em}, {@code strong}, {@code code}, {@code br}), every text escaped, every URL
 * passed through {@link WebLinks}. Nothing else is ever written, so nothing executable can be, whatever the file held.
 */
public final class ArticleHtml {

    private ArticleHtml() {
    }

    /** The HTML of {@code blocks}; a text block's {@link Block#markup} is used when it has one. */
    public static String of(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            switch (b.type()) {
                case PARAGRAPH -> inline(b, out.append("<p>")).append("</p>");
                case HEADING -> inline(b, out.append("<h2>")).append("</h2>");
                case QUOTE -> inline(b, out.append("<blockquote><p>")).append("</p></blockquote>");
                case LIST -> {
                    String tag = b.ordered() ? "ol" : "ul";
                    out.append('<').append(tag).append('>');
                    for (String item : inline(b).split("\n")) out.append("<li>").append(item).append("</li>");
                    out.append("</").append(tag).append('>');
                }
                case CODE -> {
                    escapeTo(out.append("<pre><code>"), b.text(), 0, b.text().length());
                    out.append("</code></pre>");
                }
                case TABLE -> table(b, out);
                case IMAGE -> image(b, out);
                case EMBED -> embed(b, out);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A table's cells, its first row in a {@code thead} when it names the columns; a table without cells is text. */
    private static void table(Block b, StringBuilder out) {
        if (b.rows() == null || b.rows().isEmpty()) {
            out.append("<p>").append(inline(b)).append("</p>");
            return;
        }
        out.append("<table>");
        for (int r = 0; r < b.rows().size(); r++) {
            boolean head = r == 0 && b.header();
            if (head) out.append("<thead>");
            if (r == (b.header() ? 1 : 0)) out.append("<tbody>");
            out.append("<tr>");
            for (String cell : b.rows().get(r)) {
                String tag = head ? "th" : "td";
                out.append('<').append(tag).append('>');
                escapeTo(out, cell, 0, cell.length());
                out.append("</").append(tag).append('>');
            }
            out.append("</tr>");
            if (head) out.append("</thead>");
        }
        if (b.rows().size() > (b.header() ? 1 : 0)) out.append("</tbody>");
        out.append("</table>");
    }

    private static void image(Block b, StringBuilder out) {
        String src = WebLinks.absolute(null, b.url());
        if (src == null) return;
        out.append("<figure><img src=\"").append(escape(src)).append("\" alt=\"")
                .append(escape(b.alt() == null ? "" : b.alt())).append("\">");
        if (b.caption() != null || b.credit() != null) {
            out.append("<figcaption>");
            if (b.caption() != null) out.append(escape(b.caption()));
            if (b.caption() != null && b.credit() != null) out.append("<br>");
            if (b.credit() != null) out.append(escape(b.credit()));
            out.append("</figcaption>");
        }
        out.append("</figure>");
    }

    /** An embed is a link to what it shows: no frame or script of another site runs in the client's page. */
    private static void embed(Block b, StringBuilder out) {
        String href = WebLinks.absolute(null, b.url());
        if (href == null) return;
        out.append("<figure><a href=\"").append(escape(href)).append("\">")
                .append(escape(b.provider() == null ? href : EmbedProvider.displayName(b.provider()) + ": " + href)).append("</a></figure>");
    }

    /** A text block's inline HTML: its markup, or its text escaped. */
    private static String inline(Block b) {
        return b.markup() != null ? b.markup() : escape(b.text());
    }

    /** Appends {@link #inline(Block)} to {@code out}, the text escaped straight into it (no copy of each block). */
    private static StringBuilder inline(Block b, StringBuilder out) {
        if (b.markup() != null) return out.append(b.markup());
        escapeTo(out, b.text(), 0, b.text().length());
        return out;
    }

    /** The inline HTML of list blocks as one list's (items separated by a newline); null when none has any. */
    public static String joinItems(List<Block> items) {
        if (items.stream().allMatch(b -> b.markup() == null)) return null;
        StringBuilder out = new StringBuilder();
        for (Block b : items) inline(b, out.isEmpty() ? out : out.append('\n'));
        return out.toString();
    }

    /**
     * Appends {@code text[start, end)} to {@code out}, escaped as {@link #escape} does; returns whether any character
     * needed it.
     */
    public static boolean escapeTo(StringBuilder out, CharSequence text, int start, int end) {
        boolean changed = false;
        int run = start; // the characters since the last escaped one go in with one append
        for (int i = start; i < end; i++) {
            String rep = replacement(text.charAt(i));
            if (rep != null) {
                out.append(text, run, i).append(rep);
                run = i + 1;
                changed = true;
            }
        }
        out.append(text, run, end);
        return changed;
    }

    private static String replacement(char c) {
        if (c > '>') return null; // letters and most punctuation: one compare
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }

    /**
     * Whether {@code html} is {@code text} escaped as {@link #escape} does, told without building the escaped copy
     * (a block's markup is compared with its text for every block the readers make).
     */
    public static boolean isEscaped(String text, String html) {
        int at = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            String rep = replacement(c);
            if (rep == null) {
                if (at >= html.length() || html.charAt(at) != c) return false;
                at++;
            } else {
                if (!html.startsWith(rep, at)) return false;
                at += rep.length();
            }
        }
        return at == html.length();
    }

    /**
     * {@code text} with the characters HTML gives a meaning escaped: safe in an element and in a quoted attribute;
     * {@code text} itself when it has none.
     */
    public static String escape(String text) {
        int first = 0;
        while (first < text.length() && replacement(text.charAt(first)) == null) first++;
        if (first == text.length()) return text; // the common case: nothing to escape, nothing allocated
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        escapeTo(out, text, first, text.length());
        return out.toString();
    }
}
