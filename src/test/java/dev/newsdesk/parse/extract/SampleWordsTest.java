package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.parse.meta.LowerCaseWords;
import org.junit.jupiter.api.Test;

/** One look-up says whether a sampled word is a function word, a small-print word, both or neither. */
class SampleWordsTest {

    private static int kindsOf(SampleWords words, String text, int from, int to) {
        return words.kinds(text, from, to, LowerCaseWords.keyOf(text, from, to));
    }

    @Test
    void tellsFunctionWordsAndSmallPrintWhereTheyStand() {
        SampleWords english = SampleWords.of("en");
        String line = "The Copyright of this Website";
        assertEquals(SampleWords.FUNCTION_WORD, kindsOf(english, line, 0, 3));
        assertEquals(SampleWords.SMALL_PRINT, kindsOf(english, line, 4, 13));
        assertEquals(SampleWords.FUNCTION_WORD, kindsOf(english, line, 17, 21));
        assertEquals(SampleWords.SMALL_PRINT, kindsOf(english, line, 22, 29));
    }

    @Test
    void findsNothingOfAnOrdinaryOrAnOverlongWord() {
        SampleWords english = SampleWords.of("en");
        assertEquals(0, kindsOf(english, "parliament", 0, 10));
        assertEquals(0, kindsOf(english, "internationalisation", 0, 20));
        assertEquals(0, english.kinds("parliament"));
    }

    @Test
    void knowsOnlySmallPrintWithoutALanguage() {
        assertEquals(0, kindsOf(SampleWords.of(null), "the", 0, 3));
        assertEquals(SampleWords.SMALL_PRINT, SampleWords.of(null).kinds("privacy"));
        assertEquals(SampleWords.FUNCTION_WORD, SampleWords.of("de").kinds("und"));
    }
}
