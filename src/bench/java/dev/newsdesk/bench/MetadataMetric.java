package dev.newsdesk.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The metadata benchmark's metric ({@code ../shared/metadata-bench/score.py}), the same rules in Java: a page's date
 * is right when its first ten characters are the expected day; author names are compared after NFKD, accents, case
 * and punctuation are dropped, expected strings split on {@code ; , & /} and and/und/et/y/i, each expected name
 * matched at most once.
 */
final class MetadataMetric {

    /** Python's {@code [^\w\s]}: {@code \w} is letters, digits and numbers of any script, and the underscore. */
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}_\\s]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COMBINING = Pattern.compile("[\\p{Mn}\\p{Me}]");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:;|,|&|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\bi\\b)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private MetadataMetric() {
    }

    /** Dates over pages: {@code right} of {@code pages}, of which {@code given} got a date. */
    record DateScore(int pages, int given, int right) {
        double accuracy() {
            return pages == 0 ? 0 : (double) right / pages;
        }

        double precision() {
            return (double) right / Math.max(given, 1);
        }

        /**
         * Adds one page: {@code predicted} (an ISO date or instant, or null) against the {@code expected} day (null
         * when the set records none: the page counts and is never right).
         */
        DateScore plus(String predicted, String expected) {
            boolean hit = predicted != null && expected != null && predicted.length() >= 10 && predicted.substring(0, 10).equals(expected);
            return new DateScore(pages + 1, given + (predicted == null || predicted.isEmpty() ? 0 : 1),
                    right + (hit ? 1 : 0));
        }
    }

    /** Author names over the pages that name one: true and false positives, false negatives, pages got exactly. */
    record AuthorScore(int pages, int truePositives, int falsePositives, int falseNegatives, int exact) {
        double precision() {
            return (double) truePositives / Math.max(truePositives + falsePositives, 1);
        }

        double recall() {
            return (double) truePositives / Math.max(truePositives + falseNegatives, 1);
        }

        double f1() {
            return 2 * precision() * recall() / Math.max(precision() + recall(), 1e-9);
        }

        double pagesExact() {
            return pages == 0 ? 0 : (double) exact / pages;
        }

        /**
         * Adds one page (not scored when it names no author): the names {@code predicted} against {@code gold}, the
         * expected names as {@link #expectedNames} gives them.
         */
        AuthorScore plus(List<String> predicted, List<String> gold) {
            if (gold.isEmpty()) return this;
            int hits = matched(predicted, gold);
            int got = predictedNames(predicted).size();
            return new AuthorScore(pages + 1, truePositives + hits, falsePositives + got - hits,
                    falseNegatives + gold.size() - hits, exact + (hits == gold.size() && got == gold.size() ? 1 : 0));
        }
    }

    /**
     * The names of an expected author string ("A; B", "A and B"), normalized; none for "". A list (the set holds
     * one) is taken as it is, each item one name.
     */
    static List<String> expectedNames(String expected) {
        List<String> out = new ArrayList<>();
        if (expected == null || expected.isEmpty()) return out;
        for (String part : SPLIT.split(expected, -1)) {
            String n = norm(part);
            if (!n.isEmpty()) out.add(n);
        }
        return out;
    }

    static List<String> expectedNames(List<String> expected) {
        return predictedNames(expected);
    }

    /** The predicted names, each normalized whole (a list is not split again), empty ones left out. */
    static List<String> predictedNames(List<String> predicted) {
        List<String> out = new ArrayList<>();
        if (predicted == null) return out;
        for (String p : predicted) {
            String n = norm(p);
            if (!n.isEmpty()) out.add(n);
        }
        return out;
    }

    /** How many predicted names equal an expected one, each expected name used once. */
    static int matched(List<String> predicted, List<String> gold) {
        boolean[] used = new boolean[gold.size()];
        int hits = 0;
        for (String p : predictedNames(predicted)) {
            for (int i = 0; i < gold.size(); i++) {
                if (!used[i] && p.equals(gold.get(i))) {
                    used[i] = true;
                    hits++;
                    break;
                }
            }
        }
        return hits;
    }

    /** NFKD, accents dropped, case folded, punctuation as spaces, spaces squashed. */
    static String norm(String s) {
        String folded = COMBINING.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        // Upper then lower case folds as Python's casefold does for what names hold ("ß" is "ss").
        folded = folded.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return SPACES.matcher(PUNCTUATION.matcher(folded).replaceAll(" ")).replaceAll(" ").strip();
    }
}
