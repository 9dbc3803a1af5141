package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.RecipeWords;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A recipe's card in a dump: an "Ingredients" heading, short quantity lines ("200 g sugar", or "200 g" over
 * "sugar"), then a steps heading ("Method", "Zubereitung") over the steps the article's run holds. The quantities
 * are short lines between prose, which the region drops as a menu's; the two headings vouch for them. A nutrition
 * list set between them ("Nutrition per serving", "kcal") is the card's data, not the recipe's, and stays out, as
 * do the card's ratings and buttons above its ingredients heading. A card set right under a run that holds none of
 * its steps joins it, steps included.
 */
final class RecipeParts {

    /** Longer than this, a line is no part's heading ("Ingredients for 4 people" is one). */
    private static final int MAX_HEADING_WORDS = 4;
    /** Longer than this, a line between the headings is prose, and the two are no recipe's. */
    private static final int MAX_ITEM_WORDS = 20;
    /** More lines than this between the headings are no ingredient list. */
    private static final int MAX_ITEMS = 60;
    /** How far under the steps heading its first paragraph may be: a time, a step's number and name. */
    private static final int MAX_LINES_TO_STEPS = 8;
    /** How far under the run a recipe's card may set its ingredients heading: the card's title, servings, times. */
    private static final int MAX_CARD_LINES = 20;
    /** A nutrition list's heading or line: the ingredients end there. */
    private static final Pattern NUTRITION = Pattern.compile(
            "(?iu).*(?:nutri|nährwert|näring|odżywcz|\\bkcal\\b|\\bcalories\\b|kalorien).*");
    /** A nutrition list's amount or share of the daily need, alone on its line: "12 g", "61,4 µg", "(21 %)". */
    private static final Pattern NUTRIENT_AMOUNT = Pattern.compile(
            "(?iu)\\(?\\d+(?:[.,]\\d+)?\\s*(?:g|mg|µg|μg|kcal|kj|%)\\)?");
    private static final Pattern WORD_END = Pattern.compile("[\\s:]+");

    private RecipeParts() {
    }

    /**
     * {@code range} widened up to the ingredients heading of each recipe whose steps it holds; the ingredients marked,
     * in place, as list items the article keeps and the two headings as its headings.
     */
    static MainRegion.Range take(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        if (range.isEmpty()) return range;
        int start = range.start();
        boolean found = false;
        for (int i = Math.max(0, range.start() - MAX_ITEMS - MAX_LINES_TO_STEPS); i < range.end(); i++) {
            if (!isHeading(blocks.get(i), verdicts.get(i), RecipeWords.INGREDIENTS)) continue;
            int steps = stepsHeading(blocks, verdicts, i);
            if (steps < 0 || !stepsInRange(verdicts, steps, range)) continue;
            markCard(blocks, verdicts, i, steps);
            start = Math.min(start, i);
            found = true;
            i = steps;
        }
        int end = found ? withTips(blocks, verdicts, range.end()) : cardBelow(blocks, verdicts, range.end());
        return start == range.start() && end == range.end() ? range : new MainRegion.Range(start, end);
    }

    /**
     * Where the steps of a recipe's card set right under the run end, the card marked; else {@code end}. A blog's
     * story runs above its card, and the card's furniture (servings, times) and ingredients cost the steps more
     * than they bring: its ingredients heading stands a few short lines under the run, its steps heading under the
     * ingredients, and the steps are prose or short sentences ("Stir to mix well."). A nutrition list set between
     * the run and the card (a nutrient, its amount, its share of the daily need: a hundred lines) is stepped over.
     */
    private static int cardBelow(List<Candidate> blocks, List<Verdict> verdicts, int end) {
        int reach = end + MAX_CARD_LINES;
        for (int i = end; i < blocks.size() && i < reach; i++) {
            if (isNutrition(blocks.get(i).text())) reach = Math.max(reach, i + MAX_CARD_LINES);
            if (verdicts.get(i) == Verdict.PROSE || verdicts.get(i) == Verdict.END) return end;
            if (!isHeading(blocks.get(i), verdicts.get(i), RecipeWords.INGREDIENTS)) continue;
            int steps = stepsHeading(blocks, verdicts, i);
            if (steps < 0) return end;
            int last = steps + 1;
            while (last < blocks.size() && (verdicts.get(last) == Verdict.PROSE
                    || verdicts.get(last) == Verdict.SHORT && BlockScorer.endsLikeSentence(blocks.get(last).text()))) {
                verdicts.set(last, Verdict.PROSE);
                last++;
            }
            if (last == steps + 1) return end;
            markCard(blocks, verdicts, i, steps);
            return last;
        }
        return end;
    }

