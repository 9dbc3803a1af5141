package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A regex whose matches open at a word's start, tried only there. */
class WordStartRegexTest {

    private static final Pattern ASKS = Pattern.compile("^please join |\\bfollow us\\b|\\bsuivez-nous\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void findsAMatchAtAnyWordStart() {
        assertTrue(WordStartRegex.find(ASKS, "please join our club"));
        assertTrue(WordStartRegex.find(ASKS, "and then (follow us) on the web"));
        assertTrue(WordStartRegex.find(ASKS, "«suivez-nous»"));
    }

    @Test
    void findsNothingInsideAWordNorAnAnchoredPhraseLater() {
        assertFalse(WordStartRegex.find(ASKS, "unfollow us now"));
        assertFalse(WordStartRegex.find(ASKS, "so please join the club"));
        assertFalse(WordStartRegex.find(ASKS, ""));
    }
}
