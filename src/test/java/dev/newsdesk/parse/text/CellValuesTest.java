package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A table's cell holding a value alone is told from a page's link, a year, a clock's stamp and a date. */
class CellValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2.3 GB/s", "12 ms", "16GB", "1.2 GHz", "€1.2bn", "45 %", "−4 °C", "5 km/h", "12,5 km/h",
            "x2", "2×", "v1.4.2", "3:45.2", "1:02:33", "0.93", "12,400", "1 250 €", "15–30 min", "+3.5%", "40 m²"})
    void readsAValueWithItsUnit(String cell) {
        assertTrue(CellValues.isValue(cell), cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "2023", "10:45", "12.05.2023", "2023-05-12", "12.05.", "1 2 3", "Home", "m²",
            "2. Introduction", "1.4.2", "Read more", "3 ways the council could save its schools"})
    void refusesWhatIsNoValue(String cell) {
        assertFalse(CellValues.isValue(cell), cell);
    }
}
