package dev.newsdesk.parse.html;

import dev.newsdesk.parse.meta.Words;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A content system that builds an article of typed blocks ("block block-body" for the opening paragraphs, "block
 * block-paragraphs" for the rest, set as items: text, pull quotes with a person's name and role, embeds) makes the
 * rest's text items win, and the opening block, beside the rest's block rather than inside it, is lost. The block
 * right before one of the winner's few nearest ancestors, named as that ancestor but for one class of no number (the
 * block's kind; a numbered class names one post of a list), holding all the article's parts and scoring a few
 * sentences of prose, is the article's opening; a box of one line before the rest (a fact, a note) is not.
 */
final class OpeningBlock {

    /** How many ancestors above the winner the rest's block may be (items, item, paragraph, field). */
    private static final int MAX_LEVELS = 5;
    /** The text an opening holds at least: a few sentences, more than a fact box's line. */
    private static final int MIN_OPENING_CHARS = 200;

    private OpeningBlock() {
    }

    /** Adds to {@code roots} the block that opens {@code top}'s article (see the class comment), if any. */
    static void add(Set<Element> roots, Element top, Map<Element, Double> finals, double minScore) {
        Element rest = top.parent();
        for (int level = 1; rest != null && rest.parent() != null && level <= MAX_LEVELS;
                level++, rest = rest.parent()) {
            Element opening = rest.previousElementSibling();
            // The opening stands before all the article found so far.
            if (opening == null || !ArticlePlace.holdsAll(rest, roots)) continue;
            Double score = finals.get(opening);
            if (score != null && score >= minScore && kindApart(opening, rest)
                    && opening.text().length() >= MIN_OPENING_CHARS) {
                roots.add(opening);
                return;
            }
        }
    }

    /** Same tag and class names but one on each side, neither numbered: two kinds of one family of blocks. */
    private static boolean kindApart(Element a, Element b) {
        if (!a.normalName().equals(b.normalName())) return false;
        Set<String> onlyA = new HashSet<>(a.classNames());
        Set<String> onlyB = new HashSet<>(b.classNames());
        if (onlyA.size() < 2 || onlyA.size() != onlyB.size()) return false;
        onlyA.removeAll(b.classNames());
        onlyB.removeAll(a.classNames());
        return onlyA.size() == 1 && onlyB.size() == 1
                && !Words.hasDigit(onlyA.iterator().next()) && !Words.hasDigit(onlyB.iterator().next());
    }
}
