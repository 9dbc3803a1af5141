package dev.newsdesk.parse.html;

import java.util.Arrays;
import org.jsoup.nodes.Element;

/**
 * A section whose id spells the heading it opens with ("sharing-with-a-single-developer" on a box opening with
 * "Sharing with a single developer"): the anchor a document generator derives from the heading, so a chrome word in
 * it is the heading's word, not a name of chrome.
 */
final class HeadingSections {

    private HeadingSections() {
    }

    /** True when {@code id} is, word for word, the text of the heading {@code e} opens with (two words or more). */
    static boolean spellsOwnHeading(Element e, String id) {
        Element first = e.firstElementChild();
        if (first == null || !BlockWalker.HEADINGS.contains(first.normalName())) return false;
        String[] words = ClassHints.parts(AnchorIds.folded(first.text()).replaceAll("[^\\p{L}\\p{N}]+", " "));
        return words.length >= 2 && Arrays.equals(words, ClassHints.parts(AnchorIds.folded(id)));
    }
}
