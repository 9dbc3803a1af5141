package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.PictureCredits;
import dev.newsdesk.parse.extract.RegionCleaner;
import java.util.List;

/**
 * A list a line of the article announces with a colon and the article's prose then goes on from (a law's timetable,
 * a job ad's requirements) is the article's, however short the announcement: a dump shows no bullets, and its items,
 * short lines with no stop or naming a date, would pass for a menu or a dateline and go. {@link IntroducedLists} takes
 * a list a long sentence announces wherever it ends; here the prose under the list vouches for a short announcement
 * ("It brings these changes:"). A list of figures may stand under a subheading instead ("Key figures", then "Turnout
 * 64 per cent"). A box of other stories is announced too, but by a widget's heading, and its lines come with a byline,
 * a credit or a request among them, or give no figures.
 */
final class ListsAmidProse {

    /**
     * Fewer items than this make no list: one or two short lines under a colon are an example or a command, which
     * {@link AnnouncedLines} judges.
     */
    private static final int MIN_ITEMS = 3;
    /** Fewer words than this, an item is a menu's link ("Home", "Contact") as often as a list's. */
    private static final int MIN_PHRASE_WORDS = 3;
    /** Longer than this, a line between the list and the paragraph under it is not that paragraph's heading. */
    private static final int MAX_HEADING_WORDS = 4;

    private ListsAmidProse() {
    }

    /**
     * Marks, in place, the items of each list announced between paragraphs of {@code range} as list items the article
     * keeps, and the line announcing it as prose.
     */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        int i = range.start();
        while (i < range.end()) {
            if (!isItem(blocks.get(i), verdicts.get(i))) {
                i++;
                continue;
            }
            int from = i;
            while (i < range.end() && isItem(blocks.get(i), verdicts.get(i))) i++;
            int to = i;
            // A subheading reads as an item too: the list is then the lines of figures under it, closed by the
            // paragraph or by the next subheading over one.
            int figures = i;
            boolean headed = false;
            if (subheading(blocks, verdicts, range, from)) {
                figures = from + 1;
                while (figures < i && hasFigure(blocks.get(figures))) figures++;
                headed = figures == i || figures + 1 == i && i < range.end() && verdicts.get(i) == Verdict.PROSE;
            }
            if (headed) {
                from++;
                to = figures;
            }
            if (isList(blocks, from, to) && (headed || announced(blocks, verdicts, range, from))
                    && (headed && figures < i || proseBelow(blocks, verdicts, range, to))) {
                for (int j = from; j < to; j++) {
                    Candidate c = blocks.get(j);
                    blocks.set(j, c.as(Candidate.Kind.LIST_ITEM));
                    verdicts.set(j, Verdict.PROSE); // an item that names a date is no dateline, a long one no teaser
                }
                if (!headed) verdicts.set(from - 1, Verdict.PROSE); // the announcing line; a subheading stays one
            }
        }
    }

    private static boolean isItem(Candidate c, Verdict v) {
        String text = c.text().strip();
        // An item IntroducedLists took under a long sentence is one here too: its dated items must not go as datelines.
        return v == Verdict.SHORT && (c.kind() == Candidate.Kind.PARAGRAPH || c.kind() == Candidate.Kind.LIST_ITEM)
                && c.words() <= IntroducedLists.MAX_ITEM_WORDS
                && !text.endsWith(":") && !Boilerplate.isNoise(text) && Boilerplate.teaserHeadline(text) == null;
    }

    /**
     * True when lines [from, to) are enough items, two thirds of them phrases not set as headlines, and none the
     * byline, the credit or the request a box of teasers or a promo sets among its lines.
     */
    private static boolean isList(List<Candidate> blocks, int from, int to) {
        if (to - from < MIN_ITEMS) return false;
        int phrases = 0;
        for (int j = from; j < to; j++) {
            Candidate c = blocks.get(j);
            if (isBoxLine(c.text())) return false;
            if (c.words() >= MIN_PHRASE_WORDS && !RegionCleaner.titleCase(c.text())) phrases++;
        }
        return phrases * 3 >= 2 * (to - from);
    }

    /** True when a line announcing the list with a colon, not a box's heading ("Read also:"), stands above it. */
    private static boolean announced(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range, int from) {
        int above = from - 1;
        if (above < range.start()) return false;
        String text = blocks.get(above).text().strip();
        return verdicts.get(above) != Verdict.NOISE && text.endsWith(":")
                && !Boilerplate.headsWidget(Boilerplate.key(text)) && Boilerplate.teaserHeadline(text) == null;
    }

    /**
     * True when block {@code i} is a short heading set right under a paragraph of {@code range}. A table of contents'
     * label is none: its numbered sections' names are no figures.
     */
    private static boolean subheading(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range, int i) {
        String text = blocks.get(i).text();
        return i > range.start() && verdicts.get(i - 1) == Verdict.PROSE && isHeading(blocks.get(i), verdicts.get(i))
                && !BlockScorer.endsLikeSentence(text) && !DumpContents.isLabel(text);
    }

    /** True when {@code c} gives a figure: "Nikkei up 2.2% to 22,195", "Turnout 64 per cent". */
    private static boolean hasFigure(Candidate c) {
        return c.text().chars().anyMatch(Character::isDigit);
    }

    /** True when a paragraph, or a short heading over one, stands under the list that ends before {@code to}. */
    private static boolean proseBelow(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range, int to) {
        if (to >= range.end()) return false;
        if (verdicts.get(to) == Verdict.PROSE) return true;
        return isHeading(blocks.get(to), verdicts.get(to)) && to + 1 < range.end()
                && verdicts.get(to + 1) == Verdict.PROSE;
    }

    /** True when {@code text} is what a box of teasers or a promo sets among its lines: a byline, a credit, a request. */
    static boolean isBoxLine(String text) {
        return Bylines.authors(text) != null || PictureCredits.in(text) || text.contains("©")
                || CallsToAction.asks(text);
    }

    private static boolean isHeading(Candidate c, Verdict v) {
        return v == Verdict.SHORT && c.words() <= MAX_HEADING_WORDS
                && !Boilerplate.headsWidget(Boilerplate.key(c.text()));
    }
}
