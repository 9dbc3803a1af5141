package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cheap test before a label's regex: does the text's first run of letters open a label? */
class OpeningWordsTest {

    private static final OpeningWords WORDS = OpeningWords.of(List.of("by", "von", "συντάκτης"), List.of("text"));

    @Test
    void aRunOfLettersThatIsOneOfTheWordsOpensInAnyCase() {
        assertTrue(WORDS.opens("By Jane Doe", 0));
        assertTrue(WORDS.opens("VON: Jana", 0));
        assertTrue(WORDS.opens("– von Jana", 2));
        assertTrue(WORDS.opens("ΣΥΝΤΆΚΤΗΣ: Γιώργος", 0)); // the capital and the final sigma fold alike
    }

    @Test
    void aLongerOrShorterRunDoesNot() {
        assertFalse(WORDS.opens("Bygone days", 0));
        assertFalse(WORDS.opens("Vo Jana", 0));
        assertFalse(WORDS.opens("", 0));
        assertFalse(WORDS.opens("(by Jane)", 0));
    }

    @Test
    void aGluedOpeningNeedOnlyStartTheRun() {
        assertTrue(WORDS.opens("Textundfotos: Jana", 0));
        assertTrue(WORDS.opens("Text: Jana", 0));
        assertFalse(WORDS.opens("Tex Jana", 0));
    }
}
