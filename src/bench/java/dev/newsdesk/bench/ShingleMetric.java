package dev.newsdesk.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's metric: texts become multisets of 4-token shingles (tokens are runs of
 * Unicode word characters, case kept); a page's precision is shared/extracted, its recall shared/truth. Scripts
 * written without spaces (Han, Hiragana, Katakana) are the one change: each of their characters is a token, as a
 * run of them is a whole clause, which would make a Chinese page's score all-or-nothing per clause and turn on
 * where a hard-wrapped line happened to break.
 */
public final class ShingleMetric {

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\w&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** One page's score. */
    public record PageScore(double precision, double recall) {
    }

    /** Averages over pages. */
    public record Summary(double precision, double recall, int pages) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private ShingleMetric() {
    }

    /** Scores {@code extracted} against {@code truth}. */
    public static PageScore score(String extracted, String truth) {
        Map<String, Integer> pred = shingles(extracted);
        Map<String, Integer> gold = shingles(truth);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (var e : pred.entrySet()) {
            int g = gold.getOrDefault(e.getKey(), 0);
            tp += Math.min(g, e.getValue());
            fp += Math.max(0, e.getValue() - g);
        }
        for (var e : gold.entrySet()) {
            fn += Math.max(0, e.getValue() - pred.getOrDefault(e.getKey(), 0));
        }
        // The benchmark divides each count by the larger total; the ratios below do not change with it.
        double scale = Math.max(1, Math.max(tp + fp, tp + fn));
        tp /= scale;
        fp /= scale;
        fn /= scale;
        if (tp + fp + fn == 0) return new PageScore(1, 1);
        double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
        return new PageScore(precision, recall);
    }

    /** Means of the pages' precision and recall. */
    public static Summary summarize(List<PageScore> pages) {
        double p = 0;
        double r = 0;
        for (PageScore s : pages) {
            p += s.precision();
            r += s.recall();
        }
        int n = Math.max(1, pages.size());
        return new Summary(p / n, r / n, pages.size());
    }

    static Map<String, Integer> shingles(String text) {
        Map<String, Integer> out = new HashMap<>();
        if (text == null) return out;
        Matcher m = TOKEN.matcher(text);
        java.util.List<String> tokens = new java.util.ArrayList<>();
        while (m.find()) tokens.add(m.group());
        if (tokens.isEmpty()) return out;
        if (tokens.size() < N) {
            out.put(String.join(" ", tokens), 1);
            return out;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return out;
    }
}
