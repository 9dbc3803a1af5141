package dev.newsdesk.parse.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A charset's name means what it means to browsers (the WHATWG Encoding standard), whatever Java calls it. */
class CharsetLabelTest {

    @Test
    void latin1AndAsciiMeanWindows1252() {
        for (String label : new String[] {"latin1", "iso-8859-1", "ISO_8859-1", "us-ascii", "ascii", "l1"}) {
            assertEquals(Charset.forName("windows-1252"), CharsetLabel.resolve(label), label);
        }
    }

    @Test
    void utf8HasItsOldNames() {
        for (String label : new String[] {"utf-8", "UTF8", "unicode-1-1-utf-8"}) {
            assertEquals(StandardCharsets.UTF_8, CharsetLabel.resolve(label), label);
        }
    }

    @Test
    void eastAsianNamesMeanTheSupersetsPagesAreWrittenIn() {
        assertEquals(Charset.forName("windows-31j"), CharsetLabel.resolve("x-sjis"));
        assertEquals(Charset.forName("windows-31j"), CharsetLabel.resolve("Shift_JIS"));
        assertEquals(Charset.forName("GB18030"), CharsetLabel.resolve("gb2312"));
        assertEquals(Charset.forName("GB18030"), CharsetLabel.resolve("GBK"));
        assertEquals(Charset.forName("Big5-HKSCS"), CharsetLabel.resolve("big5"));
        assertEquals(Charset.forName("x-windows-949"), CharsetLabel.resolve("euc-kr"));
    }

    @Test
    void otherNamesOfCodePages() {
        assertEquals(Charset.forName("windows-1251"), CharsetLabel.resolve(" CP1251 "));
        assertEquals(Charset.forName("windows-1254"), CharsetLabel.resolve("iso-8859-9"));
        assertEquals(Charset.forName("KOI8-R"), CharsetLabel.resolve("koi8-r"));
        assertEquals(Charset.forName("ISO-8859-8"), CharsetLabel.resolve("iso-8859-8-i"));
        assertEquals(StandardCharsets.UTF_16LE, CharsetLabel.resolve("utf-16"));
    }

    @Test
    void unknownAndRefusedNamesResolveToNothing() {
        for (String label : new String[] {"windows-1251x", "", "iso-2022-kr", "replacement", "x-user-defined"}) {
            assertNull(CharsetLabel.resolve(label), label);
        }
        assertNull(CharsetLabel.resolve(null));
    }
}
