package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import java.util.List;
import java.util.Set;

/**
 * The labelled byline ("Von Jane Doe", "By Jane Doe") at the article's opening in an element of its own, which the
 * element chosen as the article's does not hold: page builders give each text its box (the standfirst's, the
 * byline's, the body's), and only boxes of prose are chosen, so the line that says who wrote it is left out.
 */
final class LeadByline {

    /** How many blocks above the article's first the byline may stand (a kicker, a date between). */
    private static final int REACH = 3;
    /** A byline is a short line: a label and a few names. */
    private static final int MAX_WORDS = 12;

    private LeadByline() {
    }

    /**
     * The names of the labelled byline among the blocks of {@code all} from {@code from} up to {@code to}
     * (exclusive) that are not among {@code chosen} (the article's), the nearest the body first, or an empty list:
     * a longer block left out on the way up is other text (a picture's caption, a sidebar), and the search ends there.
     */
    static List<String> between(List<HtmlBlock> all, Set<Integer> chosen, int from, int to) {
        for (int i = Math.min(to, all.size()) - 1; i >= Math.max(0, from); i--) {
            if (chosen.contains(i)) continue;
            Candidate c = all.get(i).candidate();
            if (c.words() > MAX_WORDS) return List.of();
            if (!Bylines.mayOpenByline(c.text())) continue;
            List<String> names = Bylines.authors(c.text());
            if (names != null) return names;
        }
        return List.of();
    }

    /** Where {@link #between} starts looking above the article's first block {@code first}, below the standfirst. */
    static int from(int first, int standfirst) {
        return Math.max(first - REACH, standfirst + 1);
    }
}
