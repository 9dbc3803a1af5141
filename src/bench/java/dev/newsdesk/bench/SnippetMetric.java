package dev.newsdesk.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * trafilatura's evaluation metric (its {@code tests/eval_common.py}): each page names a few snippets that must be
 * in the extraction ("with") and a few that must not ("without"). A "with" snippet found is a true positive, one
 * missing a false negative; a "without" snippet found is a false positive, one absent a true negative. Both sides
 * are whitespace-normalized before the substring test; the counts are summed over pages (not averaged) before
 * precision, recall and F1 are taken, so a page weighs by its number of snippets.
 */
public final class SnippetMetric {

    /** Python's {@code \s} on {@code str} is Unicode-aware (no-break and thin spaces too); so is this one. */
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** The snippets one page is judged on. */
    public record Snippets(List<String> with, List<String> without) {
        public Snippets {
            with = List.copyOf(with);
            without = List.copyOf(without);
        }
    }

    /** True/false positives/negatives, for a page or summed over pages. */
    public record Counts(int tp, int fp, int fn, int tn) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        /** 2tp / (2tp + fp + fn), which is the harmonic mean of precision and recall without dividing by zero. */
        public double f1() {
            int denominator = 2 * tp + fp + fn;
            return denominator == 0 ? 0 : 2.0 * tp / denominator;
        }

        public double accuracy() {
            int total = tp + fp + fn + tn;
            return total == 0 ? 0 : (double) (tp + tn) / total;
        }
    }

    private SnippetMetric() {
    }

    /** Scores one page's extraction; {@code null} (the extractor failed or refused the page) finds nothing. */
    public static Counts count(Snippets page, String extraction) {
        int tp = found(page.with(), extraction).size();
        int fp = found(page.without(), extraction).size();
        return new Counts(tp, fp, page.with().size() - tp, page.without().size() - fp);
    }

    /** Those of {@code snippets} that {@code extraction} holds, whitespace aside. */
    public static List<String> found(List<String> snippets, String extraction) {
        String text = extraction == null ? "" : normalize(extraction);
        return snippets.stream().filter(s -> text.contains(normalize(s))).toList();
    }

    /** Runs of whitespace become one space, ends trimmed: line breaks between blocks cost nothing. */
    static String normalize(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
