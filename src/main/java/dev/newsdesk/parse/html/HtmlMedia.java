package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * A picture or player of a page, standing before text block {@code position} of the walk, and its element;
 * {@code afterText} when words of that block come before it (a picture inside a paragraph, after its first words).
 * Its block is read only when asked for: resolving a picture's address is most of reading it, and most of a page's
 * pictures are never the article's.
 */
record HtmlMedia(Reading reading, int position, Element element, boolean afterText) {

    /** The picture or player as a block, or null when it shows neither (no address to publish, a placeholder). */
    Block block() {
        return reading.block();
    }

    HtmlMedia at(int newPosition) {
        return new HtmlMedia(reading, newPosition, element, afterText);
    }

    /** A block read once, when first asked for. Confined to the thread of one parse. */
    static final class Reading {
        private Supplier<Block> reader;
        private Block block;

        Reading(Supplier<Block> reader) {
            this.reader = reader;
        }

        Block block() {
            if (reader != null) {
                block = reader.get();
                reader = null;
            }
            return block;
        }
    }
}
