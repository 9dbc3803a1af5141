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

    @Test
    void javaNamesBrowsersLackStillResolve() {
        // older pages and servers say "latin9" or "cp850"; what Java reads by the name is what they were written in
        assertEquals(Charset.forName("ISO-8859-15"), CharsetLabel.resolve("latin9"));
        assertEquals(Charset.forName("IBM850"), CharsetLabel.resolve("cp850"));
        assertEquals(Charset.forName("x-MacGreek"), CharsetLabel.resolve("x-macgreek"));
        assertEquals(Charset.forName("x-windows-949"), CharsetLabel.resolve("ms949"));
    }

    @Test
    void javaNamesOfTheTablesCharsetsMeanTheirSupersets() {
        assertEquals(Charset.forName("GB18030"), CharsetLabel.resolve("euc-cn"));
        assertEquals(Charset.forName("x-windows-949"), CharsetLabel.resolve("euckr"));
        assertEquals(Charset.forName("x-windows-874"), CharsetLabel.resolve("tis620"));
    }

    @Test
    void labelsBrowsersReplaceAreRefusedUnderAnyName() {
        // escape-switched encodings: "iso2022kr" is Java's own name for one
        for (String label : new String[] {"iso-2022-kr", "csiso2022kr", "iso-2022-cn", "iso-2022-cn-ext", "hz-gb-2312",
                "iso2022kr", "ISO-2022-CN"}) {
            assertNull(CharsetLabel.resolve(label), label);
        }
    }

    @Test
    void javaCharsetsThatDoNotReadAsciiAsAsciiAreRefused() {
        for (String label : new String[] {"utf-32", "UTF-32LE", "x-utf-16le-bom", "cp037", "x-jisautodetect"}) {
            assertNull(CharsetLabel.resolve(label), label);
        }
    }

    @Test
    void aMetaNeverSaysUtf16OrUtf32() {
        // a page whose meta says so is not: its meta would be zero bytes apart
        for (String label : new String[] {"utf-16", "utf-16be", "utf-32"}) {
            String page = "<html><head><meta charset=\"" + label + "\"><title>Prix</title></head><body></body></html>";
            assertNull(TextDecoder.declaredCharset(page.getBytes(StandardCharsets.US_ASCII)), label);
        }
    }

    @Test
    void aMetaCharsetJavaNamesIsRead() throws Exception {
        // as Windows-1252, ISO-8859-15's "œ" and "€" would read "½" and "¤"
        String page = "<html><head><meta charset=\"latin9\"><title>Prix</title></head><body><p>Les œuvres du musée"
                + " coûtent 20 €.</p></body></html>";
        byte[] bytes = page.getBytes(Charset.forName("ISO-8859-15"));
        assertEquals(page, TextDecoder.decode(bytes, TextDecoder.detect(bytes)));
    }
}
