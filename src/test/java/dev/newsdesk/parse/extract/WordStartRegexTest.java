package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A regex whose matches open at a word's start, tried only there. */
class WordStartRegexTest {

    private static final Pattern ASKS = Pattern.compile("^please join |\\bfollow us\\b|\\bsuivez-nous\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * {@link WordStartRegex#find} tries a pattern only where a word opens: each alternative of the patterns it is
     * given must open with {@code \\b} then a letter, or it would miss their matches.
     */
    @Test
    void eachPatternTriedAtWordStartsOpensEachAlternativeWithABoundaryThenALetter() throws Exception {
        for (Pattern p : new Pattern[] {guarded(PostFooters.class, "FEED_WORDS"),
                guarded(dev.newsdesk.parse.text.PaywallNotices.class, "NOTICE")}) {
            for (String alternative : RegexStart.alternatives(p.pattern())) {
                assertTrue(alternative.startsWith("\\b"), alternative);
                Set<Character> first = RegexStart.of(alternative.substring(2)).firstChars();
                assertTrue(first != null && first.stream().allMatch(Character::isLetter), alternative);
            }
        }
    }

    private static Pattern guarded(Class<?> owner, String name) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return ((Guarded) f.get(null)).pattern();
    }

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
