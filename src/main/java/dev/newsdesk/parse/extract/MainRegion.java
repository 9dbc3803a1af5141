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

    /** Costs for a text dump, where nothing but the words tells chrome from article. */
    public static final Costs TEXT = new Costs(4, 8, true);
    /** Costs inside an element already chosen as the article's: its short blocks are mostly the article's own. */
    public static final Costs MARKUP = new Costs(1, 3, false);

    /**
     * What a short block and a chrome block cost the run, in words of prose; with {@code weighProse}, prose
     * poor in function words counts less (in a dump, site blurbs compete with the article).
     */
    public record Costs(double shortBlock, double noise, boolean weighProse) {
    }

    /** The half-open range [start, end) of the article's blocks; empty when nothing reads as prose. */
    public record Range(int start, int end) {
        public boolean isEmpty() {
            return end <= start;
        }
    }

    private MainRegion() {
    }

    /** The best run of {@code verdicts} (parallel to {@code blocks}). */
    public static Range find(List<Candidate> blocks, List<Verdict> verdicts, Costs costs, BlockScorer scorer) {
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
                case PROSE -> costs.weighProse() ? scorer.proseWeight(blocks.get(i))
                        : Words.count(blocks.get(i).text());
                case SHORT -> -costs.shortBlock();
                default -> -costs.noise();
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
