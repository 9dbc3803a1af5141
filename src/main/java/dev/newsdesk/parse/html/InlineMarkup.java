package dev.newsdesk.parse.html;

import java.util.ArrayList;
import java.util.List;

/**
 * The inline HTML of the text block being read, placed in its text as the text is read: links, emphasis, code and
 * line breaks, and nothing else. Nothing is written yet ({@link PendingMarkup} writes the article's blocks' markup
 * from their text): a tag is placed only once text follows it (no empty {@code <em></em>}), and the tags still
 * open when a block ends are closed there and opened again in the next block, so each block's markup stands alone.
 * <p>
 * The block's text is the walk's: runs of words one space apart, with one space between runs, which a line break
 * stands for in the markup.
 */
final class InlineMarkup {

    /** The open tags, innermost last. */
    private final List<Open> open = new ArrayList<>();
    /**
     * How many of {@link #open}, outermost first, have their start tag in the current block: always a prefix, as text
     * places every open tag and only the innermost ones open or close between texts.
     */
    private int written;
    /** Where the current block's tags start and end, in order. */
    private final List<PendingMarkup.Event> events = new ArrayList<>();
    /** How long the current block's text is so far: where a tag placed now goes. */
    private int length;
    private boolean hasText;
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

    /** Places {@code o}'s end tag. */
    private void end(Open o) {
        boolean link = o.name().equals("a");
        events.add(new PendingMarkup.Event(length, link ? PendingMarkup.Kind.LINK_END : PendingMarkup.Kind.END,
                link ? o.href() : o.name()));
    }

    /** Places {@code o}'s start tag. */
    private void start(Open o) {
        boolean link = o.name().equals("a");
        events.add(new PendingMarkup.Event(length, link ? PendingMarkup.Kind.LINK_START : PendingMarkup.Kind.START,
                link ? o.href() : o.name()));
    }

    /** A run of {@code chars} characters of text: words with no whitespace but single spaces between them. */
    void text(int chars) {
        if (hasText) {
            if (pendingBreak) events.add(new PendingMarkup.Event(length, PendingMarkup.Kind.BREAK, null));
            if (pendingBreak || pendingSpace) length++; // the space between the runs
        }
        pendingSpace = false;
        pendingBreak = false;
        for (int i = written; i < open.size(); i++) start(open.get(i));
        written = open.size();
        length += chars;
        hasText = true;
    }

    /** Whitespace between words: one space, placed only if more text follows. */
    void space() {
        pendingSpace = true;
    }

    /** A {@code <br>} inside the block, placed only if more text follows. */
    void lineBreak() {
        pendingBreak = true;
    }

    /** The block's markup, its open tags closed (they open again before the next block's text); resets. */
    PendingMarkup take() {
        if (events.isEmpty()) {
            reset();
            return PendingMarkup.TEXT;
        }
        for (int i = written - 1; i >= 0; i--) end(open.get(i));
        PendingMarkup markup = new PendingMarkup(List.copyOf(events), links);
        reset();
        return markup;
    }

    /** Forgets the block's text (the open elements stay open). */
    void reset() {
        events.clear();
        written = 0;
        length = 0;
        hasText = false;
        pendingSpace = false;
        pendingBreak = false;
    }
}
