package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import java.util.Arrays;
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

    /** A segment before a wall wins over a better one after it when it scores at least this share of the best. */
    private static final double FIRST_SEGMENT_SHARE = 0.3;
    /**
     * What the prose above a bare "Comments" heading must weigh for it to head a thread: a story, not a lead; what a
     * story under its headline must weigh to win over longer excerpts past an ending heading.
     */
    public static final double MIN_STORY_WEIGHT = 100;
    /** How many blocks below a wall the first comment's signature may stand (a count, a sort order between). */
    private static final int SIGNATURE_REACH = 3;

    /** The half-open range [start, end) of the article's blocks; empty when nothing reads as prose. */
    public record Range(int start, int end) {
        public boolean isEmpty() {
            return end <= start;
        }

        /** The blocks strictly between the first and the last prose of this range: what its paragraphs enclose. */
        public Range amidProse(List<Verdict> verdicts) {
            int first = -1;
            int last = -1;
            for (int i = start; i < end; i++) {
                if (verdicts.get(i) != Verdict.PROSE) continue;
                if (first < 0) first = i;
                last = i;
            }
            return first < 0 ? new Range(start, start) : new Range(first + 1, last);
        }
    }

    private MainRegion() {
    }

    /**
     * The best run of {@code verdicts} (parallel to {@code blocks}). Walls (comment forms, "most read") cut the
     * page into segments; the article is the best run of the first segment that scores at least 30% of the best
     * segment, since what follows a wall is comments and teasers, however long they run; a segment under a box of
     * other articles' heading counts in that comparison by its heaviest stretch of prose ({@link #heaviestStretch}).
     */
    public static Range find(List<Candidate> blocks, List<Verdict> verdicts, Costs costs, BlockScorer scorer) {
        return find(blocks, weights(blocks, verdicts, costs, scorer));
    }

    /**
     * What each block weighs in the search for the article: prose its (weighed) words, short and chrome blocks a
     * cost, a wall NaN.
     */
    public static double[] weights(List<Candidate> blocks, List<Verdict> verdicts, Costs costs, BlockScorer scorer) {
        double[] weights = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            weights[i] = switch (verdicts.get(i)) {
                case PROSE -> costs.weighProse() ? scorer.proseWeight(blocks.get(i)) : blocks.get(i).words();
                case SHORT -> -costs.shortBlock();
                case NOISE -> -costs.noise();
                case END -> Double.NaN;
            };
        }
        return weights;
    }

    /** {@link #find} on the blocks above block {@code end} only: the article above a comment thread, a post's stamp. */
    public static Range findAbove(List<Candidate> blocks, double[] weights, int end) {
        return find(blocks.subList(0, end), Arrays.copyOf(weights, end));
    }

    /** {@link #find} on the {@link #weights} of {@code blocks}. */
    public static Range find(List<Candidate> blocks, double[] weights) {
        List<Segment> segments = new java.util.ArrayList<>();
        // Past the header of a comment thread only readers' comments follow: a segment there is the article only
        // when nothing before the header reads as one. A header above any prose (a count under the headline) heads
        // no thread: the thread is the first one opened below prose.
        int commentsFrom = Integer.MAX_VALUE;
        double bestAbove = 0;
        int from = 0;
        boolean underBox = false;
        for (int i = 0; i <= blocks.size(); i++) {
            if (i == blocks.size() || Double.isNaN(weights[i])) {
                double[] run = i > from ? best(weights, from, i) : null;
                if (run != null) bestAbove = Math.max(bestAbove, run[0]);
                String wall = i < blocks.size() ? blocks.get(i).text() : null;
                boolean opensThread = wall != null && opensCommentThread(blocks, i, bestAbove);
                if (run != null) {
                    boolean sidebar = wall != null && Boilerplate.headsSidebar(wall);
                    boolean comments = wall != null && !sidebar && (opensThread || Boilerplate.isAboutComments(wall));
                    double worth = underBox ? heaviestStretch(weights, from, i) : run[0];
                    segments.add(new Segment(run[0], worth, (int) run[1], (int) run[2], sidebar, comments));
                }
                from = i + 1;
                underBox = wall != null && wall.length() <= Boilerplate.MAX_CHROME_CHARS
                        && Boilerplate.headsOtherArticles(Boilerplate.key(wall));
                if (opensThread && commentsFrom == Integer.MAX_VALUE) commentsFrom = segments.size();
            }
        }
        if (commentsFrom < segments.size()) segments = segments.subList(0, commentsFrom);
        double top = 0;
        for (Segment seg : segments) top = Math.max(top, seg.worth());
        for (int k = 0; k < segments.size(); k++) {
            Segment seg = segments.get(k);
            if (seg.score() > 0 && seg.score() >= top * FIRST_SEGMENT_SHARE && !sidebarAbovePost(segments, k)) {
                return new Range(seg.start(), seg.end());
            }
        }
        return new Range(0, 0);
    }

    /**
     * A run between two walls: its best-scoring part [start, end), what it is worth against the other segments (its
     * score, or under a box of other articles its heaviest stretch of prose), and what the wall under it says: a
     * sidebar's heading ("Recent Comments"), or readers' comments or their form.
     */
    private record Segment(double score, double worth, int start, int end, boolean closedBySidebar,
                           boolean closedByComments) {
    }

    /**
     * The heaviest stretch of prose blocks in a row in {@code weights[from, to)}. Under a heading of other articles
     * ("Related articles") each teaser is such a stretch, its title and date part it from the next, so a box of
     * long teasers is worth its longest one, never their sum: an article set under the box runs on in paragraphs.
     */
    private static double heaviestStretch(double[] weights, int from, int to) {
        double best = 0;
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum = weights[i] > 0 ? sum + weights[i] : 0;
            best = Math.max(best, sum);
        }
        return best;
    }

    /**
     * True when segment {@code k}, closed by a sidebar's heading, is the top of a sidebar set above the post: a
     * heavier segment below it is closed by a comment thread or form, as a blog post is.
     */
    private static boolean sidebarAbovePost(List<Segment> segments, int k) {
        if (!segments.get(k).closedBySidebar()) return false;
        for (int j = k + 1; j < segments.size(); j++) {
            if (segments.get(j).closedByComments() && segments.get(j).score() > segments.get(k).score()) return true;
        }
        return false;
    }

    /**
     * True when the wall at {@code wall}, under prose weighing {@code bestAbove} at most, heads readers' comments: it
     * says so itself ("34 responses to “Title”"; a bare "Comments" only under a story's worth of prose, as a share
     * bar's "View comments" stands under the lead), or a comment's signature ("Jane on May 2 said:") comes right after
     * it.
     */
    private static boolean opensCommentThread(List<Candidate> blocks, int wall, double bestAbove) {
        if (bestAbove <= 0) return false;
        String line = blocks.get(wall).text();
        if (Boilerplate.opensCommentThread(line)) return true;
        if (bestAbove >= MIN_STORY_WEIGHT && Boilerplate.isCommentsHeading(line)) return true;
        for (int i = wall + 1; i < Math.min(blocks.size(), wall + 1 + SIGNATURE_REACH); i++) {
            if (Boilerplate.signsComment(blocks.get(i).text())) return true;
        }
        return false;
    }

    /** The sum of {@code weights} over {@code range}. */
    public static double score(double[] weights, Range range) {
        double sum = 0;
        for (int i = range.start(); i < range.end(); i++) sum += weights[i];
        return sum;
    }

    /** The maximum-sum run of {@code weights[from, to)}: {score, start, end}. */
    private static double[] best(double[] weights, int from, int to) {
        double best = 0;
        int bestStart = from;
        int bestEnd = from;
        double sum = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += weights[i];
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i + 1;
            }
        }
        return new double[] {best, bestStart, bestEnd};
    }
}
