package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.LabelledDateline;
import java.util.regex.Pattern;

/**
 * A blog post's line of metadata: "Veröffentlicht: 3. Mai 2021 | Autor: Jane Doe | Abgelegt unter: Reisen | Tags:
 * …", "8. Januar 2020 · by Jane · in Travel". Too long for a dateline or a byline, it is fields set apart by bars or
 * dots, one of them a date or a byline.
 */
final class MetaRuns {

    /** What sets a run's fields apart. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|·•]\\s*");
    /** Longer than this, a line is prose that quotes a separator. */
    private static final int MAX_LENGTH = 300;

    private MetaRuns() {
    }

    /**
     * True when {@code line} is fields set apart by bars or dots, the first a date, a byline or a date's label (a
     * headline that runs on into its byline and date opens with the headline).
     */
    static boolean is(String line) {
        if (line.length() > MAX_LENGTH || line.indexOf('|') < 0 && line.indexOf('·') < 0 && line.indexOf('•') < 0) {
            return false;
        }
        String[] fields = SEPARATOR.split(line.strip());
        if (fields.length < 2 || fields[0].isEmpty()) return false;
        String first = fields[0];
        return Dates.isDateline(first) || LabelledDateline.opens(first) || Bylines.authors(first) != null;
    }
}
