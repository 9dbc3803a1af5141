package dev.newsdesk.parse.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date and writes it in one of two shapes, the API's contract: an instant with the offset the page
 * gave ({@code 2020-06-07T09:30:00+02:00}, seconds always, {@code +00:00} for UTC), or the day alone
 * ({@code 2020-06-07}) when the page gives no time, or a time without its offset: such a time names no instant, and
 * the day is the page's own either way.
 */
public final class Dates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            // en
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            // fr
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            // de
            Map.entry("januar", 1), Map.entry("februar", 2), Map.entry("märz", 3), Map.entry("juni", 6),
            Map.entry("juli", 7), Map.entry("oktober", 10), Map.entry("dezember", 12),
            // es
            Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4),
            Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8),
            Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10),
            Map.entry("noviembre", 11), Map.entry("diciembre", 12),
            // it
            Map.entry("gennaio", 1), Map.entry("febbraio", 2), Map.entry("aprile", 4), Map.entry("maggio", 5),
            Map.entry("giugno", 6), Map.entry("luglio", 7), Map.entry("settembre", 9), Map.entry("ottobre", 10),
            Map.entry("dicembre", 12),
            // pt
            Map.entry("janeiro", 1), Map.entry("fevereiro", 2), Map.entry("março", 3), Map.entry("maio", 5),
            Map.entry("junho", 6), Map.entry("julho", 7), Map.entry("setembro", 9), Map.entry("outubro", 10),
            Map.entry("novembro", 11), Map.entry("dezembro", 12));

    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.(\\d+))?(Z|([+-])(\\d{2}):?(\\d{2}))?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:er|st|nd|rd|th|\\.)?\\s+(?:de\\s+)?([\\p{L}]{3,10})\\.?\\s+(?:de\\s+)?(\\d{4})\\b",
            Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([\\p{L}]{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");

    private Dates() {
    }

    /** Seconds always, and the offset as numbers: one shape for every instant, whatever the page wrote. */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    /** The first date in {@code text}, in one of the two shapes above, or null. */
    public static String find(String text) {
        if (text == null || text.isBlank()) return null;
        Matcher iso = ISO.matcher(text);
        if (iso.find()) return isoFrom(iso);
        LocalDate date = null;
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            date = date(m.group(3), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1));
        }
        if (date == null) {
            m = MONTH_DAY_YEAR.matcher(text);
            if (m.find()) {
                date = date(m.group(3), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2));
            }
        }
        if (date == null) {
            m = NUMERIC.matcher(text);
            if (m.find()) {
                // Day first: the European order, and the only one where a day above 12 is unambiguous anyway.
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                date = a > 12 || b <= 12 ? date(m.group(3), b, m.group(1)) : date(m.group(3), a, m.group(2));
            }
        }
        return date == null ? null : date.toString();
    }

    /** A day in a URL's path: {@code /2019/10/16/}, {@code /2019-10-16-}, {@code /20191016/}. */
    private static final Pattern URL_DAY = Pattern.compile(
            "/((?:19|20)\\d{2})([/-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

    /** The day {@code url}'s path names, or null: many sites file an article under the day it was published. */
    public static String fromUrl(String url) {
        if (url == null) return null;
        int path = url.indexOf('/', url.indexOf("//") + 2);
        if (path < 0) return null;
        Matcher m = URL_DAY.matcher(url.substring(path));
        if (!m.find()) return null;
        LocalDate date = date(m.group(1), Integer.parseInt(m.group(3)), m.group(4));
        return date == null ? null : date.toString();
    }

    /** True when {@code line} is little more than a date: a dateline to keep out of the body. */
    public static boolean isDateline(String line) {
        if (line.length() > 120 || find(line) == null) return false;
        return dev.newsdesk.parse.meta.Words.count(line) <= 14;
    }

    /**
     * The ISO match as a day or an instant, built from its numbers (what parsing the ISO text would give, without a
     * parser's cost); null when the numbers make no date, time or offset. The time is checked even when it is dropped.
     */
    private static String isoFrom(Matcher m) {
        try {
            LocalDate date = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            if (m.group(4) == null) return date.toString();
            String fraction = m.group(7);
            if (fraction != null && (m.group(6) == null || fraction.length() > 9)) return null; // not ISO
            int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
            int seconds = m.group(6) == null ? 0 : number(m, 6);
            LocalDateTime time = date.atTime(LocalTime.of(number(m, 4), number(m, 5), seconds, nanos));
            if (m.group(8) == null) return date.toString();
            ZoneOffset offset = m.group(8).equals("Z") ? ZoneOffset.UTC
                    : ZoneOffset.ofHoursMinutes(sign(m) * number(m, 10), sign(m) * number(m, 11));
            return INSTANT.format(OffsetDateTime.of(time, offset));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int sign(Matcher m) {
        return m.group(9).equals("-") ? -1 : 1;
    }

    private static LocalDate date(String year, Integer month, String day) {
        if (month == null) return null;
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
