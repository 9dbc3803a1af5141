package dev.newsdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The /sections listing's counting: one section per case-folded name, under its most used spelling. */
class SectionTallyTest {

    @Test
    void countsSpellingsOfOneNameAsOneSectionUnderTheMostUsedSpelling() {
        SectionTally tally = new SectionTally();
        for (String s : new String[] {"News", "news", "News ", "Sport", "NEWS", null, " ", "sport"}) tally.add(s, 1);
        assertEquals(List.of(new SectionCount("News", 4), new SectionCount("Sport", 2)), tally.counts());
    }

    @Test
    void aTieOfSpellingsTakesTheFirstInAlphabeticalOrder() {
        SectionTally tally = new SectionTally();
        tally.add("politique", 1);
        tally.add("Politique", 1);
        assertEquals(List.of(new SectionCount("Politique", 2)), tally.counts());
    }
}
