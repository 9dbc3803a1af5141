package dev.newsdesk.parse.extract;

/**
 * One block of a page that may or may not belong to the article, with the facts the scorer weighs.
 *
 * @param text        the block's text, whitespace squashed
 * @param kind        what the markup (or its absence) says the block is
 * @param linkDensity share of the text inside links, 0 when the format has no links
 * @param marked      set off from the flow: indented or bulleted in a text dump, a teaser in markup
 */
public record Candidate(String text, Kind kind, double linkDensity, boolean marked) {

    /** What a block is, as far as the source tells. */
    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE }
}
