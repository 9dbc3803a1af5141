package dev.newsdesk.parse.input;

import java.nio.charset.Charset;
import java.util.function.Predicate;

/**
 * The charset of a Chinese, Japanese or Korean page that declares none (older sites left it to the browser's
 * locale): GB18030 (the superset of GBK and GB2312) or Big5, Shift_JIS or EUC-JP, EUC-KR. Each writes a character
 * as two high bytes, which Windows-1252 would turn into two accented letters. A reading is taken when it gives text
 * of its language: for Chinese, Han characters with the commonest ones as often as Chinese prose holds them; for
 * Japanese, kana between the kanji; for Korean, Hangul syllables; each with few undecodable bytes. A wrong reading
 * gives a scatter of rare characters, undecodable pairs, or kana and Hangul where the language has none.
 */
final class EastAsianCharset {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5-HKSCS");
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");
    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    /** EUC-KR with the rarer Hangul syllables Windows added: what Korean pages labelled EUC-KR are read as. */
    private static final Charset WINDOWS_949 = Charset.forName("x-windows-949");
    /** Among the commonest characters of Chinese prose, written alike in simplified and traditional script. */
    private static final String COMMON = "的一是不了在人有我他中大上和也地出年子你要以就之而小自可所天";
    /** Fewer characters than this are too little to tell a charset by. */
    private static final int MIN_CHARACTERS = 8;
    /**
     * Fewer characters than this (a headline, a line) are taken only when they read wholly as the language: a
     * single-byte text's few pairs of high bytes can read as a few likely characters by chance.
     */
    private static final int SHORT_CHARACTERS = 40;

    private EastAsianCharset() {
    }

    /** The charset in which {@code prose} (a {@link ProseSample}) reads as Chinese, Japanese or Korean, else null. */
    static Charset guess(byte[] prose) {
        Charset charset = firstReading(prose);
        // A short text in capitals of a single-byte code page pairs its high bytes into likely characters ("ÖĞ" is
        // 中 in GBK, "ОТ" 我): when some code page reads it wholly as words, that reading is the sounder one. A
        // short Chinese headline read that way gives symbols and letters inside words, never words only.
        if (charset != null && Tally.of(new String(prose, charset)).nonAscii < SHORT_CHARACTERS
                && SingleByteCharset.readsWhollyAsWords(prose)) {
            return null;
        }
        return charset;
    }

    private static Charset firstReading(byte[] prose) {
        // Japanese first: Big5 can read EUC-JP's kanji as common Chinese characters, but no Chinese charset's text
        // reads as kana in a Japanese one. Korean last: Windows-949 reads most Shift_JIS pairs as Hangul.
        for (Charset charset : new Charset[] {SHIFT_JIS, EUC_JP}) {
            if (reads(prose, charset, EastAsianCharset::readsAsJapanese)) return charset;
        }
        for (Charset charset : new Charset[] {GB18030, BIG5}) {
            if (reads(prose, charset, EastAsianCharset::readsAsChinese)) return charset;
        }
        return reads(prose, EUC_KR, EastAsianCharset::readsAsKorean) ? WINDOWS_949 : null;
    }

    private static boolean reads(byte[] bytes, Charset charset, Predicate<Tally> language) {
        return language.test(Tally.of(new String(bytes, charset)));
    }

    /**
     * True when {@code text} is Chinese or Japanese prose of at least {@code minCharacters} characters, not a
     * scatter of ideographs.
     */
    static boolean readsAsChineseOrJapanese(String text, int minCharacters) {
        Tally t = Tally.of(text);
        return t.han + t.kana >= minCharacters && (readsAsChinese(t) || readsAsJapanese(t));
    }

    private static boolean readsAsChinese(Tally t) {
        // Chinese prose holds the common characters at 10-20%, a random reading well under 1%; and it has no kana
        // (GB18030 reads EUC-JP's kana right and its kanji as a scatter). A short text is held to the low end, 10%
        // (a headline drops some of the commonest words): one common character in ten, not one by chance.
        return t.han >= MIN_CHARACTERS && t.common * (t.han < SHORT_CHARACTERS ? 10 : 20) >= t.han
                && t.kana * 10 <= t.han && t.fewUndecodable(t.han);
    }

    private static boolean readsAsJapanese(Tally t) {
        // Japanese prose writes a third or more of its characters in kana; a fifth leaves room for kanji-heavy news,
        // a third is demanded of a short text, where a few kana may come of a wrong reading by chance.
        return t.kana + t.han >= MIN_CHARACTERS && t.kana * (t.kana + t.han < SHORT_CHARACTERS ? 3 : 5) >= t.nonAscii
                && t.fewUndecodable(t.nonAscii);
    }

    private static boolean readsAsKorean(Tally t) {
        // Korean writes Hangul almost throughout: 60% leaves room for Han and symbols in a long text, 90% of a short
        // one, as a wrong reading scatters Han and symbols among a few syllables.
        return t.hangul >= MIN_CHARACTERS && t.hangul * 10 >= t.nonAscii * (t.hangul < SHORT_CHARACTERS ? 9 : 6)
                && t.fewUndecodable(t.nonAscii);
    }

    /** Counts of the kinds of characters a reading gave. */
    private record Tally(int nonAscii, int han, int common, int kana, int hangul, int undecodable) {

        static Tally of(String text) {
            int nonAscii = 0;
            int han = 0;
            int common = 0;
            int kana = 0;
            int hangul = 0;
            int undecodable = 0;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (c < 0x80) continue;
                nonAscii++;
                if (c == 0xFFFD) undecodable++;
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.HAN) {
                    han++;
                    if (COMMON.indexOf(c) >= 0) common++;
                } else if (c >= 0x3040 && c <= 0x30FF) {
                    // Full-width kana only: single-byte code pages read as Shift_JIS give half-width katakana.
                    kana++;
                } else if (c >= 0xAC00 && c <= 0xD7A3) {
                    hangul++;
                }
            }
            return new Tally(nonAscii, han, common, kana, hangul, undecodable);
        }

        /** At most one undecodable character in fifty of {@code characters}, none in a short text. */
        boolean fewUndecodable(int characters) {
            return undecodable * 50 <= characters && (undecodable == 0 || characters >= SHORT_CHARACTERS);
        }
    }
}
