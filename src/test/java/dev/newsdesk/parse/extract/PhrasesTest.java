package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Phrases grouped by their opening characters answer as the one regex of all of them would. */
class PhrasesTest {

    private static final List<String> PHRASES = List.of("menu", "share( this( article)?)?( on .{1,20})?",
            "(back )?to top", "\\d* ?comments?", "r[ée]agir", "σχ[οό]λια", "a?b", "x|\\d+ y", "se connecter",
            "(网友|網友)?(评论|評論)", "ſt[o]p", "e-?mail( address)?", "[àa] lire", "(\\d+|one) repl(y|ies)",
            "[a-c]x", ".{0,3}ok", "(?i:q)z", "\\bw+\\b", "k{0,2}l", "m{1,2}n", "mo+o");

    private static final List<String> LINES = List.of("menu", "share", "share this article on facebook", "share on",
            "to top", "back to top", "12 comments", "comments", " comment", "réagir", "reagir", "σχόλια", "σχολια",
            "ab", "b", "x", "3 y", "se connecter", "评论", "网友评论", "stop", "ſtop", "Stop", "", "x|3 y", "top", "email",
            "e-mail address", "e-mai", "mail", "à lire", "a lire", "À LIRE", "12 replies", "one reply", "onereply", "bx",
            "Cx", "dx", "ok", "abcok", "qz", "Qz", "www", "l", "kkl", "mn", "mmn", "n", "mooo", "mo");

    @Test
    void groupedPhrasesMatchExactlyWhatTheirUnionMatches() {
        Phrases phrases = Phrases.of(PHRASES);
        Pattern union = Pattern.compile("(?:" + String.join("|", PHRASES) + ")",
                Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
        for (String line : LINES) {
            assertEquals(union.matcher(line).matches(), phrases.matches(line), line);
        }
    }

    @Test
    void aLineOpeningWithAnotherCaseOfALetterStillFindsItsGroup() {
        Phrases phrases = Phrases.of(List.of("ςχ[οό]λια", "r[ée]agir"));
        assertTrue(phrases.matches("σχολια")); // final and medial sigma are one letter to the regex
        assertTrue(phrases.matches("Réagir"));
        assertFalse(phrases.matches("agir"));
    }

    @Test
    void withoutRegexPhrasesOnlyTheEmptyLineMatchesBeyondThePlainOnes() {
        Phrases phrases = Phrases.of(List.of("menu"));
        assertTrue(phrases.matches("menu"));
        assertTrue(phrases.matches(""));
        assertFalse(phrases.matches("home"));
    }
}
