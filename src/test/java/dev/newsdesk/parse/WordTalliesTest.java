package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one-pass tallies the block verdict relies on say what the word lists they replaced said: a block's word
 * count is its number of words, the words handed one at a time are the listed ones, small print is told alike.
 */
class WordTalliesTest {

    private static final List<String> TEXTS = List.of("", "  ", "The mayor's plan, U.S.-backed: 3 bridges by 2025.",
            "Tokyo 東京タワー は tall", "İstanbul ÉTÉ naïve façade — «Bonjour» l’État", "a\u00a0b\u200bc\ttab\nline");

    @Test
    void aCandidateCountsItsWordsAsTheWordListHasThem() {
        for (String t : TEXTS) {
            assertEquals(Words.lowerCase(t).size(), new Candidate(t, Candidate.Kind.PARAGRAPH, 0, false).words(), t);
        }
    }

    @Test
    void wordsHandedOneAtATimeAreTheListedOnesAndStopWhenAsked() {
        for (String t : TEXTS) {
            List<String> all = new ArrayList<>();
            Words.eachLowerCase(t, t.length(), all::add);
            assertEquals(Words.lowerCase(t), all, t);
            for (int max = 1; max <= all.size(); max++) {
                assertEquals(all.subList(0, max), Words.lowerCase(t, max), t + " / " + max);
            }
        }
        List<String> head = new ArrayList<>();
        Words.eachLowerCase("Tokyo tall", 7, head::add);
        assertEquals(List.of("tokyo", "t"), head); // a word cut at the end is cut, as in a substring's words
    }

    @Test
    void smallPrintIsToldWordByWordAsFromTheList() {
        String legal = "© 2024 Example Media. All rights reserved. Privacy policy";
        String prose = "The council approved the budget on Tuesday after a long debate about the bridges.";
        for (String t : List.of(legal, prose, "Privacy and cookies", "Cookie settings")) {
            Boilerplate.SmallPrint tally = new Boilerplate.SmallPrint(t);
            List<String> words = Words.lowerCase(t);
            words.forEach(tally::add);
            for (boolean strict : new boolean[] {true, false}) {
                assertEquals(Boilerplate.isSmallPrint(words, t, strict), tally.verdict(words.size(), strict), t);
            }
        }
        assertTrue(Boilerplate.isSmallPrint(Words.lowerCase(legal), legal, true));
        assertFalse(Boilerplate.isSmallPrint(Words.lowerCase(prose), prose, true));
    }
}
