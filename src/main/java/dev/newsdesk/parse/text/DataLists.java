package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A recipe's ingredients and a product's or a photo's specifications: short lines of data ("200 g sugar",
 * "Focal length: 180 mm") set right above or under the article's prose, under a short heading ("Ingredients:",
 * "Details"). Each line costs the article's run as a menu's link does, so the run stops short of the list; yet a
 * menu's lines are words, not quantities or labelled values.
 */
final class DataLists {

    /** Longer than this, a line is a paragraph of its own, not an item. */
    private static final int MAX_ITEM_WORDS = 20;
    /** Fewer items than this make no list: two labelled lines are as often a dateline and a byline. */
    private static final int MIN_ITEMS = 3;
    /** Longer than this, a line above the items is not their heading. */
    private static final int MAX_HEADING_WORDS = 4;
    /**
     * A quantity or a step ("200 g", "½ cup", "15 – 30 min", "2. Stir"; not a rank glued to a headline, "1Storm hits")
     * or a labelled value of a few words
     * ("Weight: 68 g"; a headline set as "Topic: what happened" says more).
     */
    private static final Pattern DATUM = Pattern.compile(
            "^(?:(?!\\d+\\p{Lu})[\\d½¼¾⅓⅔⅛].*"
                    + "|[^:\\s]\\S*(?:\\s+[^:\\s]+){0,2}\\s?:\\s+\\S+(?:\\s+\\S+){0,4})$");
    private static final Pattern LABEL = Pattern.compile("^\\S+(?:\\s+\\S+){0,3}:");
    /**
     * A blog archive's month with its count of posts, "2006年12月(5)", "2006-12 (5)": a sidebar's link set above the
     * post, whose digits read as a quantity.
     */
    private static final Pattern ARCHIVE_MONTH = Pattern.compile("^\\d{4}\\s*[年/.-]\\s*\\d{1,2}\\s*月?\\s*[(（]\\d+[)）]$");

    private DataLists() {
    }

    /**
     * {@code range} taken on over the lists of data right above and under it (each with its heading; under it also a
     * sheet of labels and values or a list of dates, {@link Schedules}), whose lines are marked, in place, as list
     * items the article keeps.
     */
    static MainRegion.Range take(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        if (range.isEmpty()) return range;
        int end = range.end();
        for (int after = below(blocks, verdicts, end); after > end; after = below(blocks, verdicts, end)) end = after;
        if (end == range.end()) end = unheaded(blocks, verdicts, end);
        if (end == range.end()) end = LabelledRecords.take(blocks, verdicts, end);
        if (end == range.end()) end = LabelledPairs.take(blocks, verdicts, end);
        if (end == range.end()) end = Schedules.take(blocks, verdicts, end);
        if (end == range.end()) end = CapitalSections.take(blocks, verdicts, range.start(), end);
        if (end == range.end()) end = NamedSections.take(blocks, verdicts, range.start(), end);
        int start = range.start();
        for (int above = above(blocks, verdicts, start); above < start; above = above(blocks, verdicts, start)) {
            start = above;
        }
        return start == range.start() && end == range.end() ? range : new MainRegion.Range(start, end);
    }

    /**
     * Marks, in place, the lists of data set between the paragraphs of {@code range} (a museum's hours, fee and
     * address under its paragraph): short lines the article's run bridged, which the region's cleaner would drop.
     * Only labelled values count there: amid prose a line opening with a number is as often a caption ("1998 The
     * old harbour").
     */
    static void markWithin(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        MainRegion.Range amid = range.amidProse(verdicts);
        for (int i = amid.start(); i < amid.end(); i++) {
            if (!isItem(blocks, verdicts, i) || !isLabelledValue(blocks.get(i))) continue;
            int last = i;
            int data = 0;
            for (int j = i; j < amid.end() && isItem(blocks, verdicts, j); j++) {
                if (isLabelledValue(blocks.get(j))) {
                    data++;
                    last = j + 1;
                }
            }
            if (isList(i, last, data)) mark(blocks, verdicts, i, last);
            i = last;
        }
    }

