package dev.newsdesk.parse.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date whose month {@link Dates} cannot read: the day, a month of Hebrew, Persian, Hindi or Thai, and a year, in
 * any script's digits ("12 במרץ 2026", "12 मार्च 2026", "12 มีนาคม 2569", "۱۲ اسفند ۱۴۰۴"). It tells a dateline from
 * a headline; the day itself is not read, as the year may be of another calendar (Thai, Persian). Only a listed
 * month counts: a headline's number, word and year ("Топ-10 фильмов 2025 года") is no date.
 */
final class UnlistedMonthDates {

    private static final Pattern DAY_WORD_YEAR = Pattern.compile(
            "(?<![\\p{Nd}\\p{L}-])\\p{Nd}{1,2}\\.?\\s+([\\p{L}\\p{M}]+)\\s+\\p{Nd}{4}(?!\\p{Nd})");

    /** The months of the Gregorian calendar in Hebrew, Persian and Hindi (spellings that vary), and of Thai. */
    private static final Set<String> MONTHS = Set.of(
            "ינואר", "פברואר", "מרץ", "מרס", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר",
            "דצמבר",
            "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
            "जनवरी", "फरवरी", "फ़रवरी", "\u095eरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
            "सितम्बर", "अक्टूबर", "अक्तूबर", "नवंबर", "नवम्बर", "दिसंबर", "दिसम्बर",
            "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
            "ตุลาคม", "พฤศจิกายน", "ธันวาคม");
    /** Persian's solar months, which Iran's pages date by (year 1404 for 2025). */
    private static final Set<String> SOLAR_MONTHS = Set.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
            "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");
    /** Hebrew writes "in" as a letter joined to the month: "12 במרץ". */
    private static final char HEBREW_IN = 'ב';

    private UnlistedMonthDates() {
    }

    /** True when {@code line} holds such a date (an ASCII line never does: its month's word would be Latin). */
    static boolean in(String line) {
        for (int i = 0, n = line.length(); i < n; i++) {
            if (line.charAt(i) >= 0x80) return holdsDate(line);
        }
        return false;
    }

    private static boolean holdsDate(String line) {
        Matcher m = DAY_WORD_YEAR.matcher(line);
        while (m.find()) {
            if (isMonth(m.group(1))) return true;
        }
        return false;
    }

    private static boolean isMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MONTHS.contains(w) || SOLAR_MONTHS.contains(w)
                || w.length() > 1 && w.charAt(0) == HEBREW_IN && MONTHS.contains(w.substring(1));
    }
}
