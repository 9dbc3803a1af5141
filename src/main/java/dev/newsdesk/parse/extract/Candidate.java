package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.meta.Words;

/**
 * One block of a page that may or may not belong to the article, with the facts the scorer weighs.
 *
 * @param text        the block's text, whitespace squashed
 * @param kind        what the markup (or its absence) says the block is
 * @param linkDensity share of the text inside links, 0 when the format has no links
 * @param marked      set off from the flow: indented or bulleted in a text dump, a teaser in markup
 * @param words       the text's {@link Words#count word count}, counted once here: the verdict, the search for
 *                    the article, its sorting and the choice of the article element all weigh it
 * @param markup      the block's inline HTML (links, emphasis), safe to publish; null when the format has none
 * @param ordered     a list item of a numbered list (an HTML {@code <ol>}'s); false for everything else
 */
public record Candidate(String text, Kind kind, double linkDensity, boolean marked, int words, String markup,
                        boolean ordered) {

    /** Above this share of link text a block reads as links (a menu, a list of other stories), not as prose. */
    public static final double MOSTLY_LINKED = 0.5;

    public Candidate(String text, Kind kind, double linkDensity, boolean marked, int words, String markup) {
        this(text, kind, linkDensity, marked, words, markup, false);
    }

    public Candidate(String text, Kind kind, double linkDensity, boolean marked) {
        this(text, kind, linkDensity, marked, Words.count(text), null);
    }

    /** True when most of the block's text is link text: {@link BlockScorer} takes it for chrome. */
    public boolean isMostlyLinks() {
        return linkDensity > MOSTLY_LINKED;
    }

    /** The same block read as another kind: a line a rule finds to be a heading, or a list's item. */
    public Candidate as(Kind other) {
        return new Candidate(text, other, linkDensity, marked, words, markup, ordered);
    }

    /** What a block is, as far as the source tells. */
    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE }
}