    /** Where a list of data starting at {@code from} (past its heading) ends, its lines marked; else {@code from}. */
    private static int below(List<Candidate> blocks, List<Verdict> verdicts, int from) {
        if (from >= blocks.size() || !isHeading(blocks, verdicts, from)) return from;
        int first = from + 1;
        int last = first;
        int data = 0;
        for (int j = first; j < blocks.size() && isItem(blocks, verdicts, j); j++) {
            if (isDatum(blocks.get(j))) {
                data++;
                last = j + 1;
            }
        }
        if (!isList(first, last, data)) return from;
        mark(blocks, verdicts, first, last);
        return last;
    }

    /**
     * Where a run of labelled values right under the article's last paragraph, with no heading ("Eintritt: 5 Euro",
     * "Ort: Stadthalle"), ends, its lines marked; else {@code from}. Every line must be a labelled value and none a
     * site's field about the post ({@link ChromeLabels}: tags, categories, the writer, comments, share): such fields
     * stand under articles in runs of their own.
     */
    private static int unheaded(List<Candidate> blocks, List<Verdict> verdicts, int from) {
        int last = from;
        while (last < blocks.size() && isItem(blocks, verdicts, last) && isLabelledValue(blocks.get(last))
                && !ChromeLabels.is(blocks.get(last).text())) {
            last++;
        }
        boolean fieldUnder = last < blocks.size() && ChromeLabels.isField(blocks.get(last).text());
        if (last - from < MIN_ITEMS || fieldUnder) return from;
        mark(blocks, verdicts, from, last);
        return last;
    }

    /**
     * Where a list of data ending just above {@code to} starts (its heading), its lines marked; else {@code to}. Its
     * last lines may be words ("Salt"), its first must be data.
     */
    private static int above(List<Candidate> blocks, List<Verdict> verdicts, int to) {
        int first = to;
        int data = 0;
        for (int j = to - 1; j >= 0 && isItem(blocks, verdicts, j) && !isLabelAlone(blocks.get(j).text()); j--) {
            if (isDatum(blocks.get(j))) {
                data++;
                first = j;
            }
        }
        if (!isList(first, to, data) || first == 0 || !isHeading(blocks, verdicts, first - 1)) return to;
        mark(blocks, verdicts, first, to);
        return first - 1;
    }

    /** True when lines [first, last), {@code data} of them data, are a list: enough, and two thirds of them data. */
    private static boolean isList(int first, int last, int data) {
        return data >= MIN_ITEMS && data * 3 >= 2 * (last - first);
    }

    /** Marks lines [first, last), in place, as list items the article keeps. */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts, int first, int last) {
        for (int j = first; j < last; j++) {
            Candidate c = blocks.get(j);
            blocks.set(j, c.as(Candidate.Kind.LIST_ITEM));
            verdicts.set(j, Verdict.PROSE);
        }
    }

    private static boolean isItem(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        Candidate c = blocks.get(i);
        return verdicts.get(i) == Verdict.SHORT && c.words() <= MAX_ITEM_WORDS && !isLabelAlone(c.text());
    }

    /** A short heading over a list: "Ingredients:", "Details". */
    private static boolean isHeading(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        Candidate c = blocks.get(i);
        return verdicts.get(i) == Verdict.SHORT && c.words() <= MAX_HEADING_WORDS && !isDatum(c)
                && (isLabelAlone(c.text()) || !c.text().contains(":"));
    }

    /** A label alone on its line, its value under it or a list: "Ingredients:", "Herkunftsland:". */
    static boolean isLabelAlone(String text) {
        return text.stripTrailing().endsWith(":") && LABEL.matcher(text.strip()).matches();
    }

    /** A labelled value of a few words, "Admission: 4 euros". */
    private static boolean isLabelledValue(Candidate c) {
        return isDatum(c) && LABEL.matcher(c.text().strip()).find();
    }

    /** A quantity or a labelled value, not a bare number (a page's link), a dateline nor an archive's month. */
    static boolean isDatum(Candidate c) {
        String text = c.text().strip();
        return DATUM.matcher(text).matches() && text.chars().anyMatch(Character::isLetter) && !Dates.isDateline(text)
                && !ARCHIVE_MONTH.matcher(text).matches();
    }
}
