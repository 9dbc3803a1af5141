package dev.newsdesk.parse.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
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

    /**
     * The month's words of the languages the parser meets, each string a language's twelve in their order ("-" where
     * it adds none): the names in the case dates write them in, and their short forms. A word two languages give
     * different months is left out of one of them.
     */
    private static final Map<String, Integer> MONTHS = months(
            // en
            "january february march april may june july august september october november december",
            "jan feb mar apr - jun jul aug sep oct nov dec",
            "- - - - - - - - sept - - -",
            // fr, with and without accents, and the short forms ("12 janv. 2020")
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
            "- fevrier - - - - - aout - - - decembre",
            "janv févr - avr - - juil - - - - déc",
            "- fevr - - - - - - - - - -",
            // de, and the short forms ("26 Okt 2018")
            "januar februar märz april mai juni juli august september oktober november dezember",
            "jan feb mär apr - jun jul aug sep okt nov dez",
            "- - mrz - - - - - - - - -",
            // es, and the short forms ("7 ene 2021")
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
            "- - - - - - - - setiembre - - -",
            "ene - - abr - - - ago - - - dic",
            // it, and the short forms ("3 giu 2020")
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
            "gen feb mar apr mag giu lug ago - ott nov dic",
            // pt, and the short forms
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
            "jan fev mar abr mai jun jul ago - - nov dez",
            // ca
            "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
            // ro
            "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
            // nl, and the short form nl adds ("7 mrt 2020"), the Scandinavian languages and Indonesian
            "januari februari maart april mei juni juli augustus september oktober november december",
            "- - mrt - - - - - - - - -",
            "januar februar marts april maj juni juli august september oktober november december",
            "januari februari mars april maj juni juli augusti september oktober november december",
            "januar februar mars april mai juni juli august september oktober november desember",
            "januari februari maret april mei juni juli agustus september oktober nopember desember",
            // pl and cs, in the genitive as dates write them ("3 marca 2021", "3. března 2021")
            "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
            "ledna února března dubna května června července srpna září října listopadu prosince",
            // sk and sl, in the genitive
            "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
            "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
            // hr, in the genitive ("7. lipnja 2020"), but for October: "listopada" is November in pl
            "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna - studenoga prosinca",
            "- - - - - - - - - - studenog -",
            // sr and bs in Latin letters, in the nominative and the genitive ("7. juna 2020")
            "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
            "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra",
            // ru and uk, in the genitive as dates write them ("15 августа 2016")
            "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
            "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
            // bg, mk and sr in Cyrillic
            "януари февруари март април май юни юли август септември октомври ноември декември",
            "јануари февруари март април мај јуни јули август септември октомври ноември декември",
            "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
            // tr
            "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
            // hu, whose dates put the year first (YEAR_MONTH_DAY)
            "január február március április május június július augusztus szeptember október november december",
            // fi, in the partitive as dates write them ("7. kesäkuuta 2020")
            "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta"
                    + " lokakuuta marraskuuta joulukuuta",
            // sq
            "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
            // el, in the genitive as dates write them ("7 Μαΐου 2020"), with and without accents (capitals drop them),
            // and the short forms
            "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου"
                    + " νοεμβρίου δεκεμβρίου",
            "ιανουαριου φεβρουαριου μαρτιου απριλιου μαιου ιουνιου ιουλιου αυγουστου σεπτεμβριου οκτωβριου"
                    + " νοεμβριου δεκεμβριου",
            "- - - - μαϊου - - - - - - -",
            "ιαν φεβ μαρ απρ - ιουν ιουλ αυγ σεπ οκτ νοε δεκ",
            "- - - - - - - - σεπτ - - -",
            // ar, as Egypt and the Gulf name the months, with and without the hamza
            "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
            "- - - إبريل - يونيه يوليه اغسطس - اكتوبر - -",
            "- - - ابريل - - - - - - - -");

    /**
     * The weekday's words dates are written with ("Sun, 06/07/2020", "Sonntag, 07/06/2020"), each string a language's
     * seven from Monday: a weekday beside a date in numbers tells which of its numbers is the month.
     */
    private static final Map<String, Integer> WEEKDAYS = weekdays(
            "monday tuesday wednesday thursday friday saturday sunday",
            "mon tue wed thu fri sat sun",
            "- tues - thur - - -",
            "- - weds thurs - - -",
            "montag dienstag mittwoch donnerstag freitag samstag sonntag",
            "lundi mardi mercredi jeudi vendredi samedi dimanche",
            "lunes martes miércoles jueves viernes sábado domingo",
            "lunedì martedì mercoledì giovedì venerdì sabato domenica",
            "segunda terça quarta quinta sexta - -",
            "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag");

    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.(\\d+))?(Z|([+-])(\\d{2}):?(\\d{2}))?)?");
    /**
     * The day, the month's name and the year, with the words between them of es, pt, ca and en ("7 de junio del
     * 2020", "7 d'agost de 2020", "7th of June 2020"); not the last day of a range ("14.-20. Januar 2022": an event's).
     */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?<!\\d\\.?\\s?[-–]\\s?\\d{1,2})(?:er|st|nd|rd|th|\\.)?\\s+(?:(?:de|of)\\s+|d['’])?([\\p{L}]{3,12})"
                    + "\\.?,?\\s+(?:del?\\s+)?(\\d{4})\\b",
            Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([\\p{L}]{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.UNICODE_CASE);
    /**
     * The month's name, the day, the time, maybe a zone's abbreviation, and the year last, as C's and Java's default
     * date strings write it ("Tue Jul 30 09:35:14 CEST 2019"): an instant in UTC or GMT, else the day alone, as
     * another zone's abbreviation names no sure offset.
     */
    private static final Pattern MONTH_DAY_TIME_YEAR = Pattern.compile(
            "\\b(\\p{L}{3,9})\\.?\\s+(\\d{1,2})\\s+(\\d{2}:\\d{2}(?::\\d{2})?)\\s+(?:(\\p{Lu}{2,5})\\s+)?"
                    + "(\\d{4})\\b");
    /** The year first, then the month's name and the day, each closed by a dot, as Hungarian writes it. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "\\b(\\d{4})\\.\\s+([\\p{L}]{3,12})\\s+(\\d{1,2})\\.", Pattern.UNICODE_CASE);
    /**
     * Day, month and year in numbers, with dots, slashes or dashes ("07.06.2020", "07/06/2020", "07-06-2020"); a dot
     * may have a space after it, as Czech, Slovak and German write dates ("7. 6. 2020").
     */
    private static final Pattern NUMERIC = Pattern.compile(
            "\\b(?<!\\d-)(\\d{1,2})([/.-])(?:(?<=\\.) )?(\\d{1,2})\\2(?:(?<=\\.) )?(\\d{4})\\b");
    /** Day and month in either order and a two-digit year, with slashes ("6/7/20"): read only in a known order. */
    private static final Pattern SLASHED_SHORT_YEAR = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![\\d/.])");
    /**
     * Day, month and a two-digit year with dots, as German and its neighbours shorten a date ("01.01.23"): a date only
     * where a label says so, as a version number or a score is written alike.
     */
    private static final Pattern DOTTED_SHORT_YEAR =
            Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.\\d{2}(?![\\d.])");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /**
     * A date a page gives as a value named for it, in the compact ISO form ({@code 20200607}, {@code 20200607T093000Z},
     * {@code 20200607093000}): the whole value, so that no other number is read as one.
     */
    private static final Pattern COMPACT = Pattern.compile(
            "((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:T?([01]\\d|2[0-3])([0-5]\\d)([0-5]\\d)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    /**
     * The day and the month's name, in either order, and the year's last two digits after an apostrophe ("14 Feb
     * ’20", "Feb 14, '20"), as blogs print it; read only where a date is expected, as this century's.
     */
    private static final Pattern APOSTROPHE_YEAR = Pattern.compile(
            "\\b(?:(\\d{1,2})\\.?\\s+(\\p{L}{3,12})\\.?|(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)"
                    + "\\s+['’‘](\\d{2})(?![\\d'’])",
            Pattern.UNICODE_CASE);
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

    /**
     * The label of an event's date or a deadline, then a colon, in en, de, fr, es, it, pt and nl: what follows is
     * the day the text speaks of, not the day it was published.
     */
    private static final Pattern EVENT_LABEL = Pattern.compile("(?:when|event date|date of the event|deadline"
            + "|termin|wann|veranstaltungsdatum|datum der veranstaltung|einsendeschluss|anmeldeschluss"
            + "|bewerbungsschluss|quand|date de l'événement|date limite|cuándo|fecha del evento|fecha límite|quando"
            + "|data dell'evento|scadenza|data do evento|wanneer)\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The words of a later change ("Updated", "Aktualisiert am"): the date after one is not the publication's. The
     * words of en, de, fr, es, it, pt, and of nl, sv, da, no, fi, pl, cs, ru, uk and tr ("Bijgewerkt", "Uppdaterad",
     * "Aktualizacja", "Обновлено", "Güncelleme").
     */
    public static final FoldedWords CHANGE_WORDS = FoldedWords.of("updated", "modified", "revis", "edited",
            "editiert", "aktualisiert", "geändert", "bearbeitet", "mis à jour", "modifié", "actualizado", "aggiornat",
            "atualizado", "bijgewerkt", "gewijzigd", "uppdater", "opdater", "oppdater", "päivitetty", "aktualizac",
            "aktualizow", "aktualizov", "обновл", "оновлен", "güncelle");

    private Dates() {
    }

    /** The month of each word of {@code languages}; a word two of them give different months is an error. */
    private static Map<String, Integer> months(String... languages) {
        Map<String, Integer> months = new HashMap<>();
        for (String language : languages) {
            String[] words = language.split(" ");
            if (words.length != 12) throw new IllegalStateException("not twelve months: " + language);
            for (int i = 0; i < 12; i++) {
                Integer before = words[i].equals("-") ? null : months.put(words[i], i + 1);
                if (before != null && before != i + 1) {
                    throw new IllegalStateException(words[i] + " is month " + before + " and " + (i + 1));
                }
            }
        }
        return Map.copyOf(months);
    }

    /** The weekday of each word of {@code languages} (1 for Monday). */
    private static Map<String, Integer> weekdays(String... languages) {
        Map<String, Integer> days = new HashMap<>();
        for (String language : languages) {
            String[] words = language.split(" ");
            if (words.length != 7) throw new IllegalStateException("not seven days: " + language);
            for (int i = 0; i < 7; i++) if (!words[i].equals("-")) days.put(words[i], i + 1);
        }
        return Map.copyOf(days);
    }


    /**
     * Whether {@code text} has four digits in a row, as every pattern of {@link #find} and {@link #YEAR_FIRST} needs
     * for its year: most lines a walk asks about have none ("3 comments", "10:30"), told without their regexes
     * ({@link PostStamp}'s day needs one too).
     */
    static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    /** The first date in {@code text}, in one of the two shapes above, or null. */
    public static String find(String text) {
        if (text == null || !hasYear(text)) return null;
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
            m = MONTH_DAY_TIME_YEAR.matcher(text);
            if (m.find()) {
                date = date(m.group(5), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2));
                if (date != null && ("UTC".equals(m.group(4)) || "GMT".equals(m.group(4)))) {
                    return find(date + "T" + m.group(3) + "Z");
                }
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
        return findPrinted(text, DayOrder.UNKNOWN);
    }

    /** The day alone ({@code 2020-06-07}) of what {@link #findPrinted(String, DayOrder)} reads in {@code text}, or null. */
    public static String findPrintedDay(String text, DayOrder order) {
        String iso = findPrinted(text, order);
        return iso == null ? null : iso.substring(0, 10);
    }

    /**
     * {@link #findPrinted(String)}, and a date in numbers with slashes whose day and month could be either way round
     * ({@code 06/07/2020}, {@code 6/7/20}): read as a weekday beside it says ("Sun, 06/07/2020"), else in the page's
     * {@code order}; unread when neither tells.
     */
    public static String findPrinted(String text, DayOrder order) {
        if (text == null) return null;
        boolean year = hasYear(text);
        String iso = year ? find(text) : null;
        if (iso != null) return iso;
        Matcher y = YEAR_FIRST.matcher(text);
        if (year && y.find()) {
            boolean cjk = y.group(2) == null;
            LocalDate date = date(y.group(1), Integer.parseInt(y.group(cjk ? 5 : 3)), y.group(cjk ? 6 : 4));
            if (date != null) return date.toString();
        }
        Matcher m = NUMERIC_SHORT_YEAR.matcher(text);
        LocalDate date = m.find() ? date("20" + m.group(3), Integer.parseInt(m.group(2)), m.group(1)) : null;
        if (date == null && (m = APOSTROPHE_YEAR.matcher(text)).find()) {
            boolean dayFirst = m.group(1) != null;
            date = date("20" + m.group(5), MONTHS.get(m.group(dayFirst ? 2 : 3).toLowerCase(Locale.ROOT)),
                    m.group(dayFirst ? 1 : 4));
        }
        if (date == null) date = eitherWay(text, order);
        return date == null ? null : date.toString();
    }

    /** The first date of {@code text} in numbers whose day and month could be either way round, read as above. */
    private static LocalDate eitherWay(String text, DayOrder order) {
        Matcher m = NUMERIC.matcher(text);
        String year = null;
        while (year == null && m.find()) if (!m.group(2).equals(".")) year = m.group(4);
        if (year == null) {
            m = SLASHED_SHORT_YEAR.matcher(text);
            if (!m.find()) return null;
            year = "20" + m.group(3);
        }
        String first = m.group(1);
        String second = m.group(m.groupCount() == 4 ? 3 : 2);
        LocalDate dayFirst = date(year, Integer.parseInt(second), first);
        LocalDate monthFirst = date(year, Integer.parseInt(first), second);
        Integer weekday = weekday(text);
        if (weekday != null) {
            if (dayFirst != null && dayFirst.getDayOfWeek().getValue() == weekday) return dayFirst;
            if (monthFirst != null && monthFirst.getDayOfWeek().getValue() == weekday) return monthFirst;
        }
        return order == DayOrder.DAY_FIRST ? dayFirst : order == DayOrder.MONTH_FIRST ? monthFirst : null;
    }

    /** The weekday (1 for Monday) of the first weekday's word in {@code text}, or null. */
    private static Integer weekday(String text) {
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            Integer day = WEEKDAYS.get(w.group().toLowerCase(Locale.ROOT));
            if (day != null) return day;
        }
        return null;
    }

    /**
     * The date of a value a page names as one (a meta tag's, a JSON-LD property's, an attribute's): what
     * {@link #findPrinted(String)} reads, or the whole value in the compact ISO form ({@code 20200607T093000Z}).
     */
    public static String fromValue(String value) {
        if (value == null) return null;
        Matcher c = COMPACT.matcher(value.strip());
        if (!c.matches()) return findPrinted(value);
        String iso = c.group(1) + "-" + c.group(2) + "-" + c.group(3);
        if (c.group(4) != null) {
            iso += "T" + c.group(4) + ":" + c.group(5) + ":" + (c.group(6) != null ? c.group(6) : "00")
                    + (c.group(7) != null ? c.group(7) : "");
        }
        return find(iso);
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
     * {@code date} (an instant or a day) with the day a page prints beside it ({@code printed}), when the two disagree
     * by one day: the day printed for the page's readers is the article's (a site that stores UTC shows them the
     * local day). The day alone then, since the local time is not known. Otherwise {@code date}. The caller decides
     * which printed days count.
     */
    public static String withPrintedDay(String date, String printed) {
        if (date == null || printed == null) return date;
        LocalDate day = dayOf(date);
        LocalDate printedDay = dayOf(printed);
        return Math.abs(day.toEpochDay() - printedDay.toEpochDay()) == 1 ? printedDay.toString() : date;
    }

    /**
     * The day {@code iso} opens with: read from its digits when it is written as our dates are ("2020-06-07"), the
     * ISO formatter's work otherwise (it costs a page about as much as a dozen of its regular expressions).
     */
    private static LocalDate dayOf(String iso) {
        if (iso.length() >= 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-' && digits(iso, 0, 4)
                && digits(iso, 5, 7) && digits(iso, 8, 10)) {
            try {
                return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
                        Integer.parseInt(iso, 8, 10, 10));
            } catch (DateTimeException e) {
                // no such day ("2021-02-30"): the formatter's own error, as before
            }
        }
        return LocalDate.parse(iso.substring(0, 10));
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    /**
     * A day in a URL's path: {@code /2019/10/16/}, {@code /2019-10-16-}, {@code /20191016/}, also at the end of a
     * segment's words ({@code /story-20191016.html}, {@code /story_20191016_1}).
     */
    private static final Pattern URL_DAY = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})([/-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
    /** Folders of the year, the month and the day with no leading zeros or the month's name: {@code /2019/6/7/}. */
    private static final Pattern URL_FOLDERS = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\d{1,2}|\\p{L}{3,9})/(\\d{1,2})/");

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
        } else if ((m = URL_FOLDERS.matcher(url.substring(path))).find()) {
            String month = m.group(2);
            date = date(m.group(1), Character.isDigit(month.charAt(0)) ? Integer.valueOf(month)
                    : MONTHS.get(month.toLowerCase(Locale.ROOT)), m.group(3));
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

    /**
     * True when {@code line} opens with the label of an event's date or a deadline ("Termin: 21.02.2020", "When:
     * June 7"): its date is the day the text speaks of, not the day it was published.
     */
    public static boolean namesEvent(String line) {
        return EVENT_LABEL.matcher(line).lookingAt();
    }

    /**
     * The date {@code line} prints as the publication's dateline, or null: null when the line is more than a date
     * ({@link #isDateline}) or is labelled for an event's date or a deadline ({@link #namesEvent}).
     */
    public static String datelineDate(String line) {
        return isDateline(line) && !namesEvent(line) ? find(line) : null;
    }

    /**
     * {@link #datelineDate(String)}, and a date in numbers whose day and month could be either way round
     * ({@code 12/03/2026}) read in the page's {@code order}: a dump's language tells it, as a page's tag does.
     */
    public static String datelineDate(String line, DayOrder order) {
        return isDateline(line) && !namesEvent(line) ? findPrinted(line, order) : null;
    }

    /** Whether {@code word} names a month in a language whose dates are read ("March", "März", "марта"). */
    public static boolean isMonth(String word) {
        return MONTHS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The most words of a dateline: a date, a time, a place, a source's name. */
    private static final int MAX_DATELINE_WORDS = 14;
    /** The longest line a year-first date alone makes a dateline: the date, a time, a source's name. */
    private static final int MAX_YEAR_FIRST_DATELINE = 40;

    /** True when {@code line} is little more than a date: a dateline to keep out of the body. */
    public static boolean isDateline(String line) {
        return isDateline(line, false);
    }

    /**
     * {@link #isDateline(String)}; when {@code labelled} (the line opens with a date's label, {@link
     * LabelledDateline#opens}), a dotted date with a two-digit year ("Erstellt am 01.01.23 um 08:35") is a date too.
     */
    public static boolean isDateline(String line, boolean labelled) {
        // A date's shape, even one whose order is ambiguous (3/4/2021): such a line is a dateline all the same.
        if (line.length() > 120) return false;
        // "2024年5月14日 18時05分": Chinese and Japanese datelines print the year first; without spaces between their
        // words the count below says nothing, so a short line is the measure.
        if (line.length() <= MAX_YEAR_FIRST_DATELINE && hasYear(line) && YEAR_FIRST.matcher(line).find()) return true;
        if (find(line) == null && !NUMERIC.matcher(line).find()
                && !(labelled && DOTTED_SHORT_YEAR.matcher(line).find()) && !UnlistedMonthDates.in(line)) return false;
        if (dev.newsdesk.parse.meta.Words.count(line) <= MAX_DATELINE_WORDS) return true;
        // "19 May 2020, 9:14 Updated 20 May 2020, 10:02": a dateline that dates a later change too is two datelines,
        // the second labelled by its word of change.
        Matcher change = CHANGE_WORDS.find(line);
        return change != null && change.start() > 0 && isDateline(line.substring(0, change.start()), labelled)
                && isDateline(line.substring(change.start()), labelled);
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
            return instant(time, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * {@code time} at {@code offset} in one shape for every instant, whatever the page wrote: seconds always, the offset
     * as numbers ("2020-06-07T09:30:00+02:00"). Written by hand: a formatter's pattern is read again for each date,
     * and every page's head dates it; the year is the four digits {@link #ISO} matched.
     */
    private static String instant(LocalDateTime time, ZoneOffset offset) {
        StringBuilder b = new StringBuilder(25);
        digits(b, time.getYear(), 4).append('-');
        digits(b, time.getMonthValue(), 2).append('-');
        digits(b, time.getDayOfMonth(), 2).append('T');
        digits(b, time.getHour(), 2).append(':');
        digits(b, time.getMinute(), 2).append(':');
        digits(b, time.getSecond(), 2);
        int seconds = offset.getTotalSeconds();
        b.append(seconds < 0 ? '-' : '+');
        digits(b, Math.abs(seconds) / 3600, 2).append(':');
        return digits(b, Math.abs(seconds) / 60 % 60, 2).toString();
    }

    /** {@code b} with {@code value} (not negative) appended in {@code width} digits at least, zeros in front. */
    private static StringBuilder digits(StringBuilder b, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) b.append('0');
        return b.append(text);
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int sign(Matcher m) {
        return m.group(9).equals("-") ? -1 : 1;
    }

    /** The day of these numbers; null when they make none (a 31st of April). */
    static LocalDate date(String year, Integer month, String day) {
        if (month == null) return null;
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
