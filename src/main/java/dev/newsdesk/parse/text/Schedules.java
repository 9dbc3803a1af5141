package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a story announces, listed under its last paragraph: a tour's or a season's, one event a line, each
 * opening with its month and day and a dash ("June 9 – Arena, City"), under a line that names them ("Tour dates",
 * "The 2020 dates:"). Each line costs the article's run as a menu's link does; a menu's lines open with no date.
 */
final class Schedules {

    /** Fewer dated lines than this are a box of a few events, not the story's list. */
    private static final int MIN_EVENTS = 3;
    /** Longer than this, the line over the dates is a paragraph, not their heading. */
    private static final int MAX_HEADING_WORDS = 10;
    /** Longer than this, a dated line is a paragraph or a teaser, not an event's date and place. */
    private static final int MAX_EVENT_WORDS = 16;
    /** A month's name (the group), its day and a dash: "June 9 -- ", "Aug. 14 – ", "Sept. 5 — ". */
    private static final Pattern EVENT = Pattern.compile(
            "^(\\p{L}+)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+[-–—]{1,2}\\s+\\S");

    private Schedules() {
    }

    /**
     * Where the list of dates under the heading at block {@code from} (right under the article's end) ends, its lines
     * marked, in place, as list items the article keeps; else {@code from}.
     */
    static int take(List<Candidate> blocks, List<Verdict> verdicts, int from) {
        if (from >= blocks.size() || !isHeading(blocks.get(from), verdicts.get(from))) return from;
        int end = from + 1;
        while (end < blocks.size() && verdicts.get(end) == Verdict.SHORT && isEvent(blocks.get(end))) end++;
        if (end - from - 1 < MIN_EVENTS) return from;
        DataLists.mark(blocks, verdicts, from + 1, end);
        return end;
    }

    /** A short line over the dates, no sentence: "Tour dates", "The 2020 dates:". */
    private static boolean isHeading(Candidate c, Verdict v) {
        String text = c.text().strip();
        return v == Verdict.SHORT && c.words() <= MAX_HEADING_WORDS
                && (text.endsWith(":") || !BlockScorer.endsLikeSentence(text)) && !isEvent(c);
    }

    /** A line opening with a month, its day and a dash: an event's date, its place after it. */
    static boolean isEvent(Candidate c) {
        if (c.words() > MAX_EVENT_WORDS) return false;
        Matcher m = EVENT.matcher(c.text().strip());
        return m.lookingAt() && Dates.isMonth(m.group(1));
    }
}
