package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.meta.Words;
import java.util.List;

/**
 * Finds the article in a sequence of blocks: the contiguous run whose prose outweighs the chrome inside it (a
 * maximum-sum segment, linear time). Prose blocks weigh their word count; short blocks cost a little, so the
 * run can bridge a subheading or a teaser; chrome costs more; the start of a comment form or "most read"
 * widget is a wall the run cannot cross.
 */
public final class MainRegion {

    private static final double SHORT_COST = 4;
    private static final double NOISE_COST = 8;

    /** The half-open range [start, end) of the article's blocks; empty when nothing reads as prose. */
    public record Range(int start, int end) {
        public boolean isEmpty() {
            return end <= start;
        }
    }

    private MainRegion() {
    }

    /** The best run of {@code verdicts} (parallel to {@code blocks}). */
    public static Range find(List<Candidate> blocks, List<Verdict> verdicts) {
        double best = 0;
        int bestStart = 0;
        int bestEnd = 0;
        double sum = 0;
        int start = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Verdict v = verdicts.get(i);
            if (v == Verdict.END) {
                sum = 0;
                start = i + 1;
                continue;
            }
            double w = switch (v) {
                case PROSE -> Words.count(blocks.get(i).text());
                case SHORT -> -SHORT_COST;
                default -> -NOISE_COST;
            };
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += w;
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i + 1;
            }
        }
        return new Range(bestStart, bestEnd);
    }
}
