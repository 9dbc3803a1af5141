package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.List;

/**
 * A data sheet the dump prints a label a line and its value on the next ("Alkoholgehalt:" over "12 % vol.",
 * "Region:" over "Napa Valley"): a product's details set a few lines under the article's last paragraph, past its
 * heading or a tab's name. Neither line is a datum alone, so {@link DataLists} passes them by; a form's fields
 * ("Name:", "E-Mail:") have no values between them, and a site's fields about the post ({@link ChromeLabels}) end
 * the sheet.
 */
final class LabelledPairs {

    /** Fewer pairs than this are a form's or a box's few fields, not a sheet. */
    private static final int MIN_PAIRS = 4;
    /** More short lines than this between the article's end and the sheet, and the sheet is another box's. */
    private static final int MAX_LEAD = 4;
    /** Longer than this, the line under a label is a sentence, not its value. */
    private static final int MAX_VALUE_WORDS = 12;
    /** Longer than this, a line between two pairs is not the sheet's sub-heading ("Details zum Artikel"). */
    private static final int MAX_HEADING_WORDS = 4;

    private LabelledPairs() {
    }

    /**
     * Where the sheet starting within a few short lines under block {@code from} (the article's end) ends, its labels,
     * values and sub-headings marked, in place, as list items the article keeps; else {@code from}.
     */
    static int take(List<Candidate> blocks, List<Verdict> verdicts, int from) {
        for (int start = from; start <= from + MAX_LEAD && isShort(blocks, verdicts, start); start++) {
            if (!isLabel(blocks, verdicts, start)) continue;
            int end = sheetEnd(blocks, verdicts, start);
            if (end == start) return from;
            DataLists.mark(blocks, verdicts, start, end);
            return end;
        }
        return from;
    }

    /** The end of the pairs from {@code start}, sub-headings between them included; {@code start} when too few. */
    private static int sheetEnd(List<Candidate> blocks, List<Verdict> verdicts, int start) {
        int pairs = 0;
        int j = start;
        while (j + 1 < blocks.size()) {
            if (isLabel(blocks, verdicts, j) && isValue(blocks, verdicts, j + 1)) {
                pairs++;
                j += 2;
            } else if (pairs > 0 && isSubheading(blocks, verdicts, j) && isLabel(blocks, verdicts, j + 1)) {
                j++;
            } else {
                break;
            }
        }
        return pairs >= MIN_PAIRS ? j : start;
    }

    private static boolean isShort(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        return i < blocks.size() && verdicts.get(i) == Verdict.SHORT && !ChromeLabels.is(blocks.get(i).text());
    }

    /** A label alone on its line, "Herkunftsland:", not a site's field. */
    private static boolean isLabel(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        return isShort(blocks, verdicts, i) && DataLists.isLabelAlone(blocks.get(i).text());
    }

    private static boolean isValue(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        Candidate c = blocks.get(i);
        return isShort(blocks, verdicts, i) && c.words() <= MAX_VALUE_WORDS && !c.text().strip().endsWith(":");
    }

    private static boolean isSubheading(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        Candidate c = blocks.get(i);
        return isShort(blocks, verdicts, i) && c.words() <= MAX_HEADING_WORDS && !c.text().contains(":");
    }
}
