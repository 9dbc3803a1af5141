package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Teaser cards (headline, date, one paragraph, card after card) are not prose; a lone dated paragraph is. */
class TeaserCardsTest {

    private static final String BLURB_ONE = "Our family always celebrates anniversaries together, but this year our "
            + "father is far away and we are waiting for news from him every day.";
    private static final String BLURB_TWO = "Wednesday night, the candidates will meet in the capital for a debate "
            + "that many voters expect to decide the race for the nomination.";

    @Test
    void theBlurbsOfCardsInARowAreShortLines() {
        List<Verdict> v = verdicts("A family waits for news", "Wednesday November 20, 2019", BLURB_ONE,
                "The debate that could decide the race", "Wednesday November 20, 2019", BLURB_TWO);
        assertEquals(Verdict.SHORT, v.get(2));
        assertEquals(Verdict.SHORT, v.get(5));
    }

    @Test
    void aLoneDatedParagraphStaysProse() {
        List<Verdict> v = verdicts("A family waits for news", "Wednesday November 20, 2019", BLURB_ONE,
                "About us", "Contact");
        assertEquals(Verdict.PROSE, v.get(2));
    }

    private static List<Verdict> verdicts(String... texts) {
        Judged judged = Judged.of(texts);
        TeaserCards.mark(judged.blocks(), judged.verdicts());
        return judged.verdicts();
    }
}
