package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ISO dates as pages write them, written back the way {@code java.time} prints them; impossible ones give null. */
class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "published 2024-03-05            | 2024-03-05",
        "2024-03-05 10:15                | 2024-03-05T10:15",
        "2024-03-05T10:15:07             | 2024-03-05T10:15:07",
        "2024-03-05T10:15:07.12          | 2024-03-05T10:15:07.120",
        "2024-03-05T10:15:00Z            | 2024-03-05T10:15Z",
        "2024-03-05T10:15:00+0100        | 2024-03-05T10:15+01:00",
        "2024-03-05T10:15-05:30          | 2024-03-05T10:15-05:30",
        "2024-03-05T10:15-00:00          | 2024-03-05T10:15Z"})
    void readsIsoDatesTimesAndOffsets(String text, String iso) {
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
