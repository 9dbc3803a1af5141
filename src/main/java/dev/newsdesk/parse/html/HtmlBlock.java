package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Candidate;
import org.jsoup.nodes.Element;

/**
 * A text block of a page and the element that holds it (the innermost block-level element around the text);
 * {@code lines} counts the paragraph-long lines it was written as, between {@code <br>}s (1 for a paragraph).
 * The candidate's inline HTML waits in {@code markup} until the block is taken for the article's. A code sample's
 * lines as typed are its {@code code} (null for every other block), its candidate their words as one paragraph.
 */
record HtmlBlock(Candidate candidate, PendingMarkup markup, Element owner, int linkChars, int lines, String code) {

    /** The candidate with its inline HTML, its links' addresses resolved. */
    Candidate withMarkup() {
        Candidate c = candidate;
        String html = markup.html(c.text());
        if (html == null) return c;
        return new Candidate(c.text(), c.kind(), c.linkDensity(), c.marked(), c.words(), html, c.ordered());
    }
}
