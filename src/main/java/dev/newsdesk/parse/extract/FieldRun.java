package dev.newsdesk.parse.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A run of "Label: value" lines: a photo's details, a product's data sheet, a fact box ("Camera: …", "Date:
 * 31/08/2019", "Place: …"). A date among such fields is the date of what they describe, not the article's.
 */
final class FieldRun {

    /** A short label opening the line, its colon ending the line or followed by a space. */
    private static final Pattern FIELD = Pattern.compile("^\\p{L}[\\p{L}\\p{N}. -]{0,30}[:：](?:\\s|$)");
    /** Longer than this, a line is no field. */
    private static final int MAX_FIELD_WORDS = 12;
    /** The other fields, neither a date nor a byline, that make a run: a header's "Author:" and "Date:" make none. */
    private static final int MIN_OTHER_FIELDS = 2;

    private FieldRun() {
    }

    /** True when block {@code i} stands in a run of fields with at least two others that are no date or byline. */
    static boolean holds(List<Candidate> blocks, int i, MainRegion.Range range) {
        int others = 0;
        for (int j = i - 1; j >= range.start() && isField(blocks.get(j)); j--) others += plain(blocks.get(j));
        for (int j = i + 1; j < range.end() && isField(blocks.get(j)); j++) others += plain(blocks.get(j));
        return others >= MIN_OTHER_FIELDS;
    }

    private static boolean isField(Candidate c) {
        return c.words() <= MAX_FIELD_WORDS && FIELD.matcher(c.text().strip()).find();
    }

    /** 1 when the field is neither a date nor a byline, else 0. */
    private static int plain(Candidate c) {
        return Dates.isDateline(c.text()) || Bylines.authors(c.text()) != null ? 0 : 1;
    }
}
