package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.meta.Words;

/**
 * One block of a page that may or may not belong to the article, with the facts the scorer weighs.
 *
 * <p>Not a record, only so that the word count can wait until it is asked for: the verdict, the search for the
 * article, its sorting and the choice of the article element weigh it, but most of a page's blocks (menus,
 * footers, teasers outside the article's element) are dropped before any of them looks, and counting every
 * block's words in the walk was ~2% of a median page.
 */
public final class Candidate {

    private final String text;
    private final Kind kind;
    private final double linkDensity;
    private final boolean marked;
    /** The text's {@link Words#count word count}, or -1 until first asked; then counted once. */
    private int words;

    /**
     * @param text        the block's text, whitespace squashed
     * @param kind        what the markup (or its absence) says the block is
     * @param linkDensity share of the text inside links, 0 when the format has no links
     * @param marked      set off from the flow: indented or bulleted in a text dump, a teaser in markup
     */
    public Candidate(String text, Kind kind, double linkDensity, boolean marked) {
        this(text, kind, linkDensity, marked, -1);
    }

    /** As above, with the text's word count already known ({@code -1}: not known, count it when asked). */
    public Candidate(String text, Kind kind, double linkDensity, boolean marked, int words) {
        this.text = text;
        this.kind = kind;
        this.linkDensity = linkDensity;
        this.marked = marked;
        this.words = words;
    }

    public String text() {
        return text;
    }

    public Kind kind() {
        return kind;
    }

    public double linkDensity() {
        return linkDensity;
    }

    public boolean marked() {
        return marked;
    }

    /** The text's {@link Words#count word count}, counted on the first call. */
    public int words() {
        if (words < 0) words = Words.count(text);
        return words;
    }

    @Override
    public String toString() {
        return "Candidate[text=" + text + ", kind=" + kind + ", linkDensity=" + linkDensity + ", marked=" + marked
                + "]";
    }

    /** What a block is, as far as the source tells. */
    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE }
}
