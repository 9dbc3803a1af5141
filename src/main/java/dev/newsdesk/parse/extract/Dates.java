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
            Map.entry("novembro", 11), Map.entry("dezembro", 12),
            // nl, the Scandinavian languages and Indonesian (the forms the languages above lack)
            Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("maart", 3), Map.entry("mei", 5),
            Map.entry("augustus", 8), Map.entry("marts", 3), Map.entry("maj", 5), Map.entry("augusti", 8),
            Map.entry("desember", 12), Map.entry("maret", 3), Map.entry("agustus", 8), Map.entry("nopember", 11),
            // pl and cs, as a date writes them (the genitive: "3 marca 2021", "3. března 2021")
            Map.entry("stycznia", 1), Map.entry("lutego", 2), Map.entry("marca", 3), Map.entry("kwietnia", 4),
            Map.entry("maja", 5), Map.entry("czerwca", 6), Map.entry("lipca", 7), Map.entry("sierpnia", 8),
            Map.entry("września", 9), Map.entry("października", 10), Map.entry("listopada", 11),
            Map.entry("grudnia", 12), Map.entry("ledna", 1), Map.entry("února", 2), Map.entry("března", 3),
            Map.entry("dubna", 4), Map.entry("května", 5), Map.entry("června", 6), Map.entry("července", 7),
            Map.entry("srpna", 8), Map.entry("září", 9), Map.entry("října", 10), Map.entry("listopadu", 11),
            Map.entry("prosince", 12),
            // ru and uk, in the genitive as dates write them ("15 августа 2016")
            Map.entry("января", 1), Map.entry("февраля", 2), Map.entry("марта", 3), Map.entry("апреля", 4),
            Map.entry("мая", 5), Map.entry("июня", 6), Map.entry("июля", 7), Map.entry("августа", 8),
            Map.entry("сентября", 9), Map.entry("октября", 10), Map.entry("ноября", 11), Map.entry("декабря", 12),
            Map.entry("січня", 1), Map.entry("лютого", 2), Map.entry("березня", 3), Map.entry("квітня", 4),
            Map.entry("травня", 5), Map.entry("червня", 6), Map.entry("липня", 7), Map.entry("серпня", 8),
            Map.entry("вересня", 9), Map.entry("жовтня", 10), Map.entry("листопада", 11), Map.entry("грудня", 12),
            // tr
            Map.entry("ocak", 1), Map.entry("şubat", 2), Map.entry("mart", 3), Map.entry("nisan", 4),
            Map.entry("mayıs", 5), Map.entry("haziran", 6), Map.entry("temmuz", 7), Map.entry("ağustos", 8),
            Map.entry("eylül", 9), Map.entry("ekim", 10), Map.entry("kasım", 11), Map.entry("aralık", 12),
            // el, in the genitive as dates write them ("7 Μαΐου 2020"), with and without accents (capitals drop
            // them), and the short forms
            Map.entry("ιανουαρίου", 1), Map.entry("φεβρουαρίου", 2), Map.entry("μαρτίου", 3),
            Map.entry("απριλίου", 4), Map.entry("μαΐου", 5), Map.entry("ιουνίου", 6), Map.entry("ιουλίου", 7),
            Map.entry("αυγούστου", 8), Map.entry("σεπτεμβρίου", 9), Map.entry("οκτωβρίου", 10),
            Map.entry("νοεμβρίου", 11), Map.entry("δεκεμβρίου", 12),
            Map.entry("ιανουαριου", 1), Map.entry("φεβρουαριου", 2), Map.entry("μαρτιου", 3),
            Map.entry("απριλιου", 4), Map.entry("μαιου", 5), Map.entry("μαϊου", 5), Map.entry("ιουνιου", 6),
            Map.entry("ιουλιου", 7), Map.entry("αυγουστου", 8), Map.entry("σεπτεμβριου", 9),
            Map.entry("οκτωβριου", 10), Map.entry("νοεμβριου", 11), Map.entry("δεκεμβριου", 12),
            Map.entry("ιαν", 1), Map.entry("φεβ", 2), Map.entry("μαρ", 3), Map.entry("απρ", 4),
            Map.entry("ιουν", 6), Map.entry("ιουλ", 7), Map.entry("αυγ", 8), Map.entry("σεπ", 9),
            Map.entry("σεπτ", 9), Map.entry("οκτ", 10), Map.entry("νοε", 11), Map.entry("δεκ", 12),
            // short forms of de, fr, es, it and pt ("26 Okt 2018", "12 janv. 2020", "7 ene 2021", "3 giu 2020")
            Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("okt", 10), Map.entry("dez", 12), Map.entry("janv", 1),
            Map.entry("févr", 2), Map.entry("fevr", 2), Map.entry("avr", 4), Map.entry("juil", 7), Map.entry("déc", 12),
            Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("ago", 8), Map.entry("dic", 12), Map.entry("gen", 1),
            Map.entry("mag", 5), Map.entry("giu", 6), Map.entry("lug", 7), Map.entry("ott", 10), Map.entry("fev", 2),
            // ca
            Map.entry("gener", 1), Map.entry("febrer", 2), Map.entry("març", 3), Map.entry("maig", 5),
            Map.entry("juny", 6), Map.entry("juliol", 7), Map.entry("agost", 8), Map.entry("setembre", 9),
            Map.entry("desembre", 12),
            // ro
            Map.entry("ianuarie", 1), Map.entry("februarie", 2), Map.entry("martie", 3), Map.entry("aprilie", 4),
            Map.entry("iunie", 6), Map.entry("iulie", 7), Map.entry("septembrie", 9), Map.entry("octombrie", 10),
            Map.entry("noiembrie", 11), Map.entry("decembrie", 12),
            // hu, whose dates put the year first (YEAR_MONTH_DAY)
            Map.entry("január", 1), Map.entry("február", 2), Map.entry("március", 3), Map.entry("április", 4),
            Map.entry("május", 5), Map.entry("június", 6), Map.entry("július", 7), Map.entry("augusztus", 8),
            Map.entry("szeptember", 9), Map.entry("október", 10),
            // fi, in the partitive as dates write them ("7. kesäkuuta 2020")
            Map.entry("tammikuuta", 1), Map.entry("helmikuuta", 2), Map.entry("maaliskuuta", 3),
            Map.entry("huhtikuuta", 4), Map.entry("toukokuuta", 5), Map.entry("kesäkuuta", 6),
            Map.entry("heinäkuuta", 7), Map.entry("elokuuta", 8), Map.entry("syyskuuta", 9), Map.entry("lokakuuta", 10),
            Map.entry("marraskuuta", 11), Map.entry("joulukuuta", 12),
            // hr, sr, bs, sk and sl, in the nominative and the genitive as dates write them ("7. lipnja 2020",
            // "7. juna 2020"); hr's October ("listopada") is left out: in pl the word is November
            Map.entry("siječnja", 1), Map.entry("veljače", 2), Map.entry("ožujka", 3), Map.entry("travnja", 4),
            Map.entry("svibnja", 5), Map.entry("lipnja", 6), Map.entry("srpnja", 7), Map.entry("kolovoza", 8),
            Map.entry("rujna", 9), Map.entry("studenoga", 11), Map.entry("studenog", 11), Map.entry("prosinca", 12),
            Map.entry("avgust", 8), Map.entry("septembar", 9), Map.entry("oktobar", 10), Map.entry("novembar", 11),
            Map.entry("decembar", 12), Map.entry("januara", 1), Map.entry("februara", 2), Map.entry("marta", 3),
            Map.entry("aprila", 4), Map.entry("juna", 6), Map.entry("jula", 7), Map.entry("avgusta", 8),
            Map.entry("augusta", 8), Map.entry("septembra", 9), Map.entry("oktobra", 10), Map.entry("novembra", 11),
            Map.entry("decembra", 12), Map.entry("januára", 1), Map.entry("februára", 2), Map.entry("apríla", 4),
            Map.entry("mája", 5), Map.entry("júna", 6), Map.entry("júla", 7), Map.entry("októbra", 10),
            Map.entry("januarja", 1), Map.entry("februarja", 2), Map.entry("junija", 6), Map.entry("julija", 7),
            // sq
            Map.entry("janar", 1), Map.entry("shkurt", 2), Map.entry("prill", 4), Map.entry("qershor", 6),
            Map.entry("korrik", 7), Map.entry("gusht", 8), Map.entry("shtator", 9), Map.entry("tetor", 10),
            Map.entry("nëntor", 11), Map.entry("dhjetor", 12),
            // bg, mk and sr in Cyrillic
            Map.entry("януари", 1), Map.entry("февруари", 2), Map.entry("март", 3), Map.entry("април", 4),
            Map.entry("май", 5), Map.entry("юни", 6), Map.entry("юли", 7), Map.entry("август", 8),
            Map.entry("септември", 9), Map.entry("октомври", 10), Map.entry("ноември", 11), Map.entry("декември", 12),
            Map.entry("јануари", 1), Map.entry("мај", 5), Map.entry("јуни", 6), Map.entry("јули", 7),
            Map.entry("јануар", 1), Map.entry("фебруар", 2), Map.entry("јун", 6), Map.entry("јул", 7),
            Map.entry("септембар", 9), Map.entry("октобар", 10), Map.entry("новембар", 11), Map.entry("децембар", 12),
            // ar, the months as Egypt and the Gulf name them, with and without the hamza
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("أبريل", 4),
            Map.entry("إبريل", 4), Map.entry("ابريل", 4), Map.entry("مايو", 5), Map.entry("يونيو", 6),
            Map.entry("يونيه", 6), Map.entry("يوليو", 7), Map.entry("يوليه", 7), Map.entry("أغسطس", 8),
            Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9), Map.entry("أكتوبر", 10), Map.entry("اكتوبر", 10),
            Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12));

    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.(\\d+))?(Z|([+-])(\\d{2}):?(\\d{2}))?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:er|st|nd|rd|th|\\.)?\\s+(?:de\\s+)?([\\p{L}]{3,12})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b",
            Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([\\p{L}]{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.UNICODE_CASE);
    /** The year first, then the month's name and the day, each closed by a dot, as Hungarian writes it. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "\\b(\\d{4})\\.\\s+([\\p{L}]{3,12})\\s+(\\d{1,2})\\.", Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})\\b");
    /**
     * "28.09.19": the day, month and two-digit year of a printed dateline, each of two digits (not a version number,
     * "1.10.22"); read only where a date is expected.
     */
    private static final Pattern NUMERIC_SHORT_YEAR = Pattern.compile("(?<![\\d.])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d.])");

    /**
     * The year first, then month and day: "2023.11.02.", "2023/11/02", and as Chinese, Japanese and Korean print
     * it, "2023年11月2日", "2023년 11월 2일". Unambiguous, but read only where a date is expected, and not as the
     * start of a range of days ("2020/7/11-12": an event's).
     */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})(?:([./])\\s?(\\d{1,2})\\2\\s?(\\d{1,2})(?!\\d)(?!\\s?[-–~～]\\s?\\d)"
                    + "|\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일])");

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
            m = YEAR_MONTH_DAY.matcher(text);
            if (m.find()) date = date(m.group(1), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(3));
        }
        if (date == null) {
            m = NUMERIC.matcher(text);
            if (m.find()) date = numeric(m.group(1), m.group(2), m.group(3), m.group(4));
        }
        return date == null ? null : date.toString();
    }

    /**
     * A date printed where the page dates its article (a dateline, an element named for the date): what
     * {@link #find} reads, the year-first forms ({@link #YEAR_FIRST}), and the day, month and two-digit year that
     * datelines also use ({@code 28.09.19}, this century's).
     */
    public static String findPrinted(String text) {
        String iso = find(text);
        if (iso != null || text == null) return iso;
        Matcher y = YEAR_FIRST.matcher(text);
        if (y.find()) {
            boolean cjk = y.group(2) == null;
            LocalDate date = date(y.group(1), Integer.parseInt(y.group(cjk ? 5 : 3)), y.group(cjk ? 6 : 4));
            if (date != null) return date.toString();
        }
        Matcher m = NUMERIC_SHORT_YEAR.matcher(text);
        if (!m.find()) return null;
        LocalDate date = date("20" + m.group(3), Integer.parseInt(m.group(2)), m.group(1));
        return date == null ? null : date.toString();
    }

    /**
     * Day, month and year written in numbers. With dots the day comes first (nowhere is it written month first);
     * with slashes or dashes the order is the writer's custom (3/4/2021 is March in the US, April in Europe), so the
     * date is read only when one of the two numbers cannot be a month, or both are the same: a wrong date is worse
     * than none.
     */
    private static LocalDate numeric(String first, String separator, String second, String year) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        if (separator.equals(".") || a > 12 || a == b) return date(year, b, first);
        if (b > 12) return date(year, a, second);
        return null;
    }

    /**
     * {@code instant} (or a day) with the day a page prints beside it ({@code printed}), when the two disagree by one
     * day: the day printed for the page's readers is the article's (a site that stores UTC shows them the local
     * day). The day alone then, since the local time is not known. Otherwise {@code instant}. The caller decides
     * which printed days count.
     */
    public static String withPrintedDay(String instant, String printed) {
        if (instant == null || printed == null) return instant;
        LocalDate utcDay = LocalDate.parse(instant.substring(0, 10));
        LocalDate printedDay = LocalDate.parse(printed.substring(0, 10));
        return Math.abs(utcDay.toEpochDay() - printedDay.toEpochDay()) == 1 ? printedDay.toString() : instant;
    }

    /** A day in a URL's path: {@code /2019/10/16/}, {@code /2019-10-16-}, {@code /20191016/}. */
    private static final Pattern URL_DAY = Pattern.compile(
            "/((?:19|20)\\d{2})([/-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

    /** A path segment that is a date with the year last, {@code /29-10-2021}: the day's order as on paper. */
    private static final Pattern URL_DAY_LAST = Pattern.compile(
            "/(\\d{2})-(\\d{2})-((?:19|20)\\d{2})(?=[/?#]|$)");

    /** The day {@code url}'s path names, or null: many sites file an article under the day it was published. */
    public static String fromUrl(String url) {
        if (url == null) return null;
        int path = url.indexOf('/', url.indexOf("//") + 2);
        if (path < 0) return null;
        Matcher m = URL_DAY.matcher(url.substring(path));
        LocalDate date = null;
        if (m.find()) {
            date = date(m.group(1), Integer.parseInt(m.group(3)), m.group(4));
        } else if ((m = URL_DAY_LAST.matcher(url.substring(path))).find()) {
            date = numeric(m.group(1), "-", m.group(2), m.group(3)); // read only when the order is plain
        }
        return date == null ? null : date.toString();
    }

    /**
     * A file name that opens with the moment it was stored, to the second ({@code 20201007120909561.jpg}): as many
     * digits make no other date by chance.
     */
    private static final Pattern FILE_TIMESTAMP = Pattern.compile(
            "/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])"
                    + "(?:[01]\\d|2[0-3])[0-5]\\d[0-5]\\d\\d{0,6}[._-][^/]*$");

    /**
     * The day a file's address names ({@code url}, a picture's): a day in its path as {@link #fromUrl} reads it, or
     * the moment its name opens with; null when it names none.
     */
    public static String fromFileUrl(String url) {
        String day = fromUrl(url);
        if (day != null || url == null) return day;
        int query = url.indexOf('?');
        Matcher m = FILE_TIMESTAMP.matcher(query < 0 ? url : url.substring(0, query));
        LocalDate date = m.find() ? date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)) : null;
        return date == null ? null : date.toString();
    }

    /** True when {@code line} is little more than a date: a dateline to keep out of the body. */
    public static boolean isDateline(String line) {
        // A date's shape, even one whose order is ambiguous (3/4/2021): such a line is a dateline all the same.
        if (line.length() > 120 || find(line) == null && !NUMERIC.matcher(line).find()) return false;
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
