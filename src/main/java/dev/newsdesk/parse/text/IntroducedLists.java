package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.RegionCleaner;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The short lines under a line of the article that ends with a colon ("The plan has five points:", "Ingredients:")
 * are the items of the list it announces, though a dump shows no bullets: without a stop of their own they would
 * pass for a menu and go, and a list that closes the article would be left out of it. Under the article's last
 * paragraph a line of a few words announces one too ("Das brauchen Sie:"), when it heads no known box and what it
 * announces is a few short lines rather than a box of links or headlines; a link of a few words may sit between
 * the two ("Hier geht's zur Veranstaltung").
 */
final class IntroducedLists {

    /** Longer than this, a line is a paragraph of its own, not an item. */
    static final int MAX_ITEM_WORDS = 20;
    /** A list longer than this is a link list or a spec table, not what a sentence announces. */
    private static final int MAX_ITEMS = 30;
    /**
     * Fewer words than this, a line with a colon is a box's heading ("More on this topic:", "Read also:"), not a
     * sentence announcing a list.
     */
    private static final int MIN_INTRO_WORDS = 8;
    /**
     * Fewer words than this, even a line closing the run is a label ("Tags:", "Share:"); from this on, one that is no
     * box's heading announces what follows ("Das brauchen Sie:", "You will need:").
     */
    private static final int MIN_CLOSING_INTRO_WORDS = 3;
    /**
     * A word that points the reader on to more reading ("You could also like these:", "Mehr Informationen finden Sie
     * unter:"): a brief line holding one heads other stories or links, not the story's own list.
     */
    private static final Pattern POINTS_ON = Pattern.compile("(?<!\\p{L})(also|more|read|reading|auch|mehr|weitere"
            + "|lesen|aussi|lire|también|más|leer|anche|leggi)(?!\\p{L})");
    /** At most this many items, of at most so many words each, under a brief closing line ({@link #fewShortItems}). */
    private static final int MAX_BRIEF_ITEMS = 12;
    private static final int MAX_BRIEF_ITEM_WORDS = 12;
    /** At most this many words in the aside a brief closing line may sit under ({@link #isAside}). */
    private static final int MAX_ASIDE_WORDS = 8;
    /** Fewer items than this make no list: one short line under a colon is as often a caption or a button. */
    private static final int MIN_ITEMS = 2;

    private IntroducedLists() {
    }

    /**
     * Marks, in place, the items of each list announced in {@code range} as list items (and the line announcing it as
     * prose), and returns {@code range} taken on over a list announced by its last block or by the line just under it.
     */
    static MainRegion.Range mark(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        int end = range.end();
        int last = lastIntro(blocks, verdicts, end);
        for (int i = range.start(); i <= last; i++) {
            Verdict v = verdicts.get(i);
            Candidate intro = blocks.get(i);
            boolean brief = intro.words() < MIN_INTRO_WORDS;
            // A sentence announces a list within the run or right under it; a brief line only at its end.
            if (v == Verdict.NOISE || v == Verdict.END || !intro.text().stripTrailing().endsWith(":")
                    || (brief ? i < end - 1 || !announces(intro) : i > end)) {
                continue;
            }
            int after = itemsEnd(blocks, verdicts, i + 1);
            if (after - (i + 1) < MIN_ITEMS || brief && !fewShortItems(blocks, i + 1, after)) continue;
            verdicts.set(i, Verdict.PROSE);
            for (int j = i + 1; j < after; j++) {
                Candidate c = blocks.get(j);
                blocks.set(j, c.as(Candidate.Kind.LIST_ITEM));
            }
            if (i >= end - 1) {
                end = after;
                last = lastIntro(blocks, verdicts, end);
            }
            i = after - 1;
        }
        return end == range.end() ? range : new MainRegion.Range(range.start(), end);
    }

    /** The last block that may announce a list when the run ends (exclusive) at {@code end}. */
    private static int lastIntro(List<Candidate> blocks, List<Verdict> verdicts, int end) {
        int last = end < blocks.size() && isAside(blocks.get(end), verdicts.get(end)) ? end + 1 : end;
        return Math.min(last, blocks.size() - 1);
    }

    /**
     * True when {@code c}, the line just under the run, is an aside of a few words with no stop ("Hier geht's zur
     * Veranstaltung"), a link set between the last paragraph and the line announcing the closing list. A line with a
     * credit ("© dpa") ends the story: what comes under it is the site's.
     */
    private static boolean isAside(Candidate c, Verdict v) {
        String text = c.text().stripTrailing();
        return v == Verdict.SHORT && c.kind() == Candidate.Kind.PARAGRAPH && c.words() <= MAX_ASIDE_WORDS
                && !text.isEmpty() && Character.isLetterOrDigit(text.charAt(text.length() - 1))
                && !text.contains("©");
    }

    /**
     * True when {@code intro}, a short line ending with a colon under the run's last paragraph, announces a list of
     * the story's: a few words in sentence case, heading no box of other stories, comments or the site's links and
     * pointing the reader nowhere else.
     */
    private static boolean announces(Candidate intro) {
        String text = intro.text();
        String key = Boilerplate.key(text);
        return intro.words() >= MIN_CLOSING_INTRO_WORDS && !RegionCleaner.titleCase(text)
                && !Boilerplate.headsWidget(key) && !Boilerplate.endsArticle(text, key)
                && !Boilerplate.headsSidebar(text) && !Boilerplate.isNoise(text) && !CallsToAction.asks(text)
                && !POINTS_ON.matcher(key).find();
    }

    /**
     * True when the items from {@code from} to {@code to} are few and short, as a brief line announces: under it, a
     * long run or a headline's length is a box of links or other stories whose heading no word list knows.
     */
    private static boolean fewShortItems(List<Candidate> blocks, int from, int to) {
        if (to - from > MAX_BRIEF_ITEMS) return false;
        for (int j = from; j < to; j++) if (blocks.get(j).words() > MAX_BRIEF_ITEM_WORDS) return false;
        return true;
    }

    /**
     * Where the run of short plain lines from {@code from} ends (exclusive); {@code from} when it runs too long. A
     * question may read as prose: a list of questions is of sentences, which past a list closing the run stayed out.
     */
    private static int itemsEnd(List<Candidate> blocks, List<Verdict> verdicts, int from) {
        int j = from;
        while (j < blocks.size() && j - from < MAX_ITEMS
                && (verdicts.get(j) == Verdict.SHORT || verdicts.get(j) == Verdict.PROSE && isQuestion(blocks.get(j)))
                && blocks.get(j).kind() == Candidate.Kind.PARAGRAPH && blocks.get(j).words() <= MAX_ITEM_WORDS
                && !blocks.get(j).text().stripTrailing().endsWith(":")) {
            j++;
        }
        return j - from >= MAX_ITEMS ? from : j;
    }

    /** A line that ends with a question mark, Latin or full-width. */
    private static boolean isQuestion(Candidate c) {
        String text = c.text().stripTrailing();
        return text.endsWith("?") || text.endsWith("？");
    }
}
