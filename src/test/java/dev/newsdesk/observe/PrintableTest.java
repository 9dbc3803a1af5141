package dev.newsdesk.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A key shown in a line a person reads stays on that line and reads back as the key. */
class PrintableTest {

    @Test
    void controlCharactersAndLineSeparatorsShowAsEscapes() {
        assertEquals("a\\nb\\r\\tc\\u001b[31md\\u2028e\\u0085f", Printable.escape("a\nb\r\tc\u001b[31md\u2028e\u0085f"));
    }

    @Test
    void aBackslashIsDoubledSoThatAnEscapeCannotBeForged() {
        assertEquals("a\\\\nb", Printable.escape("a\\nb"));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        String key = "politique/élections 2026 — été+x.txt";
        assertSame(key, Printable.escape(key));
    }
}
