package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The opening read from a phrase's regex: its first characters and literal text, or "anything" where unsure. */
class RegexStartTest {

    @Test
    void aLiteralPhraseOpensWithItsTextUpToTheFirstOperator() {
        RegexStart start = RegexStart.of("leave a (reply|comment)");
        assertEquals(Set.of('l'), start.firstChars());
        assertEquals("leave a ", start.prefix());
    }

    @Test
    void anOptionalCharacterEndsTheLiteralOpening() {
        assertEquals("e", RegexStart.of("e-?mail").prefix());
        assertEquals("mo", RegexStart.of("mo+re").prefix());
    }

    /** "ab|ac" may open with "ac": its first alternative's text is not the whole regex's. */
    @Test
    void alternativesOutsideAGroupOpenWithNoCommonText() {
        assertEquals("", RegexStart.of("ab|ac").prefix());
        assertEquals("a", RegexStart.of("a(?:b|c)").prefix());
        assertEquals("[|]x", String.join("", RegexStart.alternatives("[|]x")));
    }

    @Test
    void anOptionalGroupOpensWithItsOwnCharactersOrWhatFollows() {
        assertEquals(Set.of('b', 't'), RegexStart.of("(back )?to top").firstChars());
        assertEquals(Set.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' ', 'c'),
                RegexStart.of("\\d* ?comments?").firstChars());
        assertEquals("", RegexStart.of("(back )?to top").prefix());
    }

    @Test
    void aClassOfSingleCharactersOpensWithThemFolded() {
        assertEquals(Set.of('à', 'a'), RegexStart.of("[ÀA] lire").firstChars());
        assertEquals(Set.of('σ'), RegexStart.of("ςχ[οό]λια").firstChars()); // final sigma folds to sigma
    }

    @Test
    void aPropertyClassLaterInThePhraseLeavesItsOpeningKnown() {
        assertEquals(Set.of('r', 'l'), RegexStart.of("(reading time|lesezeit):? \\d+ ?\\p{L}{0,8}").firstChars());
        assertNull(RegexStart.of("\\p{Lu}{2} news").firstChars());
    }

    @Test
    void whatTheReaderDoesNotFollowOpensWithAnything() {
        assertNull(RegexStart.of(".{0,12}(版权|版權)").firstChars());
        assertNull(RegexStart.of("[a-c]x").firstChars());
        assertNull(RegexStart.of("\\w+").firstChars());
        assertNull(RegexStart.of("(?i:q)z").firstChars());
    }

    @Test
    void anOpeningIsComparedAsTheRegexComparesCharacters() {
        assertTrue(RegexStart.opensWith("Stop here", "st"));
        assertTrue(RegexStart.opensWith("ſtop", "st"));
        assertFalse(RegexStart.opensWith("s", "st"));
    }
}
