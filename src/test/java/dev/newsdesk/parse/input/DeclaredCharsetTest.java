package dev.newsdesk.parse.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The charset an upload declares (its Content-Type's) is read first after a byte-order mark, as browsers read it,
 * unless the bytes contradict it: then the file is read as if it declared none.
 */
class DeclaredCharsetTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    /** Wire copy in capitals: without the lower-case letters to tell them, Cyrillic code pages read alike. */
    private static final String CAPITALS = "СЪЕЗД ПАРТИИ ОТКРЫЛСЯ В МОСКВЕ\n\n"
            + "ДЕЛЕГАТЫ ИЗ ВСЕХ РЕГИОНОВ СОБРАЛИСЬ В СРЕДУ, ЧТОБЫ ИЗБРАТЬ НОВОЕ РУКОВОДСТВО.";
    private static final String RUSSIAN = "Городской совет утвердил бюджет\n\n"
            + "Депутаты проголосовали в среду за бюджет, в котором расходы на школы и транспорт вырастут.";
    /** Too few characters to tell a Japanese charset by. */
    private static final String SHORT_JAPANESE = "市議会が予算を承認\n\n学校への支出が増える。";

    @Test
    void aDeclaredCharsetBeatsTheGuess() throws Exception {
        byte[] bytes = CAPITALS.getBytes(WINDOWS_1251);
        assertEquals(CAPITALS, read(bytes, "windows-1251"));
        byte[] japanese = SHORT_JAPANESE.getBytes(Charset.forName("Shift_JIS"));
        assertEquals(SHORT_JAPANESE, read(japanese, "Shift_JIS"));
    }

    @Test
    void aDeclaredCharsetBeatsTheMetaCharset() throws Exception {
        String page = "<html><head><meta charset=\"iso-8859-5\"><title>Бюджет</title></head><body><p>" + RUSSIAN
                + "</p></body></html>";
        assertEquals(page, read(page.getBytes(WINDOWS_1251), "windows-1251"));
    }

    @Test
    void aByteOrderMarkBeatsTheDeclaredCharset() throws Exception {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, RUSSIAN.getBytes(StandardCharsets.UTF_8));
        assertEquals(RUSSIAN, read(utf8, "windows-1251"));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, RUSSIAN.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(RUSSIAN, read(utf16, "utf-8"));
    }

    @Test
    void aLabelBrowsersDoNotKnowIsIgnored() throws Exception {
        byte[] bytes = RUSSIAN.getBytes(WINDOWS_1251);
        for (String label : new String[] {"cyrillic-windows", "", "   ", "replacement", "x-user-defined"}) {
            assertEquals(TextDecoder.detect(bytes), TextDecoder.detect(bytes, label), label);
        }
        assertEquals(RUSSIAN, read(bytes, "no-such-charset"));
    }

    @Test
    void aDeclaredUtf8ThatTheBytesBreakFallsBackToTheGuess() throws Exception {
        // a tool that adds charset=utf-8 to every text file, here to one saved in Windows-1251
        assertEquals(RUSSIAN, read(RUSSIAN.getBytes(WINDOWS_1251), "utf-8"));
    }

    @Test
    void aDeclaredMultiByteCharsetThatTheBytesBreakFallsBackToTheGuess() throws Exception {
        // Windows-1251's letters are Shift_JIS lead bytes followed by bytes no Shift_JIS character ends with
        assertEquals(RUSSIAN, read(RUSSIAN.getBytes(WINDOWS_1251), "shift_jis"));
        assertEquals(RUSSIAN, read(RUSSIAN.getBytes(WINDOWS_1251), "euc-jp"));
    }

    @Test
    void aDeclaredUtf16OnAFileWithoutZeroBytesIsIgnored() throws Exception {
        assertEquals(RUSSIAN, read(RUSSIAN.getBytes(WINDOWS_1251), "utf-16"));
        assertEquals(RUSSIAN, read(RUSSIAN.getBytes(StandardCharsets.UTF_8), "utf-16le"));
    }

    @Test
    void aDeclaredUtf16IsReadInTheByteOrderItsZerosShow() throws Exception {
        assertEquals(RUSSIAN, read(RUSSIAN.getBytes(StandardCharsets.UTF_16BE), "utf-16"));
    }

    @Test
    void aDeclaredSingleByteCharsetOnUtf16TextIsIgnored() throws Exception {
        assertEquals(RUSSIAN, read(RUSSIAN.getBytes(StandardCharsets.UTF_16LE), "windows-1251"));
    }

    @Test
    void aDeclaredLegacyCharsetOnWellFormedUtf8IsIgnored() throws Exception {
        // an older server's or library's default (ISO-8859-1) on a UTF-8 file: as Windows-1252 every letter would
        // be two ("Ð“Ð¾Ñ€")
        assertEquals(RUSSIAN, read(RUSSIAN.getBytes(StandardCharsets.UTF_8), "iso-8859-1"));
        assertEquals(RUSSIAN, read(RUSSIAN.getBytes(StandardCharsets.UTF_8), "windows-1251"));
    }

    @Test
    void asciiReadsTheSameInWhateverAsciiCompatibleCharsetIsDeclared() throws Exception {
        String english = "Council passes budget\n\nThe council voted on Wednesday.";
        assertEquals(english, read(english.getBytes(StandardCharsets.US_ASCII), "windows-1251"));
    }

    private static String read(byte[] bytes, String label) throws Exception {
        return TextDecoder.decode(bytes, TextDecoder.detect(bytes, label));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
