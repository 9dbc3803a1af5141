package dev.newsdesk.parse.input;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The charset of a Chinese page that declares none (older Chinese sites left it to the browser's locale): GB18030,
 * the superset of GBK and GB2312, or Big5. Both write a Han character as two high bytes, which Windows-1252 would
 * turn into two accented letters. A reading is taken when it gives Chinese text: Han characters, few undecodable
 * bytes, and the commonest characters as often as Chinese prose holds them. Western text read this way,
 * or Big5 read as GB18030 and the other way round, gives a scatter of rare characters and is left alone.
 */
final class ChineseCharset {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5-HKSCS");
    /** Among the commonest characters of Chinese prose, written alike in simplified and traditional script. */
    private static final String COMMON = "的一是不了在人有我他中大上和也地出年子你要以就之而小自可所天";
    /** Fewer Han characters than this are too little to tell a charset by. */
    private static final int MIN_HAN = 40;

    private ChineseCharset() {
    }

    /** GB18030 or Big5 when {@code bytes} read as Chinese in it, else null. */
    static Charset guess(byte[] bytes) {
        for (Charset charset : List.of(GB18030, BIG5)) {
            if (readsAsChinese(new String(bytes, charset))) return charset;
        }
        return null;
    }

    static boolean readsAsChinese(String text) {
        int han = 0;
        int common = 0;
        int undecodable = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) continue;
            if (c == 0xFFFD) undecodable++;
            else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (COMMON.indexOf(c) >= 0) common++;
            }
        }
        // Chinese prose holds these characters at 10-20%; a random reading well under 1%.
        return han >= MIN_HAN && common * 20 >= han && undecodable * 50 <= han;
    }
}
