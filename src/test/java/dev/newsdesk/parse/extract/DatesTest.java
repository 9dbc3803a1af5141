package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as pages write them, written back in the API's two shapes (an instant with its offset, or the day); impossible ones give null. */
class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "published 2024-03-05            | 2024-03-05",
        "2024-03-05 10:15                | 2024-03-05",
        "2024-03-05T10:15:07             | 2024-03-05",
        "2024-03-05T10:15:07.12          | 2024-03-05",
        "2024-03-05T10:15:00Z            | 2024-03-05T10:15:00+00:00",
        "2024-03-05T10:15:07.9Z          | 2024-03-05T10:15:07+00:00",
        "2024-03-05T10:15:00+0100        | 2024-03-05T10:15:00+01:00",
        "2024-03-05T23:15-05:30          | 2024-03-05T23:15:00-05:30",
        "2024-03-05T10:15-00:00          | 2024-03-05T10:15:00+00:00",
        "le 5 mars 2024 à 10h15          | 2024-03-05",
        "March 5, 2024, 10:15 a.m.       | 2024-03-05",
        "March 5, 2024 at 10:00 a.m. ET  | 2024-03-05",
        "Published 5 March 2024          | 2024-03-05",
        "5. März 2024                    | 2024-03-05",
        "Samstag, 5. Oktober 2013        | 2013-10-05",
        "26 Mai, 2008                    | 2008-05-26",
        "05.03.2024                      | 2024-03-05",
        "5.3.2024 - Bei der Sitzung      | 2024-03-05",
        "13/03/2024                      | 2024-03-13",
        "03/13/2024                      | 2024-03-13",
        "05/05/2024                      | 2024-05-05",
        "13-03-2024                      | 2024-03-13",
        "Tue Mar 05 10:15:07 CET 2024    | 2024-03-05",
        "Tue Mar 5 10:15:07 UTC 2024     | 2024-03-05T10:15:07+00:00",
        "Mar 5 10:15 2024                | 2024-03-05"})
    void writesAnInstantWithItsOffsetOrTheDayAlone(String text, String iso) {
        assertEquals(iso, Dates.find(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "15 августа 2016, 13:43          | 2016-08-15",    // ru, genitive
        "3 березня 2021                  | 2021-03-03",    // uk
        "3 października 2021             | 2021-10-03",    // pl, the longest month word
        "3. března 2021                  | 2021-03-03",    // cs
        "5 maart 2024                    | 2024-03-05",    // nl
        "5 maj 2024                      | 2024-05-05",    // sv, da
        "5 Agustus 2024                  | 2024-08-05",    // id
        "5 Şubat 2024                    | 2024-02-05",    // tr
        "7 Μαΐου 2020, 10:15             | 2020-05-07",    // el, genitive
        "7 ΜΑΪΟΥ 2020                    | 2020-05-07",    // el, capitals without accents
        "12 Δεκ 2019                     | 2019-12-12",    // el, short
        "26 Okt 2018                     | 2018-10-26",    // de, short
        "Mär 12, 2018                    | 2018-03-12",    // de, short, month first
        "12 janv. 2020                   | 2020-01-12",    // fr, short
        "7 ene 2021                      | 2021-01-07",    // es, short
        "3 giu 2020                      | 2020-06-03",    // it, short
        "7 de gener de 2020              | 2020-01-07",    // ca
        "7 iunie 2020                    | 2020-06-07",    // ro
        "2020. június 7.                 | 2020-06-07",    // hu, the year first
        "7. kesäkuuta 2020               | 2020-06-07",    // fi, partitive
        "7. lipnja 2020.                 | 2020-06-07",    // hr, genitive
        "7. juna 2020                    | 2020-06-07",    // sr, bs, genitive
        "7. júna 2020                    | 2020-06-07",    // sk
        "13 gusht 2020                   | 2020-08-13",    // sq
        "15 октомври 2020                | 2020-10-15",    // bg, mk
        "24 أغسطس 2020                   | 2020-08-24",    // ar
        "7 mrt 2020                      | 2020-03-07",    // nl, short
        "7 de junio del 2020             | 2020-06-07",    // es, "del"
        "7 d'agost de 2020               | 2020-08-07",    // ca, "d'"
        "7th of June 2020                | 2020-06-07"})   // en, "of"
    void readsTheMonthNamesOfMoreLanguages(String text, String iso) {
        assertEquals(iso, Dates.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-13-01", "2024-03-05T24:00",
        "2024-03-05T10:15.5",               // a fraction needs seconds
        "2024-03-05T10:15:07.1234567891",   // finer than nanoseconds
        "2024-03-05T10:15+19:00", "2024-03-05T10:15+05:60"})
    void refusesWhatIsNoDateTimeOrOffset(String text) {
        assertNull(Dates.find(text));
    }

    @Test
    void readsAMonthsWordTwoLanguagesShareAsOnlyOneOfThemMeansIt() {
        assertEquals("2021-11-03", Dates.find("3 listopada 2021"), "November in pl; hr's October is left unread");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020. 12 7.", "2019. Kapitel 3.", "Version 2020. Build 7."})
    void readsNoYearFirstDateWithoutAMonthsName(String text) {
        assertNull(Dates.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"14.-20. Januar 2022", "14. - 20. Januar 2022", "14-20 January 2022",
        "14 – 20 janvier 2022"})
    void readsNoDateFromTheEndOfARangeOfDays(String text) {
        assertNull(Dates.find(text), "an event's or a period's days");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 במרץ 2026 | מאת דניאל כהן", "12 मार्च 2026 | लेखक: राहुल शर्मा", "12 มีนาคม 2569",
        "۱۲ اسفند ۱۴۰۴ | نویسنده: علی رضایی", "۱۲ دي ۱۴۰۴", "১২ মার্চ ২০২৬ | লেখক: রাহুল দাস", "12 مارچ 2026"})
    void aDateWhoseMonthIsNamedInAScriptOfNoListedMonthsMakesADateline(String line) {
        assertTrue(Dates.isDateline(line), line);
        assertNull(Dates.find(line), "its day is not read: the year may be of another calendar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 Monkeys 2026", "Топ-10 фильмов 2025 года", "أفضل 10 أفلام 2025 حسب النقاد",
        "10 סרטים 2025 שכדאי לראות", "盘点 10 部 2025 年必看电影", "올해 10 편 2025 최고의 영화"})
    void aNumberAWordAndAYearAreNoDatelineUnlessTheWordIsAMonth(String headline) {
        assertFalse(Dates.isDateline(headline), headline);
    }

    @ParameterizedTest
    @ValueSource(strings = {"03/05/2024", "12/11/2023"})
    void leavesASlashedDateWhoseOrderIsTheWritersCustomUnread(String text) {
        assertNull(Dates.find(text), "March or May: a wrong date is worse than none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "06/07/2020        | DAY_FIRST   | 2020-07-06",
        "06/07/2020        | MONTH_FIRST | 2020-06-07",
        "06-07-2020        | DAY_FIRST   | 2020-07-06",
        "6/7/20            | MONTH_FIRST | 2020-06-07",
        "Sun, 06/07/2020   | DAY_FIRST   | 2020-06-07",
        "Sonntag, 7/6/2020 | MONTH_FIRST | 2020-06-07",
        "06/07/2020        | UNKNOWN     | ",
        "6/7/20            | UNKNOWN     | ",
        "978-3-12-2020     | DAY_FIRST   | "})
    void readsADateWhoseOrderIsTheWritersCustomInTheOrderGivenOrAsItsWeekdaySays(String text, DayOrder order,
            String iso) {
        assertEquals(iso, Dates.findPrinted(text, order));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "28.09.19              | 2019-09-28",
        "Party, 30.10.23       | 2023-10-30",
        "am 20.06.2018         | 2018-06-20"})
    void readsATwoDigitYearOnlyWhereADateIsPrinted(String text, String iso) {
        assertEquals(iso, Dates.findPrinted(text));
        assertEquals(text.contains("2018") ? iso : null, Dates.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"version 1.10.22", "1.2.3.4", "28.09.1"})
    void readsNoTwoDigitYearFromOtherNumbers(String text) {
        assertNull(Dates.findPrinted(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-11-09T01:49:09+00:00 | 2023-11-08 | 2023-11-08",                  // the day printed for readers
        "2023-11-09T01:49:09+00:00 | 2023-11-09 | 2023-11-09T01:49:09+00:00",   // the same day
        "2023-11-09T01:49:09+00:00 | 2023-10-01 | 2023-11-09T01:49:09+00:00",   // another text's date
        "2023-11-09T01:49:09-05:00 | 2023-11-08 | 2023-11-08",                  // any offset: the caller picks the day
        "2023-11-09 | 2023-11-08 | 2023-11-08",                                  // a day alone as well
        "2024-03-01T00:10:00+00:00 | 2024-02-29 | 2024-02-29",                  // across a month, a leap day
        "2024-01-01T02:00:00+00:00 | 2023-12-31 | 2023-12-31"})                  // across a year
    void anInstantTakesTheDayPrintedBesideIt(String instant, String printed, String expected) {
        assertEquals(expected, Dates.withPrintedDay(instant, printed));
    }

    @Test
    void aDayThatDoesNotExistFailsAsTheIsoFormatterDoes() {
        assertThrows(DateTimeParseException.class, () -> Dates.withPrintedDay("2023-02-30T10:00:00+00:00",
                "2023-03-01"));
    }
}
