package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Candidate;
import org.jsoup.nodes.Element;

/**
 * A text block of a page and the element that holds it (the innermost block-level element around the text);
 * {@code lines} counts the paragraph-long lines it was written as, between {@code <br>}s (1 for a paragraph).
 */
record HtmlBlock(Candidate candidate, Element owner, int linkChars, int lines) {
}
