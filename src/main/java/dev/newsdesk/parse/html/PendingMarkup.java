package dev.newsdesk.parse.html;

import dev.newsdesk.article.ArticleHtml;
import dev.newsdesk.article.WebLinks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A block's inline HTML not yet written: where its tags, line breaks and links go in its text. Writing it (escaping
 * the text, resolving the links' addresses with {@link WebLinks}) was a good part of the block walk, and only the
 * article's blocks, a small share of a page's, ever publish theirs. {@link #html} writes the text escaped, with each
 * tag and line break and each link whose address is one to publish; a link with none stays as its text, and a block
 * left with no tag and nothing escaped has no markup (its text says it all), as if all had been written as it was read.
 *
 * @param events where each tag goes in the block's text, in the order they were met
 * @param links  the page's links, or null when there are no events
 */
record PendingMarkup(List<Event> events, Links links) {

    /** The markup of a block with no tag: its text, escaped. */
    static final PendingMarkup TEXT = new PendingMarkup(List.of(), null);

    /** What an event writes. */
    enum Kind { START, END, BREAK, LINK_START, LINK_END }

    /**
     * A start or end tag of {@code value} (an element's name), a link's to {@code value} (its address as the page wrote
     * it), or a line break, which stands for the space at {@code at}, placed at {@code at} in the text.
     */
    record Event(int at, Kind kind, String value) {
    }

    /** The inline HTML of the block whose text is {@code text}, or null when it would only repeat its text. */
    String html(String text) {
        StringBuilder out = null;
        int from = 0;
        for (Event e : events) {
            String url = null;
            if (e.kind() == Kind.LINK_START || e.kind() == Kind.LINK_END) {
                url = links.resolve(e.value());
                if (url == null) continue;
            }
            if (out == null) out = new StringBuilder(text.length() + 64);
            ArticleHtml.escapeTo(out, text, from, e.at());
            from = e.at();
            switch (e.kind()) {
                case START -> out.append('<').append(e.value()).append('>');
                case END -> out.append("</").append(e.value()).append('>');
                case BREAK -> {
                    out.append("<br>");
                    from++; // the space the break stands for
                }
                case LINK_START -> {
                    out.append("<a href=\"");
                    ArticleHtml.escapeTo(out, url, 0, url.length());
                    out.append("\">");
                }
                case LINK_END -> out.append("</a>");
            }
        }
        if (out == null) {
            // most such blocks need no escaping: their text is read, not copied into a builder to be dropped
            String escaped = ArticleHtml.escape(text);
            return escaped == text ? null : escaped;
        }
        ArticleHtml.escapeTo(out, text, from, text.length());
        return out.toString();
    }

    /**
     * A page's link targets as {@link WebLinks} resolves them on its base, each resolved once: a third of a page's
     * links repeat one (menus, share bars, a story linked from its picture and its title).
     */
    static final class Links {
        private final String base;
        /** Empty: no URL to publish. */
        private final Map<String, Optional<String>> resolved = new HashMap<>();

        Links(String base) {
            this.base = base;
        }

        /** The absolute address to publish for {@code href}, or null. */
        String resolve(String href) {
            Optional<String> known = resolved.get(href); // get and put: computeIfAbsent would take a new lambda each call
            if (known == null) {
                known = Optional.ofNullable(WebLinks.absolute(base, href));
                resolved.put(href, known);
            }
            return known.orElse(null);
        }
    }
}
