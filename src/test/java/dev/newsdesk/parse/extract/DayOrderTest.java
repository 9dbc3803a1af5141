package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which number of a date in numbers is the day, from the page's language tag and its text's language. */
class DayOrderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "en-US | en | MONTH_FIRST",
        "en_us | -  | MONTH_FIRST",
        "en-GB | en | DAY_FIRST",
        "en-IN | en | DAY_FIRST",
        "en-CA | en | UNKNOWN",
        "en    | en | UNKNOWN",
        "-     | en | UNKNOWN",
        "de-DE | de | DAY_FIRST",
        "-     | fr | DAY_FIRST",
        "en-US | de | DAY_FIRST",     // a template's tag over German text
        "de    | en | UNKNOWN",
        "-     | -  | UNKNOWN"})
    void tellsTheOrderFromTheTagAndTheText(String tag, String language, DayOrder order) {
        assertEquals(order, DayOrder.of(tag, language));
    }
}
