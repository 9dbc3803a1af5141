package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.RecipeWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A recipe laid out as a card: the ingredients in one box (a list, a table), the steps in another, the story in a
 * third, side by side under the recipe's container. The ingredients' short lines vote nothing and the steps or the
 * story win alone, so the article lost the ingredients, or the card under the story. A box named for ingredients
 * ("recipe-ingredients", "zutaten") near the winner marks the card: it joins the article, and so does a box named
 * for the steps ("instructions", "directions", "method", "zubereitung") or the cook's tips ("recipe-notes", "tipps")
 * beside it. Nothing else of the card does:
 * ratings, nutrition facts and buttons are named otherwise. The region, which starts and ends at prose, is
 * widened to the parts' lines ({@link #withParts}): an ingredient is a short line, never prose.
 */
final class RecipeCard {

    /** How far above a block's owner its named box may be: a list in a wrapper or two, a table's cells. */
    private static final int MAX_DEPTH_IN_BOX = 6;
    /** How far above the winner the card's container may be: the recipe's columns and accordions. */
    private static final int MAX_LEVELS_TO_CARD = 6;
    /** A class name's parts: split at dashes, underscores and camelCase humps ("recipeIngredients"). */
    private static final Pattern PARTS = Pattern.compile("[-_]+|(?<=[a-z])(?=[A-Z])");
    private static final Set<String> INGREDIENTS = RecipeWords.INGREDIENTS;
    private static final Set<String> STEPS = RecipeWords.STEPS;
    /** The cook's tips and notes under the steps (serving, storing, swaps): the recipe's text, set in a box too. */
    private static final Set<String> TIPS = Set.of("tips", "tip", "tipps", "tipp", "notes", "consejos", "astuces");

    private RecipeCard() {
    }

    /** Adds to {@code roots} the ingredients and steps boxes of the recipe card {@code top} stands in. */
    static void add(Set<Element> roots, Element top, List<HtmlBlock> blocks) {
        List<Element> ingredients = named(roots, blocks, INGREDIENTS);
        Element card = null;
        for (Element box : ingredients) {
            Element common = commonAncestor(box, top);
            if (common != null && (card == null || ArticlePlace.within(card, common))) card = common;
        }
        if (card == null) return;
        List<Element> parts = new ArrayList<>(ingredients);
        parts.addAll(named(roots, blocks, STEPS));
        parts.addAll(named(roots, blocks, TIPS));
        for (Element box : parts) {
            if (ArticlePlace.within(box, card) && !ArticlePlace.overlaps(box, roots)) roots.add(box);
        }
    }

    /**
     * {@code range} widened over the blocks (parallel to {@code verdicts}) in the card's part boxes among
     * {@code roots}, their noise read as short lines: "200 g sugar" is a quantity, not a link list's line.
     */
    static MainRegion.Range withParts(Set<Element> roots, List<HtmlBlock> blocks, List<Verdict> verdicts,
                                      MainRegion.Range range) {
        if (range.isEmpty()) return range;
        List<Element> parts = new ArrayList<>();
        for (Element r : roots) if (isNamed(r, INGREDIENTS) || isNamed(r, STEPS) || isNamed(r, TIPS)) parts.add(r);
        if (parts.isEmpty()) return range;
        int start = range.start();
        int end = range.end();
        for (int i = 0; i < blocks.size(); i++) {
            if (!inPart(blocks.get(i).owner(), parts)) continue;
            if (verdicts.get(i) == Verdict.NOISE) verdicts.set(i, Verdict.SHORT);
            start = Math.min(start, i);
            end = Math.max(end, i + 1);
        }
        return new MainRegion.Range(start, end);
    }

    private static boolean inPart(Element e, List<Element> parts) {
        for (Element p : parts) if (ArticlePlace.within(e, p)) return true;
        return false;
    }

    /** The outermost boxes named by one of {@code words} a few levels above the blocks' owners, outside the roots. */
    private static List<Element> named(Set<Element> roots, List<HtmlBlock> blocks, Set<String> words) {
        List<Element> boxes = new ArrayList<>();
        for (HtmlBlock b : blocks) {
            Element found = null;
            Element e = b.owner();
            for (int up = 0; e != null && up <= MAX_DEPTH_IN_BOX; up++, e = e.parent()) {
                if (roots.contains(e)) {
                    found = null;
                    break;
                }
                if (isNamed(e, words)) found = e;
            }
            if (found != null && !boxes.contains(found)) boxes.add(found);
        }
        return boxes;
    }

    private static boolean isNamed(Element e, Set<String> words) {
        String classes = e.className();
        if (classes.isEmpty() || !mentions(classes.toLowerCase(Locale.ROOT), words)) return false;
        for (String name : e.classNames()) {
            for (String part : PARTS.split(name)) if (words.contains(part.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * Whether one of {@code words} occurs anywhere in {@code classes}: a cheap test before splitting the names into
     * parts, since every block's wrappers are asked and almost none is a recipe's.
     */
    private static boolean mentions(String classes, Set<String> words) {
        for (String word : words) if (classes.contains(word)) return true;
        return false;
    }

    /** The element holding both, if it stands at most {@link #MAX_LEVELS_TO_CARD} levels above {@code top}. */
    private static Element commonAncestor(Element box, Element top) {
        Element a = top.parent();
        for (int level = 1; a != null && level <= MAX_LEVELS_TO_CARD; level++, a = a.parent()) {
            if (a.normalName().equals("body")) return null;
            if (ArticlePlace.within(box, a)) return a;
        }
        return null;
    }
}
