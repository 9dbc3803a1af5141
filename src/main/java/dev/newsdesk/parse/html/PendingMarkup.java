package dev.newsdesk.parse.html;

import dev.newsdesk.article.ArticleHtml;
import dev.newsdesk.article.WebLinks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A block's inline HTML with its links' addresses not yet resolved: resolving an address ({@link WebLinks}) was a
 * good part of the block walk, and only the article's blocks, a small share of a page's, ever publish theirs.
 * {@link #html()} writes each link whose address is one to publish; a link with none stays as its text, and a block
 * left with no tag at all has no markup (its text says it all), as if the address had been judged as it was read.
 *
 * @param text   the markup without its links' start and end tags
 * @param events where each link's tags go in {@code text}, in the order they were met
 * @param plain  whether {@code text} holds no tag and nothing escaped
 */
record PendingMarkup(String text, List<Event> events, boolean plain, Links links) {

    /** The start ({@code start}) or the end of a link to {@code href}, at {@code at} in the text. */
    record Event(int at, String href, boolean start) {
    }

    /** The block's inline HTML, or null when it would only repeat its text. */
    String html() {
        StringBuilder out = null;
        int from = 0;
        for (Event e : events) {
            String url = links.resolve(e.href());
            if (url == null) continue;
            if (out == null) out = new StringBuilder(text.length() + 64);
            out.append(text, from, e.at());
            from = e.at();
            if (e.start()) {
                out.append("<a href=\"");
                ArticleHtml.escapeTo(out, url, 0, url.length());
                out.append("\">");
            } else {
                out.append("</a>");
            }
        }
        if (out == null) return plain ? null : text;
        return out.append(text, from, text.length()).toString();
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
            return resolved.computeIfAbsent(href, h -> Optional.ofNullable(WebLinks.absolute(base, h))).orElse(null);
        }
    }
}
