package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.Dates;
import java.util.regex.Pattern;

/**
 * A table's cell that is a value alone: a number with a unit, a rate or a currency ("2.3 GB/s", "16GB", "€1.2bn",
 * "45 %", "−4 °C", "12,5 km/h"), a multiplier ("x2"), a version ("v1.4.2"), a measured time ("3:45.2") or a decimal
 * figure ("0.93", "12,400"). A bare integer (a page's link, a year, a rank) and a clock time alone (a teaser's
 * stamp) are not values: they are as often a menu's or a teaser box's lines.
 */
final class CellValues {

    /** Digits with the separators of any number format: "12,400", "12.400,5", "12 400", "1'000", "1.4.2". */
    private static final String NUMBER = "\\d+(?:[.,'’]\\d+|[\\u00a0\\u202f ]\\d{3})*";
    /** A unit's word: a symbol, a short token ("GB", "GHz", "°C"), or a lower-case one ("ms", "bn", "km", "euro"). */
    private static final String UNIT = "(?:[%‰′″]|\\p{Sc}|°\\p{L}?|\\p{L}{1,3}|\\p{Ll}\\p{L}{0,11})\\.?";
    /** A unit over a unit ("GB/s", "km/h"), squared or cubed ("m²"). */
    private static final String RATE = UNIT + "(?:\\s?/\\s?" + UNIT + ")?[²³]?";
    private static final Pattern VALUE = Pattern.compile("^[-+−±~≈<>≤≥]?(?:\\p{Sc}\\s?)?(?:[x×]\\s?)?" + NUMBER
            + "(?:\\s?[-–—]\\s?" + NUMBER + ")?(?:\\s?(?:[x×]|" + RATE + "))?$");
    /** "v1.4.2", "V 2.0". */
    private static final Pattern VERSION = Pattern.compile("^[vV]\\s?\\d+(?:\\.\\d+)+$");
    /** A lap's or a track's time: "3:45.2", "1:02:33"; a clock's "10:45" alone is a teaser's stamp. */
    private static final Pattern MEASURED_TIME = Pattern.compile("^\\d{1,2}:\\d{2}(?::\\d{2}|[.,]\\d+)(?:[.,]\\d+)?$");
    /** A bare integer: a table's count, a page's link, a year, a rank. */
    private static final Pattern INTEGER = Pattern.compile("^\\d+$");
    /** A date's figures: "12.05.2023", "2023-05-12", "12.05.", "05/12". */
    private static final Pattern DATE = Pattern.compile(
            "^(?:\\d{1,4}([./-])\\d{1,2}\\1\\d{0,4}|\\d{1,2}/\\d{1,2})$");

    private CellValues() {
    }

    /** True when {@code text} (stripped) is a bare integer: a table's count, as often a page's link or a year. */
    static boolean isCount(String text) {
        return INTEGER.matcher(text).matches();
    }

    /** True when {@code text} (stripped) is a value alone, not a bare integer, a clock time nor a date. */
    static boolean isValue(String text) {
        if (text.length() > 24) return false;
        if (VERSION.matcher(text).matches() || MEASURED_TIME.matcher(text).matches()) return true;
        return VALUE.matcher(text).matches() && !isCount(text) && !DATE.matcher(text).matches()
                && !Dates.isDateline(text);
    }
}
