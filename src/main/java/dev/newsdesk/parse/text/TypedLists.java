package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list the writer typed between two paragraphs of the article ("1. Eggs", "2. Milk"; "- Eggs", "- Milk"): its
 * items are a word or two, as a menu's links are, so the cleaner would drop them. But a menu stands above the
 * headline or under the article, not between two of its paragraphs, and its copy numbers nothing; the typed
 * bullets, or numbers counting up from one, are the writer's.
 */
final class TypedLists {

    /** Fewer bulleted lines than this are a box's line or two set in the story as often as a list. */
    private static final int MIN_BULLETED = 3;
    /** An item of a list no line announces has at most this many words, its number or bullet included. */
    private static final int MAX_UNANNOUNCED_WORDS = 5;
    /** Two lines numbered 1 and 2 are already a count. */
    private static final int MIN_NUMBERED = 2;
    /** A number and a dot or a bracket opening an item: "1. Eggs", "2) Milk". */
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})[.)]\\s+\\S");

    private TypedLists() {
    }

    /**
     * Marks, in place, as list items the article keeps the lines of each typed list standing right between two
     * paragraphs of {@code range}.
     */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.start() + 1; i < range.end(); i++) {
            if (verdicts.get(i - 1) != Verdict.PROSE) continue;
            // a line ending in a colon announces the list, whose items may be sentences; unannounced, a typed list's
            // items are a few words ("Rice", "Two cups of milk"), where a box of headlines runs longer
            int maxWords = blocks.get(i - 1).text().strip().endsWith(":") ? IntroducedLists.MAX_ITEM_WORDS
                    : MAX_UNANNOUNCED_WORDS;
            if (!isItem(blocks.get(i), verdicts.get(i), maxWords)) continue;
            int to = numbered(blocks, verdicts, range, i, maxWords);
            if (to - i < MIN_NUMBERED) to = bulleted(blocks, verdicts, range, i, maxWords);
            if (to < range.end() && verdicts.get(to) == Verdict.PROSE) DataLists.mark(blocks, verdicts, i, to);
            i = Math.max(i, to - 1);
        }
    }

    /** Where the lines numbered 1, 2, 3… from {@code from} end; {@code from} when none opens with 1. */
    private static int numbered(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range, int from,
                                int maxWords) {
        int to = from;
        while (to < range.end() && isItem(blocks.get(to), verdicts.get(to), maxWords)
                && number(blocks.get(to).text()) == to - from + 1) {
            to++;
        }
        return to - from < MIN_NUMBERED ? from : to;
    }

    /** Where the bulleted lines from {@code from} end; {@code from} when too few. */
    private static int bulleted(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range, int from,
                                int maxWords) {
        int to = from;
        while (to < range.end() && blocks.get(to).kind() == Candidate.Kind.LIST_ITEM
                && isItem(blocks.get(to), verdicts.get(to), maxWords)) {
            to++;
        }
        return to - from < MIN_BULLETED ? from : to;
    }

    /** The number opening {@code text}, or -1. */
    private static int number(String text) {
        Matcher m = NUMBER.matcher(text.strip());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** True when {@code c} is a short line that is no share button, teaser or a box's byline, credit or request. */
    private static boolean isItem(Candidate c, Verdict v, int maxWords) {
        String text = c.text().strip();
        return v == Verdict.SHORT && c.words() <= maxWords && !Boilerplate.isNoise(text)
                && Boilerplate.teaserHeadline(text) == null && !ShareButtons.are(text)
                && !ListsAmidProse.isBoxLine(text);
    }
}
