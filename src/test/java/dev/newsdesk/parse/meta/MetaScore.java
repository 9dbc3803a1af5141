package dev.newsdesk.parse.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts for entities and quoted speakers on hand-checked pages, summed over pages. An entity found is right when
 * the page names it with that type, or with any type when it was typed {@code other} (unsure, so no wrong claim);
 * recall is the share of the page's entities found under any type. A quote counts when its speaker is named in
 * the article; a speaker given is right when it is that one.
 */
public final class MetaScore {

    int expectedEntities;
    int foundEntities;
    int rightEntities;
    int recalledEntities;
    int namedQuotes;
    int namedAndFound;
    int attributed;
    int rightSpeakers;
    final List<String> wrongEntities = new ArrayList<>();
    final List<String> wrongSpeakers = new ArrayList<>();

    public void add(MetaScore other) {
        expectedEntities += other.expectedEntities;
        foundEntities += other.foundEntities;
        rightEntities += other.rightEntities;
        recalledEntities += other.recalledEntities;
        namedQuotes += other.namedQuotes;
        namedAndFound += other.namedAndFound;
        attributed += other.attributed;
        rightSpeakers += other.rightSpeakers;
        wrongEntities.addAll(other.wrongEntities);
        wrongSpeakers.addAll(other.wrongSpeakers);
    }

    public double typedPrecision() {
        return ratio(rightEntities, foundEntities);
    }

    public double recall() {
        return ratio(recalledEntities, expectedEntities);
    }

    /** Quotes whose speaker the article names that were given a speaker. */
    public double speakersFound() {
        return ratio(namedAndFound, namedQuotes);
    }

    /** Speakers given that are the one the article names. */
    public double speakersRight() {
        return ratio(rightSpeakers, attributed);
    }

    public List<String> wrongEntities() {
        return wrongEntities;
    }

    public List<String> wrongSpeakers() {
        return wrongSpeakers;
    }

    /** One line: the four figures with their counts. */
    public String line() {
        return String.format("entities typed precision %.2f (%d/%d) recall %.2f (%d/%d) · quotes: speaker found "
                        + "%.2f (%d/%d of those the article names), right %.2f (%d/%d)",
                typedPrecision(), rightEntities, foundEntities, recall(), recalledEntities, expectedEntities,
                speakersFound(), namedAndFound, namedQuotes, speakersRight(), rightSpeakers, attributed);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
