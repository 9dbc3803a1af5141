package dev.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The metadata benchmark's metric on inputs small enough to count by hand, as score.py counts them. */
class MetadataMetricTest {

    private static final double EPS = 1e-9;

    @Test
    void aDateCountsByItsDayAndAMissingDateIsWrongButNotGiven() {
        MetadataMetric.DateScore s = new MetadataMetric.DateScore(0, 0, 0)
                .plus("2020-06-07T23:30:00-04:00", "2020-06-07") // the page's day, its offset kept
                .plus("2020-06-08T03:30:00+00:00", "2020-06-07") // the same instant in UTC: another day
                .plus("2020-06-07", "2020-06-07")
                .plus(null, "2021-01-01");
        assertEquals(4, s.pages());
        assertEquals(3, s.given());
        assertEquals(2, s.right());
        assertEquals(0.5, s.accuracy(), EPS);
        assertEquals(2 / 3.0, s.precision(), EPS);
    }

    @Test
    void namesDropAccentsCasePunctuationAndFoldSharpS() {
        assertEquals("jose garcia", MetadataMetric.norm("  José  GARCÍA. "));
        assertEquals("jean luc godard", MetadataMetric.norm("Jean-Luc Godard"));
        assertEquals("strasse", MetadataMetric.norm("Straße"));
    }

    @Test
    void expectedStringsSplitOnSeparatorsAndConjunctionsAsWholeWords() {
        assertEquals(List.of("anna", "ben", "carla", "dora", "emil", "fritz"),
                MetadataMetric.expectedNames("Anna; Ben, Carla & Dora / Emil und Fritz"));
        assertEquals(List.of("alexandra", "yves"), MetadataMetric.expectedNames("Alexandra y Yves"));
        assertEquals(List.of(), MetadataMetric.expectedNames(""));
    }

    @Test
    void predictedNamesAndExpectedListsAreNotSplitAgain() {
        assertEquals(List.of("anna und ben"), MetadataMetric.predictedNames(List.of("Anna und Ben", " .")));
        assertEquals(List.of("anna und ben"), MetadataMetric.expectedNames(List.of("Anna und Ben")));
    }

    @Test
    void eachExpectedNameMatchesOnceAndPagesWithoutAuthorsAreNotScored() {
        MetadataMetric.AuthorScore s = new MetadataMetric.AuthorScore(0, 0, 0, 0, 0)
                .plus(List.of("Anna Berg", "anna berg", "Site News"), MetadataMetric.expectedNames("Anna Berg; Carl Dahl")) // 1 tp, 2 fp, 1 fn
                .plus(List.of("Eva Frisk"), MetadataMetric.expectedNames(List.of("Eva Frisk"))) // exact
                .plus(List.of("Someone"), MetadataMetric.expectedNames(""));                  // not scored
        assertEquals(2, s.pages());
        assertEquals(2, s.truePositives());
        assertEquals(2, s.falsePositives());
        assertEquals(1, s.falseNegatives());
        assertEquals(1, s.exact());
        assertEquals(0.5, s.precision(), EPS);
        assertEquals(2 / 3.0, s.recall(), EPS);
        assertEquals(2 * 0.5 * (2 / 3.0) / (0.5 + 2 / 3.0), s.f1(), EPS);
        assertEquals(0.5, s.pagesExact(), EPS);
    }

    @Test
    void noPredictionsScoreZeroWithoutDividingByZero() {
        MetadataMetric.AuthorScore s = new MetadataMetric.AuthorScore(0, 0, 0, 0, 0)
                .plus(List.of(), MetadataMetric.expectedNames("Anna Berg"));
        assertEquals(0, s.precision(), EPS);
        assertEquals(0, s.recall(), EPS);
        assertEquals(0, s.f1(), EPS);
    }
}
