package dev.newsdesk.parse.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A word looked up where it stands in a text is found as its built, lower-cased copy would be. */
class LowerCaseWordsTest {

    private static final Set<String> WORDS = Set.of("the", "of", "and", "der", "für", "της", "και", "i̇stanbul");

    @Test
    void findsAWordOfAnyCaseInsideATextWithoutBuildingIt() {
        LowerCaseWords words = LowerCaseWords.of(WORDS);
        String text = "THE end Of it";
        assertTrue(words.contains(text, 0, 3));
        assertFalse(words.contains(text, 4, 7));
        assertTrue(words.contains(text, 8, 10));
        assertFalse(words.contains(text, 8, 9)); // "o", a start of a word only
    }

    @Test
    void aWordCarriesItsFlagsWhereItStandsAndBuilt() {
        LowerCaseWords words = LowerCaseWords.withFlags(java.util.Map.of("the", 1, "privacy", 2, "und", 3));
        String text = "The PRIVACY und Datenschutzerklärung";
        assertEquals(1, words.flags(text, 0, 3, LowerCaseWords.keyOf(text, 0, 3)));
        assertEquals(2, words.flags(text, 4, 11, LowerCaseWords.keyOf(text, 4, 11)));
        assertEquals(3, words.flags("und"));
        assertEquals(0, words.flags(text, 16, 36, LowerCaseWords.keyOf(text, 16, 36))); // longer than any word
        assertEquals(0, words.flags("privat"));
    }

    @Test
    void lowerCasesOtherScriptsAsStringsDo() {
        LowerCaseWords words = LowerCaseWords.of(WORDS);
        String greek = "ΤΗΣ ΚΑΙ"; // a capital sigma ending a word is a final sigma in lower case
        assertTrue(words.contains(greek, 0, 3));
        assertTrue(words.contains(greek, 4, 7));
        assertTrue(words.contains("FÜR", 0, 3));
        assertTrue(words.contains("İSTANBUL", 0, 8)); // lower-cased to one character more
    }

    @Test
    void answersAsTheSetDoesForEveryWordOfAText() {
        LowerCaseWords words = LowerCaseWords.of(Stopwords.of("en"));
        String text = "And so, OF the Lives of THE Many — we SPEAK; naïve Zoë THEIR own: They'll";
        List<Boolean> spans = new ArrayList<>();
        List<Boolean> built = new ArrayList<>();
        Words.eachWord(text, text.length(), (from, to) -> {
            spans.add(words.contains(text, from, to));
            built.add(Stopwords.of("en").contains(text.substring(from, to).toLowerCase(Locale.ROOT)));
            return true;
        });
        assertEquals(built, spans);
        assertTrue(built.contains(true));
    }

    @Test
    void aWordKeyedAsItIsReadIsFoundAsItsBuiltCopyWouldBe() {
        Set<String> set = Set.of("the", "für", "και", "της", "это", "的", "i̇stanbul");
        LowerCaseWords words = LowerCaseWords.of(set);
        String text = "THE Für ΚΑΙ ΤΗΣ της Это 我的 İSTANBUL i̇stanbul theme";
        List<Boolean> keyed = new ArrayList<>();
        List<Boolean> built = new ArrayList<>();
        Words.eachKeyedWord(text, text.length(), (from, to, key) -> {
            assertEquals(LowerCaseWords.keyOf(text, from, to), key);
            keyed.add(words.contains(text, from, to, key));
            built.add(set.contains(text.substring(from, to).toLowerCase(Locale.ROOT)));
            return true;
        });
        assertEquals(built, keyed);
        assertEquals(List.of(true, true, true, true, true, true, false, true, true, true, false), keyed);
    }

    @Test
    void aCapitalSigmaADottedCapitalIOrASurrogateMakesTheWordBuilt() {
        assertFalse(LowerCaseWords.isBuilt(LowerCaseWords.keyOf("Это της", 0, 7)));
        assertTrue(LowerCaseWords.isBuilt(LowerCaseWords.keyOf("ΤΗΣ", 0, 3)));
        assertTrue(LowerCaseWords.isBuilt(LowerCaseWords.keyOf("İ", 0, 1)));
        assertTrue(LowerCaseWords.isBuilt(LowerCaseWords.keyOf("𐐀", 0, 2)));
    }
}
