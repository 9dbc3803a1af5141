package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Read also: ..." lines in every language, however they are spaced, give their headline; prose gives none. */
class TeaserLinesTest {

    private static final String HEADLINE = "Council approves the bridge repairs";

    @ParameterizedTest
    @ValueSource(strings = {"Read more:", "Read also >", "See also |", "Related -", "Also read »", "Lire aussi :",
        "À lire aussi :", "a lire aussi:", "Voir aussi :", "LESEN SIE AUCH:", "  Lesen \t Sie   auch  :",
        "Mehr dazu:", "Lea también:", "Lee tambien:", "Ver también:", "Leggi anche:", "Vedi anche:",
        "Leia também:", "Veja tambem:", "Saiba mais ：", "Related:::"})
    void everyLeadInGivesItsHeadline(String leadIn) {
        assertEquals(HEADLINE, Boilerplate.teaserHeadline(leadIn + " " + HEADLINE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The council approved the repairs - after a long debate.",
        "Read the full report on the council's website: it runs to forty pages.", "Related"})
    void proseIsNoTeaser(String line) {
        assertNull(Boilerplate.teaserHeadline(line));
    }
}
