package dev.newsdesk.parse.html;

import dev.newsdesk.article.ArticleHtml;
import java.util.ArrayList;
import java.util.List;

/**
 * The inline HTML of the text block being read, written beside its text: links, emphasis, code and line breaks,
 * and nothing else. Text is escaped as it comes; a tag is written only once text follows it (no empty
 * {@code <em></em>}), and the tags still open when a block ends are closed there and opened again in the next
 * block, so each block's markup stands alone. Links are placed, not yet written: {@link PendingMarkup} writes those
 * whose address is one to publish.
 */
final class InlineMarkup {

    private final StringBuilder out = new StringBuilder();
    /** The open tags, innermost last. */
    private final List<Open> open = new ArrayList<>();
    /**
     * How many of {@link #open}, outermost first, have their start tag in the current block: always a prefix, as text
     * writes every open tag and only the innermost ones open or close between texts.
     */
    private int written;
    /** Where the current block's links start and end, in order. */
    private final List<PendingMarkup.Event> events = new ArrayList<>();
    private boolean hasText;
    /** Nothing written yet but the text itself (links aside): the block's markup would only repeat its text. */
    private boolean plain = true;
    private boolean pendingSpace;
    private boolean pendingBreak;

    /** An open element; a link's {@code href} is as the page wrote it, resolved only if its block is the article's. */
    private record Open(String name, String href) {
    }

    /** The page's links, resolved on its base when a block's markup is asked for. */
    private final PendingMarkup.Links links;

    InlineMarkup(String base) {
        this.links = new PendingMarkup.Links(base);
    }

    /** Opens {@code name} ({@code em}, {@code strong}, {@code code}), or a link to {@code href} when name is "a". */
    void open(String name, String href) {
        open.add(new Open(name, href));
    }

    /** Closes the innermost open element. */
    void close() {
        int last = open.size() - 1;
        if (last < 0) return;
        Open o = open.remove(last);
        if (last < written) {
            end(o);
            written = last;
        }
    }

    /** Writes {@code o}'s end tag, or places it for a link. */
    private void end(Open o) {
        if (o.name().equals("a")) events.add(new PendingMarkup.Event(out.length(), o.href(), false));
        else out.append("</").append(o.name()).append('>');
    }

    /** Appends {@code s[start, end)}, a run of words with no whitespace but single spaces between them. */
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
        for (int i = written; i < open.size(); i++) {
            if (startTag(i)) plain = false;
        }
        written = open.size();
        if (ArticleHtml.escapeTo(out, s, start, end)) plain = false;
        hasText = true;
    }

    /** Writes {@code o}'s start tag, or places it for a link; true when it wrote one. */
    private boolean startTag(int i) {
        Open o = open.get(i);
        if (o.name().equals("a")) {
            events.add(new PendingMarkup.Event(out.length(), o.href(), true));
            return false;
        }
        out.append('<').append(o.name()).append('>');
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
     * only repeat the text whatever its links' addresses; resets.
     */
    PendingMarkup take() {
        if (plain && events.isEmpty()) {
            reset();
            return null;
        }
        for (int i = written - 1; i >= 0; i--) end(open.get(i));
        written = 0;
        PendingMarkup markup = new PendingMarkup(out.toString(), List.copyOf(events), plain, links);
        reset();
        return markup;
    }

    /** Forgets the block's text (the open elements stay open). */
    void reset() {
        out.setLength(0);
        events.clear();
        written = 0;
        hasText = false;
        plain = true;
        pendingSpace = false;
        pendingBreak = false;
    }
}
