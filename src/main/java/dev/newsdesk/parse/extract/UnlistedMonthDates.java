package dev.newsdesk.parse.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date whose month {@link Dates} cannot read: the day, a month, and a year, in any script's digits ("12 במרץ 2026",
 * "12 मार्च 2026", "12 มีนาคม 2569", "۱۲ اسفند ۱۴۰۴", "১২ মার্চ ২০২৬"). It tells a dateline from a headline; the day
 * itself is not read, as the year may be of another calendar (Thai, Persian). In a script whose months are listed
 * (here or in {@link Dates}) only a listed month counts, so a headline's number, word and year ("Топ-10 фильмов 2025
 * года", "10 סרטים 2025") is no date; in another script (Bengali, Tamil, Georgian...) any one word between a day and
 * a year is taken for its month.
 */
final class UnlistedMonthDates {

    private static final Pattern DAY_WORD_YEAR = Pattern.compile(
            "(?<![\\p{Nd}\\p{L}-])\\p{Nd}{1,2}\\.?\\s+([\\p{L}\\p{M}]+)\\s+\\p{Nd}{4}(?!\\p{Nd})");

    /**
     * The months of the Gregorian calendar in Hebrew, Persian, Urdu, Hindi and Marathi (spellings that vary), of Thai,
     * the Levant's Arabic names (Dates lists Egypt's), and Persian's solar months, which Iran's pages date by (year
     * 1404 for 2025).
     */
    private static final Set<String> MONTHS = Set.copyOf(List.of(
            "ינואר", "פברואר", "מרץ", "מרס", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר",
            "דצמבר",
            "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
            "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
            "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
            "جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر",
            "जनवरी", "फरवरी", "फ़रवरी", "\u095eरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
            "सितम्बर", "अक्टूबर", "अक्तूबर", "नवंबर", "नवम्बर", "दिसंबर", "दिसम्बर",
            "जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट", "सप्टेंबर", "ऑक्टोबर",
            "नोव्हेंबर", "डिसेंबर",
            "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
            "ตุลาคม", "พฤศจิกายน", "ธันวาคม"));
    /**
     * The scripts whose months are listed, here or in {@link Dates}, and those that write months in numbers (Chinese,
     * Japanese, Korean: "2026年3月12日"): a word of theirs is a month only if listed ("盘点 10 部 2025 年…" is a
     * headline spaced around its numbers).
     */
    private static final Set<Character.UnicodeScript> LISTED_SCRIPTS = Set.of(Character.UnicodeScript.LATIN,
            Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK, Character.UnicodeScript.ARABIC,
            Character.UnicodeScript.HEBREW, Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.THAI,
            Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.HANGUL);
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
        // Persian typed on an Arabic keyboard has Arabic's yeh and kaf ("دي", "فروردين")
        String w = word.toLowerCase(Locale.ROOT).replace('\u064a', '\u06cc').replace('\u0643', '\u06a9');
        return MONTHS.contains(w) || w.length() > 1 && w.charAt(0) == HEBREW_IN && MONTHS.contains(w.substring(1))
                || !LISTED_SCRIPTS.contains(Character.UnicodeScript.of(w.codePointAt(0)));
    }
}