    /** True when {@code text} is a nutrition list's heading or line, or an amount of one alone on its line. */
    private static boolean isNutrition(String text) {
        return NUTRITION.matcher(text).matches() || NUTRIENT_AMOUNT.matcher(text.strip()).matches();
    }

    /** The card's two headings at {@code at} and {@code steps} marked as headings, its ingredients as list items. */
    private static void markCard(List<Candidate> blocks, List<Verdict> verdicts, int at, int steps) {
        markHeading(blocks, verdicts, at);
        for (int j = at + 1; j < steps; j++) {
            Candidate c = blocks.get(j);
            if (NUTRITION.matcher(c.text()).matches()) break;
            if (verdicts.get(j) != Verdict.SHORT || c.text().isBlank() || mentions(c.text())) continue;
            blocks.set(j, c.as(Candidate.Kind.LIST_ITEM));
            verdicts.set(j, Verdict.PROSE);
        }
        markHeading(blocks, verdicts, steps);
    }

    /**
     * Where a recipe's closing section under the run's end ("Serving tips" over its paragraphs) ends, its heading
     * marked; else {@code end}. The run stops at the card's last list (its nutrition facts), the section follows it.
     */
    private static int withTips(List<Candidate> blocks, List<Verdict> verdicts, int end) {
        if (end + 1 >= blocks.size() || verdicts.get(end) != Verdict.SHORT
                || blocks.get(end).words() > MAX_HEADING_WORDS || verdicts.get(end + 1) != Verdict.PROSE) {
            return end;
        }
        int last = end + 1;
        while (last < blocks.size() && verdicts.get(last) == Verdict.PROSE) last++;
        markHeading(blocks, verdicts, end);
        return last;
    }

    /** The steps heading under the ingredients heading at {@code at}, only short lines between them; else -1. */
    private static int stepsHeading(List<Candidate> blocks, List<Verdict> verdicts, int at) {
        for (int j = at + 1; j < blocks.size() && j <= at + MAX_ITEMS + 1; j++) {
            if (isHeading(blocks.get(j), verdicts.get(j), RecipeWords.STEPS)) return j;
            if (verdicts.get(j) == Verdict.PROSE || verdicts.get(j) == Verdict.END
                    || blocks.get(j).words() > MAX_ITEM_WORDS) {
                return -1;
            }
        }
        return -1;
    }

    /** True when the first paragraph under the steps heading at {@code at} is in the article's run. */
    private static boolean stepsInRange(List<Verdict> verdicts, int at, MainRegion.Range range) {
        for (int j = at + 1; j < verdicts.size() && j <= at + MAX_LINES_TO_STEPS; j++) {
            if (verdicts.get(j) == Verdict.PROSE) return j >= range.start() && j < range.end();
        }
        return false;
    }

    private static boolean isHeading(Candidate c, Verdict v, Set<String> words) {
        if (v == Verdict.END || c.words() > MAX_HEADING_WORDS) return false;
        String[] parts = WORD_END.split(c.text().strip().toLowerCase(Locale.ROOT));
        return parts.length > 0 && words.contains(parts[0]);
    }

    /** True when a line between the headings names the ingredients again: a repeated heading, a list's button. */
    private static boolean mentions(String text) {
        for (String w : WORD_END.split(text.strip().toLowerCase(Locale.ROOT))) {
            if (RecipeWords.INGREDIENTS.contains(w)) return true;
        }
        return false;
    }

    private static void markHeading(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        Candidate c = blocks.get(i);
        blocks.set(i, c.as(Candidate.Kind.HEADING));
        verdicts.set(i, Verdict.PROSE);
    }
}
