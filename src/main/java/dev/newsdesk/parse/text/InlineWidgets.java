package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Carries the article across a widget set inside it: "Related articles" or "Trending" with a few teaser lines, after
 * which the story goes on. The widget's heading is a wall that ends the run; the story resumes when, within a few
 * short lines, two paragraphs in a row follow that keep to the article's words. A comment thread never resumes it.
 */
final class InlineWidgets {

    /** How many short lines (the widget's teasers) may stand between its heading and the story's next paragraph. */
    private static final int MAX_WIDGET_LINES = 8;
    /** The share of the next two paragraphs' words the article must already hold for them to be its own. */
    private static final double MIN_SHARED_SHARE = 0.2;

    private InlineWidgets() {
    }

    /** {@code range}, extended over each widget inside the article it ends at. */
    static MainRegion.Range bridge(List<Candidate> blocks, List<Verdict> verdicts, double[] weights,
                                   MainRegion.Range range) {
        if (range.isEmpty()) return range;
        int n = blocks.size();
        Set<String> words = new HashSet<>();
        addWords(blocks, verdicts, range.start(), range.end(), words);
        int end = range.end();
        while (end < n && Double.isNaN(weights[end]) && !Boilerplate.isAboutComments(blocks.get(end).text())) {
            int next = end + 1;
            while (next < n && next - end <= MAX_WIDGET_LINES
                    && (verdicts.get(next) == Verdict.SHORT || verdicts.get(next) == Verdict.NOISE)) {
                next++;
            }
            if (next + 1 >= n || verdicts.get(next) != Verdict.PROSE || verdicts.get(next + 1) != Verdict.PROSE
                    || !keepsTo(words, blocks.get(next).text() + " " + blocks.get(next + 1).text())) {
                break;
            }
            int resumedEnd = bestEnd(weights, next);
            addWords(blocks, verdicts, next, resumedEnd, words);
            end = resumedEnd;
        }
        return end == range.end() ? range : new MainRegion.Range(range.start(), end);
    }

    /** The end of the heaviest run that starts at {@code from} and stops at the next wall. */
    private static int bestEnd(double[] weights, int from) {
        double sum = 0;
        double best = 0;
        int end = from + 1;
        for (int i = from; i < weights.length && !Double.isNaN(weights[i]); i++) {
            sum += weights[i];
            if (sum > best) {
                best = sum;
                end = i + 1;
            }
        }
        return end;
    }

    private static boolean keepsTo(Set<String> words, String text) {
        List<String> said = ContentWords.of(text);
        return !said.isEmpty() && ContentWords.shared(said, words) >= MIN_SHARED_SHARE * said.size();
    }

    private static void addWords(List<Candidate> blocks, List<Verdict> verdicts, int from, int to, Set<String> words) {
        for (int i = from; i < to; i++) {
            if (verdicts.get(i) != Verdict.PROSE) continue;
            words.addAll(ContentWords.of(blocks.get(i).text()));
        }
    }
}
