package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A second copy of the article in a dump (structured data, an app version) is chrome, not prose. */
class CopiesTest {

    private static final String LEAD = "Retiring early takes time, discipline and a plan that is written down.";
    private static final String FIRST = "If you plan to retire early, you should aim to have saved at least twenty "
            + "five times what you expect to spend in a year, though the number depends on your habits.";
    private static final String SECOND = "Most early retirees live below their means for many years, and they put "
            + "every raise they get into their savings and into funds that track the whole market at a low cost.";

    @Test
    void aBlockRunningTwoParagraphsTogetherIsACopy() {
        List<Verdict> v = verdicts(LEAD, FIRST, SECOND, "Related", LEAD + " " + FIRST + " " + SECOND);
        assertEquals(List.of(Verdict.PROSE, Verdict.PROSE, Verdict.NOISE), List.of(v.get(1), v.get(2), v.get(4)));
    }

    @Test
    void aLongParagraphRepeatedWordForWordIsACopy() {
        String longer = FIRST + " " + SECOND;
        List<Verdict> v = verdicts(longer, "Share", longer);
        assertEquals(Verdict.PROSE, v.get(0));
        assertEquals(Verdict.NOISE, v.get(2));
    }

    @Test
    void aShortSentenceRepeatedInTheArticleStays() {
        String standfirst = "The former manager had been out of work since he was sacked by his last club in May.";
        List<Verdict> v = verdicts(standfirst, FIRST, standfirst, SECOND);
        assertEquals(v.get(0), v.get(2));
    }

    private static List<Verdict> verdicts(String... texts) {
        Judged judged = Judged.of(texts);
        Copies.mark(judged.blocks(), judged.verdicts());
        return judged.verdicts();
    }
}
