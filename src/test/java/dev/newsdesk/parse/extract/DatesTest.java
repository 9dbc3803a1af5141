package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
        "March 5, 2024, 10:15 a.m.       | 2024-03-05"})
    void writesAnInstantWithItsOffsetOrTheDayAlone(String text, String iso) {
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
}
