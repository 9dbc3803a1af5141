package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Teaser cards (headline, date, one paragraph, card after card; or a comment count over headline and paragraph) are
 * not prose; a lone dated paragraph is, and so is an item its comment count closes.
 */
class TeaserCardsTest {

    private static final String BLURB_ONE = "Our family always celebrates anniversaries together, but this year our "
            + "father is far away and we are waiting for news from him every day.";
    private static final String BLURB_TWO = "Wednesday night, the candidates will meet in the capital for a debate "
            + "that many voters expect to decide the race for the nomination.";
    private static final String BLURB_THREE = "The harbour will be dredged again this summer, after two ferries ran "
            + "aground on the sand bank that the winter storms had pushed into the channel.";
    private static final String BLURB_FOUR = "The old market hall opens its doors again on Saturday, with twenty "
            + "stalls selling bread, cheese and vegetables from the farms around the town.";

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

    @Test
    void theBlurbsOfCardsHeadedByTheirCommentCountsAreShortLines() {
        List<Verdict> v = verdicts("12 Comments", "A family waits for news", BLURB_ONE, "Daily Courier",
                "4 Comments", "The debate that could decide the race", BLURB_TWO, "Evening Post",
                "30 Comments", "Ferries run aground in the channel", BLURB_THREE, "Harbour News");
        assertEquals(Verdict.SHORT, v.get(2));
        assertEquals(Verdict.SHORT, v.get(6));
        assertEquals(Verdict.SHORT, v.get(10));
    }

    @Test
    void itemsTheirCommentCountsCloseStayProse() {
        List<Verdict> v = verdicts("A family waits for news", BLURB_ONE, "12 Comments",
                "The debate that could decide the race", BLURB_TWO, "4 Comments",
                "Ferries run aground in the channel", BLURB_THREE, "30 Comments",
                "The market hall opens again", BLURB_FOUR, "2 Comments", "About us");
        assertEquals(Verdict.PROSE, v.get(4));
        assertEquals(Verdict.PROSE, v.get(7));
        assertEquals(Verdict.PROSE, v.get(10));
    }

    private static List<Verdict> verdicts(String... texts) {
        Judged judged = Judged.of(texts);
        TeaserCards.mark(judged.blocks(), judged.verdicts());
        return judged.verdicts();
    }
}
