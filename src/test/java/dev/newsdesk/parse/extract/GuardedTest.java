package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A regex asked only where one of its words opens a word of the line. */
class GuardedTest {

    private static final Guarded OFFERS = new Guarded(Pattern.compile("\\b(?:apps?|newsletter\\w*)\\b"),
            "app", "newsletter");

    @Test
    void findsAMatchThatOpensWhereAWordOpens() {
        assertTrue(OFFERS.findOpeningAtWord("get the apps now"));
        assertTrue(OFFERS.findOpeningAtWord("(newsletters) weekly"));
        // the first place a word stands matches nothing; a later one does
        assertTrue(OFFERS.findOpeningAtWord("apply for the app"));
    }

    private static final Guarded NOTICES = new Guarded(Pattern.compile("\\bfor (?:\\w+ )?subscribers only\\b"),
            "subscri");

    @Test
    void findsAMatchOpeningAtAWordWhoseGuardWordStandsLater() {
        assertTrue(NOTICES.findFromWordStarts("this story is (for paying subscribers only)."));
        assertFalse(NOTICES.findFromWordStarts("platform subscribers only"));
        assertFalse(NOTICES.findFromWordStarts("for all"));
    }

    @Test
    void findsNothingWhereTheWordOnlyStandsInsideAnother() {
        assertFalse(OFFERS.findOpeningAtWord("they happen to apply"));
        assertFalse(OFFERS.findOpeningAtWord("snapps"));
        assertFalse(OFFERS.findOpeningAtWord(""));
    }
}
