package dev.newsdesk.parse.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stamp a blog engine prints on each post of a page of posts: a short line with a day written the year first
 * and its time ("Posted by jane @ 2005-06-14 03:25:55 | 11 comments", "由某某张贴 @ 2005-06-14 03:25:55", a post's
 * title and its day), and words besides the day. A time alone heads a live ticker's entries, a day with its month
 * named heads readers' comments as often, and a day alone over each post groups an archive.
 */
public final class PostStamp {

    /** Longer blocks are a post's own words, not its stamp. */
    public static final int MAX_WORDS = 30;
    private static final Pattern DAY = Pattern.compile(
            "(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:\\s*(\\d{1,2})[:：](\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private PostStamp() {
    }

    /**
     * The day and time of {@code block} written to sort ("2005-06-14 03:25:55", zeros where the line gives no time),
     * when the block reads as a post's stamp (see the class comment); else null.
     */
    public static String sortableDay(Candidate block) {
        Matcher day = stampDay(block);
        if (day == null) return null;
        return String.format("%s-%02d-%02d %02d:%02d:%02d", day.group(1), number(day.group(2)),
                number(day.group(3)), number(day.group(4)), number(day.group(5)), number(day.group(6)));
    }

    /** True when {@code block} reads as a post's stamp: its day is not written out (every block of a page is asked). */
    public static boolean isStamp(Candidate block) {
        return stampDay(block) != null;
    }

    /** A matcher on the first day of {@code block} when the block reads as a stamp, else null. */
    private static Matcher stampDay(Candidate block) {
        if (block.words() > MAX_WORDS || !Dates.hasYear(block.text())) return null;
        Matcher day = DAY.matcher(block.text());
        if (!day.find() || !LETTER.matcher(day.replaceAll("")).find()) return null;
        day.reset();
        day.find(); // again: replaceAll left the matcher past its last day
        return day;
    }

    /** {@code line} without its day and time: a post's title when the stamp names one. */
    public static String withoutDay(String line) {
        return DAY.matcher(line).replaceAll("").strip();
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
