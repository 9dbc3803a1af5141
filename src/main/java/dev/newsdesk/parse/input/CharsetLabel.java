package dev.newsdesk.parse.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A charset's name as a file or an upload declares it, resolved as browsers resolve it (the WHATWG Encoding
 * standard's labels): "latin1", "iso-8859-1" and "us-ascii" mean Windows-1252, as pages that say so are written in
 * it; "gb2312" and "gbk" mean GB18030, their superset; "big5" Big5-HKSCS; "shift_jis" Windows-31J; "euc-kr"
 * Windows-949. A label the standard lacks is Java's name when Java reads it ("latin9", "cp850", "ms949",
 * "x-mac-greek": older pages and servers use them), taken to the same superset when it names one of the table's
 * charsets. Labels browsers know only to refuse ("iso-2022-kr") and charsets that do not read ASCII as ASCII
 * (UTF-32, EBCDIC) resolve to nothing.
 */
public final class CharsetLabel {

    /** Each charset (the Java name that reads as browsers read it) followed by its labels. */
    private static final String[] LABELS = {
        "UTF-8 unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
        "IBM866 866 cp866 csibm866 ibm866",
        "ISO-8859-2 csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
        "ISO-8859-3 csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
        "ISO-8859-4 csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
        "ISO-8859-5 csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988",
        "ISO-8859-6 arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e"
            + " iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
        "ISO-8859-7 csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597"
            + " iso_8859-7 iso_8859-7:1987 sun_eu_greek",
        // ISO-8859-8-I ("logical") differs from ISO-8859-8 in the direction text is shown in, not in its bytes
        "ISO-8859-8 csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598"
            + " iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical",
        "ISO-8859-10 csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
        "ISO-8859-13 iso-8859-13 iso8859-13 iso885913",
        "ISO-8859-14 iso-8859-14 iso8859-14 iso885914",
        "ISO-8859-15 csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
        "ISO-8859-16 iso-8859-16",
        "KOI8-R cskoi8r koi koi8 koi8-r koi8_r",
        "KOI8-U koi8-ru koi8-u",
        "x-MacRoman csmacintosh mac macintosh x-mac-roman",
        "x-windows-874 dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
        "windows-1250 cp1250 windows-1250 x-cp1250",
        "windows-1251 cp1251 windows-1251 x-cp1251",
        "windows-1252 ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1"
            + " iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252",
        "windows-1253 cp1253 windows-1253 x-cp1253",
        "windows-1254 cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5"
            + " latin5 windows-1254 x-cp1254",
        "windows-1255 cp1255 windows-1255 x-cp1255",
        "windows-1256 cp1256 windows-1256 x-cp1256",
        "windows-1257 cp1257 windows-1257 x-cp1257",
        "windows-1258 cp1258 windows-1258 x-cp1258",
        "x-MacCyrillic x-mac-cyrillic x-mac-ukrainian",
        "GB18030 chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030",
        "Big5-HKSCS big5 big5-hkscs cn-big5 csbig5 x-x-big5",
        "EUC-JP cseucpkdfmtjapanese euc-jp x-euc-jp",
        "ISO-2022-JP csiso2022jp iso-2022-jp",
        "windows-31j csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
        "x-windows-949 cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601"
            + " ksc_5601 windows-949",
        "UTF-16BE unicodefffe utf-16be",
        "UTF-16LE csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
    };
    /**
     * The labels WHATWG maps to "replacement": escape-switched encodings whose bytes can smuggle markup past a
     * reader of ASCII, which browsers refuse to read.
     */
    private static final Set<String> REFUSED = Set.of("csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext",
            "iso-2022-kr");
    private static final String ASCII = "\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
            + "abcdefghijklmnopqrstuvwxyz{|}~";
    private static final Map<String, Charset> BY_LABEL = byLabel();

    private CharsetLabel() {
    }

    /**
     * The charset {@code label} names (case and surrounding spaces aside), or null when neither the browsers' table
     * nor Java knows a charset we can read by it.
     */
    public static Charset resolve(String label) {
        if (label == null) return null;
        String name = label.strip().toLowerCase(Locale.ROOT);
        Charset charset = BY_LABEL.get(name);
        return charset != null || REFUSED.contains(name) ? charset : javaCharset(name);
    }

    /** The charset Java calls {@code name}, as the table names it when it holds it; null when none can be read. */
    private static Charset javaCharset(String name) {
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalArgumentException e) { // an illegal or unsupported name
            return null;
        }
        // Java's other ISO-2022 (its "iso2022kr") escape as the refused labels do; WHATWG's table has the Japanese one
        if (charset.name().contains("2022") || !readsAsciiAsAscii(charset)) return null;
        return BY_LABEL.getOrDefault(charset.name().toLowerCase(Locale.ROOT), charset);
    }

    /**
     * False for charsets a page's markup cannot be read in (UTF-16 and UTF-32 put zeros between letters, EBCDIC
     * moves them) and for Java's auto-detecting ones, which name no charset.
     */
    private static boolean readsAsciiAsAscii(Charset charset) {
        return charset.canEncode() && new String(ASCII.getBytes(StandardCharsets.US_ASCII), charset).equals(ASCII);
    }

    private static Map<String, Charset> byLabel() {
        Map<String, Charset> byLabel = new HashMap<>();
        for (String line : LABELS) {
            String[] names = line.split(" ");
            // a charset this Java lacks (ISO-8859-10, -14) is one we cannot read: its labels stay unknown
            if (!Charset.isSupported(names[0])) continue;
            Charset charset = Charset.forName(names[0]);
            for (int i = 1; i < names.length; i++) byLabel.put(names[i], charset);
        }
        return Map.copyOf(byLabel);
    }
}
