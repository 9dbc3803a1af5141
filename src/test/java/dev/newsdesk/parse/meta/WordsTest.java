package dev.newsdesk.parse.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Squashing whitespace, telling whether a text holds a letter, and counting words of any script. */
class WordsTest {

    @Test
    void squashingCollapsesEveryRunOfBlanksAndTrims() {
        assertEquals("a b c", Words.squash("  a \t b\u00a0\u200b\nc \u2003"));
        assertEquals("a b", Words.squash("a  b"));
        assertEquals("a b", Words.squash("a\u00a0b"));
        assertEquals("", Words.squash(" \n "));
        assertEquals("", Words.squash(""));
    }

    @Test
    void aSquashedTextComesBackAsItIs() {
        String line = "Published on 12 May 2020 – by Jane Doe";
        assertSame(line, Words.squash(line));
    }

    @Test
    void lettersOfAnyScriptCountAndOthersDoNot() {
        assertTrue(Words.hasLetter("12 Mai"));
        assertTrue(Words.hasLetter("– 東京"));
        assertTrue(Words.hasLetter("\uD835\uDC00")); // MATHEMATICAL BOLD CAPITAL A, beyond U+FFFF
        assertFalse(Words.hasLetter("12.05. – 3 | @"));
        assertFalse(Words.hasLetter(""));
    }

    @Test
    void aVowelSignIsPartOfItsWord() {
        assertEquals(4, Words.count("पुस्तकालय हर दिन खुला"));
        assertEquals(3, Words.count("คน ที่ นี่"));
        assertEquals(2, Words.count("cafe\u0301 noir"));
    }

    @Test
    void aThaiClauseWrittenWithoutSpacesIsSeveralWords() {
        // "the city council approved the new budget": six words to a dictionary, 30 characters, no space between them
        assertEquals(8, Words.count("สภาเมืองได้อนุมัติงบประมาณใหม่"));
        assertEquals(3, Words.count("ສະພາເມືອງ")); // Lao, Thai's neighbour, writes alike: nine characters
        // marks count among the four characters: "ผู้คน" ("people", five with its two vowel and tone marks) is two
        assertEquals(2, Words.count("ผู้คน"));
        assertEquals(Words.count("ผู้คน ที่ นี่"), Words.count("ผู้คน ที่ นี่", 0, 5) + 2, "a span counts as the whole");
    }
}
