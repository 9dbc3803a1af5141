package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import org.jsoup.nodes.Element;

/**
 * A picture or player of a page as a block, standing before text block {@code position} of the walk, and its element;
 * {@code afterText} when words of that block come before it (a picture inside a paragraph, after its first words).
 */
record HtmlMedia(Block block, int position, Element element, boolean afterText) {

    HtmlMedia at(int newPosition) {
        return new HtmlMedia(block, newPosition, element, afterText);
    }
}
