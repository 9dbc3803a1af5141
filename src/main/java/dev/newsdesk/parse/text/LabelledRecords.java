package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.LabelledDateline;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records the article lists under its last paragraph, each a few labelled lines ("Termin: 21.02., 19 Uhr",
 * "Ort: Stadthalle, Marktstr. 3", "Eintritt: 12 Euro") between its own short lines and sentences: a programme of
 * events, a list of offers. Their values run longer than {@link DataLists} takes, and other lines stand among them;
 * what tells them from a site's fields under a post is that several of their labels come again, record after record,
 * where a site sets each of its fields once.
 */
final class LabelledRecords {

    /** Longer than this, a line is a paragraph of its own, not a record's field. */
    private static final int MAX_FIELD_WORDS = 20;
    /** Fewer labelled lines than this make no records: two or three fields are one item's facts or a post's. */
    private static final int MIN_FIELDS = 4;
    /**
     * Fewer labels than this set again make no records: headlines may share a topic's label ("Wahl 2023: …"), but a
     * record repeats several fields.
     */
    private static final int MIN_REPEATED = 2;
    /** More lines than this in a row without a label, and the records have ended. */
    private static final int MAX_GAP = 3;
    /** A label of up to four words before a colon and a space, "Anmeldung & Karten: ". */
    private static final Pattern LABEL = Pattern.compile("^(\\S+(?:\\s+\\S+){0,3}):\\s+\\S");

    private LabelledRecords() {
    }

    /**
     * Where the records right under block {@code from} (the article's end) end, their short lines marked, in place, as
     * list items the article keeps; else {@code from}. A site's field ({@link ChromeLabels}) ends them, but for a
     * date's label ("Datum: 3. Mai"), which each record of events repeats.
     */
    static int take(List<Candidate> blocks, List<Verdict> verdicts, int from) {
        Map<String, Integer> labels = new HashMap<>();
        int fields = 0;
        int last = from;
        int gap = 0;
        for (int j = from; j < blocks.size(); j++) {
            Candidate c = blocks.get(j);
            String label = verdicts.get(j) == Verdict.SHORT && c.words() <= MAX_FIELD_WORDS ? label(c.text()) : null;
            boolean dated = label != null && LabelledDateline.opens(c.text());
            if (ChromeLabels.is(c.text()) && !dated || verdicts.get(j) == Verdict.NOISE) break;
            if (label != null) {
                labels.merge(label, 1, Integer::sum);
                fields++;
                last = j + 1;
                gap = 0;
            } else if (++gap > MAX_GAP || verdicts.get(j) != Verdict.SHORT && verdicts.get(j) != Verdict.PROSE) {
                break;
            }
        }
        long repeated = labels.values().stream().filter(n -> n > 1).count();
        if (fields < MIN_FIELDS || repeated < MIN_REPEATED || 2 * fields < last - from) return from;
        for (int j = from; j < last; j++) {
            if (verdicts.get(j) != Verdict.SHORT) continue;
            blocks.set(j, blocks.get(j).as(Candidate.Kind.LIST_ITEM));
            verdicts.set(j, Verdict.PROSE);
        }
        return last;
    }

    /** The line's label, lower-cased, or null when it opens with none. */
    private static String label(String text) {
        Matcher m = LABEL.matcher(text.strip());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
