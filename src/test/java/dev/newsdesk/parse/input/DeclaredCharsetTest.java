package dev.newsdesk.parse.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    private static final String FRENCH = "Le conseil vote le budget\n\nLes élus ont approuvé mercredi un budget où les"
            + " dépenses des écoles et des lycées augmentent.";
    private static final String KOREAN = "시의회가 예산을 승인했다\n\n의원들은 수요일에 학교와 교통에 대한 지출이 늘어나는 새 예산을"
            + " 통과시켰다. 시장은 결과에 만족한다고 말했다.";
    private static final String JAPANESE = "市議会が予算を承認した\n\n議員たちは水曜日、学校と交通への支出が増える新しい予算を"
            + "可決した。市長は結果に満足していると述べた。";
    private static final String CHINESE = "市议会通过了新的预算\n\n议员们在星期三通过了一项新的预算，学校和交通的支出将会增加。"
            + "市长说他对这个结果很满意，我们也是这样想的。";
    private static final String TRADITIONAL_CHINESE = "市議會通過了新的預算\n\n議員們在星期三通過了一項新的預算，學校和交通的"
            + "支出將會增加。市長說他對這個結果很滿意，我們也是這樣想的。";
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
        String page = russianPage("iso-8859-5");
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
    void asciiIsReadInWhateverAsciiCompatibleCharsetIsDeclared() throws Exception {
        byte[] english = "Council passes budget\n\nThe council voted on Wednesday.".getBytes(StandardCharsets.US_ASCII);
        assertEquals(WINDOWS_1251, TextDecoder.detect(english, "windows-1251"));
        assertEquals(Charset.forName("windows-31j"), TextDecoder.detect(english, "shift_jis"));
    }

    @Test
    void aDeclaredCodePageWhoseReadingIsNotWordsIsSetAside() throws Exception {
        // an older server's ISO-8859-1 default on a Windows-1251 file would publish "Ãîðîäñêîé"; KOI8-R reads
        // its letters in the wrong case ("гОРОДСКОЙ")
        byte[] bytes = RUSSIAN.getBytes(WINDOWS_1251);
        assertEquals(RUSSIAN, read(bytes, "iso-8859-1"));
        assertEquals(RUSSIAN, read(bytes, "koi8-r"));
        assertEquals("its reading is not words", TextDecoder.verdict(bytes, "iso-8859-1").why());
    }

    @Test
    void aPageSOwnMetaCharsetBeatsADeclaredCodePageThatReadsItAsSymbols() throws Exception {
        String page = russianPage("windows-1251");
        assertEquals(page, read(page.getBytes(WINDOWS_1251), "iso-8859-1"));
    }

    @Test
    void capitalsInTheDeclaredCodePageAreStillReadInIt() throws Exception {
        // the declaration's reading is words, if shouted ones: set aside only a reading of symbols and wrong letters
        byte[] bytes = CAPITALS.getBytes(WINDOWS_1251);
        assertEquals(CAPITALS, read(bytes, "cp1251"));
        assertTrue(TextDecoder.verdict(bytes, "cp1251").obeyed());
    }

    @Test
    void aShortTextTheGuessMisreadsIsReadInItsDeclaredCodePage() throws Exception {
        // 'ı', 'ş', 'ğ' are Windows-1252's 'ý', 'þ', 'ð': a few words are too little to tell Turkish from Icelandic
        String notice = "Ağabeyi Osman, kızı Ayşe Doğru\n\nKasabanın ağaları ayrıldı.";
        byte[] bytes = notice.getBytes(Charset.forName("windows-1254"));
        assumeFalse(Charset.forName("windows-1254").equals(TextDecoder.detect(bytes)), "premise: the guess misreads it");
        assertEquals(notice, read(bytes, "iso-8859-9"));
    }

    @Test
    void aDeclaredEastAsianCharsetThatTheTextReadsAsAnotherIsSetAside() throws Exception {
        // every pair of high bytes decodes in the other charsets too, as a scatter of rare characters
        assertEquals(KOREAN, read(KOREAN.getBytes(Charset.forName("EUC-KR")), "gb2312"));
        assertEquals(KOREAN, read(KOREAN.getBytes(Charset.forName("EUC-KR")), "euc-jp"));
        assertEquals(JAPANESE, read(JAPANESE.getBytes(Charset.forName("Shift_JIS")), "gb2312"));
        assertEquals(JAPANESE, read(JAPANESE.getBytes(Charset.forName("EUC-JP")), "gbk"));
        assertEquals(CHINESE, read(CHINESE.getBytes(Charset.forName("GB2312")), "euc-kr"));
        assertEquals(CHINESE, read(CHINESE.getBytes(Charset.forName("GB2312")), "big5"));
    }

    @Test
    void aDeclaredEastAsianCharsetIsObeyedWhereTheTextReadsAsIt() throws Exception {
        assertEquals(KOREAN, read(KOREAN.getBytes(Charset.forName("EUC-KR")), "euc-kr"));
        assertEquals(JAPANESE, read(JAPANESE.getBytes(Charset.forName("EUC-JP")), "euc-jp"));
        assertEquals(TRADITIONAL_CHINESE, read(TRADITIONAL_CHINESE.getBytes(Charset.forName("Big5")), "big5"));
    }

    @Test
    void aDeclaredMultiByteCharsetToleratesATruncatedLastCharacter() throws Exception {
        byte[] whole = SHORT_JAPANESE.getBytes(Charset.forName("Shift_JIS"));
        byte[] cut = Arrays.copyOf(whole, whole.length - 1); // a paste cut in the middle of the last "。"
        assertTrue(read(cut, "shift_jis").startsWith(SHORT_JAPANESE.substring(0, SHORT_JAPANESE.length() - 1)));
    }

    @Test
    void aDeclaredUtf16IsSetAsideOnAsciiWithAStrayZeroByte() throws Exception {
        // a NUL left by a tool in ASCII text; read as UTF-16 every pair of letters would be an ideograph
        byte[] bytes = "Council passes budget\n\nThe council voted\0 on Wednesday!!".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0, bytes.length % 2);
        assertEquals(TextDecoder.detect(bytes), TextDecoder.detect(bytes, "utf-16"));
        assertFalse(TextDecoder.verdict(bytes, "utf-16").obeyed());
    }

    @Test
    void aDeclaredLegacyCharsetOnUtf8WithABrokenByteIsSetAside() throws Exception {
        // as undeclared text is: a few broken bytes (a truncated paste) leave UTF-8 UTF-8
        byte[] bytes = concat(FRENCH.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3});
        assertEquals(StandardCharsets.UTF_8, TextDecoder.detect(bytes, "iso-8859-1"));
        assertEquals(StandardCharsets.UTF_8, TextDecoder.detect(bytes, "utf-8"));
    }

    @Test
    void theVerdictSaysWhatTheLabelNamesAndWhy() {
        byte[] bytes = RUSSIAN.getBytes(StandardCharsets.UTF_8);
        assertEquals(new CharsetVerdict("latin1", Charset.forName("windows-1252"), null, "the bytes are UTF-8"),
                TextDecoder.verdict(bytes, "latin1"));
        assertEquals("charset \"utf8\" (UTF-8) obeyed: the bytes are UTF-8", TextDecoder.verdict(bytes, "utf8").describe());
        assertEquals("charset \"klingon\" set aside: no charset we read has this name",
                TextDecoder.verdict(bytes, "klingon").describe());
    }

    private static String russianPage(String metaCharset) {
        return "<html><head><meta charset=\"" + metaCharset + "\"><title>Бюджет</title></head><body><p>" + RUSSIAN
                + "</p></body></html>";
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
