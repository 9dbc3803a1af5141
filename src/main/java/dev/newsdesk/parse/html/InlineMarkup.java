package dev.newsdesk.parse.html;

import dev.newsdesk.article.ArticleHtml;
import dev.newsdesk.article.WebLinks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inline HTML of the text block being read, written beside its text: links, emphasis, code and line breaks,
 * and nothing else. Text is escaped as it comes; a tag is written only once text follows it (no empty
 * {@code <em></em>}), and the tags still open when a block ends are closed there and opened again in the next
 * block, so each block's markup stands alone.
 */
final class InlineMarkup {

    private final StringBuilder out = new StringBuilder();
    /** The open tags, innermost last; a null entry is an element that writes nothing (a link with no usable URL). */
    private final List<Open> open = new ArrayList<>();
    /** Parallel to {@link #open}: whether each open element's start tag is in the current block yet. */
    private final List<Boolean> written = new ArrayList<>();
    private boolean hasText;
    /** Nothing written yet but the text itself: the block's markup would only repeat its text. */
    private boolean plain = true;
    private boolean pendingSpace;
    private boolean pendingBreak;

    /** An open element; a link's {@code href} is as the page wrote it, resolved only if the link shows text. */
    private record Open(String name, String href) {
    }

    /** Where the page's relative links resolve ({@link WebLinks}), or null. */
    private final String base;
    /**
     * Each link target of the page as {@link WebLinks} resolves it (empty: no URL to publish), resolved once: a third
     * of a page's links repeat one (menus, share bars, a story linked from its picture and its title).
     */
    private final Map<String, Optional<String>> resolved = new HashMap<>();

    InlineMarkup(String base) {
        this.base = base;
    }

    /** Opens {@code name} ({@code em}, {@code strong}, {@code code}), or a link to {@code href} when name is "a". */
    void open(String name, String href) {
        open.add(new Open(name, href));
        written.add(false);
    }

    /** Closes the innermost open element. */
    void close() {
        int last = open.size() - 1;
        if (last < 0) return;
        Open o = open.remove(last);
        if (written.remove(last) && o != null) out.append("</").append(o.name()).append('>');
    }

    /** Appends {@code s[start, end)}, a run of text with no whitespace. */
    void text(String s, int start, int end) {
        if (hasText) {
            if (pendingBreak) {
                out.append("<br>");
                plain = false;
            } else if (pendingSpace) {
                out.append(' ');
            }
        }
        pendingSpace = false;
        pendingBreak = false;
        for (int i = 0; i < open.size(); i++) {
            if (!written.get(i)) {
                if (startTag(i)) plain = false;
                written.set(i, true);
            }
        }
        if (ArticleHtml.escapeTo(out, s, start, end)) plain = false;
        hasText = true;
    }

    /**
     * Writes {@code o}'s start tag; a link whose address is not one to publish writes none (its text stays), and
     * is then no open element: the entry becomes null, so that nothing closes it.
     */
    private boolean startTag(int i) {
        Open o = open.get(i);
        if (o == null) return false;
        if (!o.name().equals("a")) {
            out.append('<').append(o.name()).append('>');
            return true;
        }
        String url = resolved.computeIfAbsent(o.href(), href -> Optional.ofNullable(WebLinks.absolute(base, href)))
                .orElse(null);
        if (url == null) {
            open.set(i, null);
            return false;
        }
        out.append("<a href=\"");
        ArticleHtml.escapeTo(out, url, 0, url.length());
        out.append("\">");
        return true;
    }

    /** Whitespace between words: one space, written only if more text follows. */
    void space() {
        pendingSpace = true;
    }

    /** A {@code <br>} inside the block, written only if more text follows. */
    void lineBreak() {
        pendingBreak = true;
    }

    /**
     * The block's markup, its open tags closed (they open again before the next block's text), or null when it would
     * only repeat the text; resets.
     */
    String take() {
        if (plain) {
            reset();
            return null;
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            if (written.get(i)) {
                Open o = open.get(i);
                if (o != null) out.append("</").append(o.name()).append('>');
                written.set(i, false);
            }
        }
        String markup = out.toString();
        reset();
        return markup;
    }

    /** Forgets the block's text (the open elements stay open). */
    void reset() {
        out.setLength(0);
        for (int i = 0; i < written.size(); i++) written.set(i, false);
        hasText = false;
        plain = true;
        pendingSpace = false;
        pendingBreak = false;
    }
}
