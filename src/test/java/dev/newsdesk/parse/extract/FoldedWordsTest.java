package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cheap test of a word list says what its regex would find. */
class FoldedWordsTest {

    private static final FoldedWords WORDS = FoldedWords.of("updated", "geändert", "mis à jour", "обновл");

    @Test
    void findsAWordInAnyCase() {
        assertTrue(WORDS.anyIn("Last UPDATED: 3 June"));
        assertTrue(WORDS.anyIn("Zuletzt GEÄNDERT am 4. Mai"));
        assertTrue(WORDS.anyIn("Обновлено 5 мая"));
    }

    @Test
    void findsAWordInsideAnother() {
        assertTrue(WORDS.anyIn("lastupdatedtime"));
    }

    @Test
    void findsNoneInALineWithoutThem() {
        assertFalse(WORDS.anyIn("Published 3 June 2021"));
        assertFalse(WORDS.anyIn("mis a jour"));
    }

    @Test
    void agreesWithItsRegexOnLettersThatFoldUnusually() {
        // the long s folds to "s", the Kelvin sign to "k", as the regex folds them
        for (String line : List.of("Mod ſ updated", "Upda\u212Aed", "UPDATED", "updat ed", "ﬁ updated", "İ")) {
            assertEquals(WORDS.pattern().matcher(line).find(), WORDS.anyIn(line), line);
        }
    }
}
