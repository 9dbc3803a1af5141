package dev.newsdesk.parse.extract;

import java.util.regex.Pattern;

/**
 * A date whose month is named in a script the month list ({@link Dates}) does not read: the day, one word of a script
 * other than Latin, and a year, in any script's digits ("12 במרץ 2026", "12 मार्च 2026", "12 มีนาคม 2569",
 * "۱۲ اسفند ۱۴۰۴"). It tells a dateline from a headline in every language; the day itself is not read, as the year
 * may be of another calendar (Thai, Persian).
 */
final class UnlistedMonthDates {

    private static final Pattern DAY_WORD_YEAR = Pattern.compile("(?<!\\p{Nd})\\p{Nd}{1,2}\\.?\\s+"
            + "[\\p{L}&&[^\\p{IsLatin}]][\\p{L}\\p{M}&&[^\\p{IsLatin}]]*\\s+\\p{Nd}{4}(?!\\p{Nd})");

    private UnlistedMonthDates() {
    }

    /** True when {@code line} holds such a date (an ASCII line never does: its month's word would be Latin). */
    static boolean in(String line) {
        for (int i = 0, n = line.length(); i < n; i++) {
            if (line.charAt(i) >= 0x80) return DAY_WORD_YEAR.matcher(line).find();
        }
        return false;
    }
}
