package dev.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark metric on inputs small enough to count by hand. */
class ShingleMetricTest {

    private static final double EPS = 1e-9;

    @Test
    void scoresAPerfectExtractionOne() {
        var s = ShingleMetric.score("one two three four five", "one two three four five");
        assertEquals(1, s.precision(), EPS);
        assertEquals(1, s.recall(), EPS);
    }

    @Test
    void countsSharedFourTokenShingles() {
        // truth: a b c d e f -> abcd bcde cdef (3); extracted: a b c d e x -> abcd bcde bcdx... (3), 2 shared
        var s = ShingleMetric.score("a b c d e x", "a b c d e f");
        assertEquals(2 / 3.0, s.precision(), EPS);
        assertEquals(2 / 3.0, s.recall(), EPS);
    }

    @Test
    void extraTextLowersPrecisionOnly() {
        // extracted has 5 shingles, all 2 of the truth among them
        var s = ShingleMetric.score("a b c d e menu home", "a b c d e");
        assertEquals(2 / 4.0, s.precision(), EPS);
        assertEquals(1, s.recall(), EPS);
    }

    @Test
    void tokensAreUnicodeWordRunsWithCaseKept() {
        var same = ShingleMetric.score("Élève, à l’école: été!", "Élève à l école été");
        assertEquals(1, same.precision(), EPS);
        var cased = ShingleMetric.score("a b c d", "A b c d");
        assertEquals(0, cased.precision(), EPS);
    }

    @Test
    void eachHanCharacterIsAToken() {
        // a clause of Han characters is not one token: a line broken in its middle loses only the shingles across
        // the break, and one wrong character costs its own shingles, not the clause
        var wrapped = ShingleMetric.score("今天天气很好我们去公园", "今天天气很\n好我们去公园");
        assertEquals(1, wrapped.precision(), EPS);
        // 4 shingles each, the last one differs (as one token per clause the two would share nothing)
        var lastWord = ShingleMetric.score("今天天气很好呀", "今天天气很好啊");
        assertEquals(3 / 4.0, lastWord.precision(), EPS);
        var mixed = ShingleMetric.score("他说iPhone 15很贵", "他说 iPhone 15 很贵");
        assertEquals(1, mixed.precision(), EPS);
    }

    @Test
    void countsRepeatedShinglesAsAMultiset() {
        var s = ShingleMetric.score("a b c d a b c d", "a b c d");
        // extracted: abcd bcda cdab dabc abcd (5), truth abcd (1): tp 1
        assertEquals(1 / 5.0, s.precision(), EPS);
        assertEquals(1, s.recall(), EPS);
    }

    @Test
    void scoresAPageEmptyOnBothSidesOne() {
        var s = ShingleMetric.score("", "");
        assertEquals(1, s.precision(), EPS);
        assertEquals(1, s.recall(), EPS);
    }

    @Test
    void scoresAnEmptyExtractionZero() {
        var s = ShingleMetric.score("", "some real article text here");
        assertEquals(0, s.precision(), EPS);
        assertEquals(0, s.recall(), EPS);
    }

    @Test
    void averagesPagesThenTakesTheHarmonicMean() {
        var sum = ShingleMetric.summarize(List.of(new ShingleMetric.PageScore(1, 0.5),
                new ShingleMetric.PageScore(0.5, 1)));
        assertEquals(0.75, sum.precision(), EPS);
        assertEquals(0.75, sum.recall(), EPS);
        assertEquals(0.75, sum.f1(), EPS);
    }
}
