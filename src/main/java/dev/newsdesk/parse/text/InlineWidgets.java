package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
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
 * short lines, two paragraphs follow that end as sentences and keep to the article's words (a caption or an embedded
 * post's credit may part them when a third follows): the teasers of a box on the story's subject keep to its words
 * too, but are headlines, or blurbs cut short ("…as the storm nears the coa..."). A line or two of the site's chrome
 * may stand above the widget's heading ("Advertisement"), or lines that end as no sentence (a "Read more" teaser, a
 * caption). A comment thread never resumes it; a line naming comments that stands right between two paragraphs is a
 * subheading ("Experts' comments"), not one.
 */
final class InlineWidgets {

    /** How many short lines (the widget's teasers) may stand between its heading and the story's next paragraph. */
    private static final int MAX_WIDGET_LINES = 16;
    /**
     * How many lines of the site's chrome, or headlines and captions, may stand between the run's last paragraph and
     * the widget's heading.
     */
    private static final int MAX_CHROME_LINES = 2;
    /** The share of each of the two paragraphs above a widget the article below must hold: one alone says less. */
    private static final double MIN_SHARED_SHARE_EACH = 0.3;
    /** How far up from a widget's heading the story's paragraphs may stand (a caption, a button between). */
    private static final int PROSE_GAP = 3;
    /** The share of the next two paragraphs' words the article must already hold for them to be its own. */
    private static final double MIN_SHARED_SHARE = 0.2;

    private InlineWidgets() {
    }

    /**
     * {@code range}, extended over each widget inside the article it ends or starts at; a teaser's cut blurb in a
     * widget below the story is turned {@link Verdict#SHORT}.
     */
    static MainRegion.Range bridge(List<Candidate> blocks, List<Verdict> verdicts, double[] weights,
                                   MainRegion.Range range) {
        if (range.isEmpty()) return range;
        int n = blocks.size();
        Set<String> words = new HashSet<>();
        addWords(blocks, verdicts, range.start(), range.end(), words);
        int end = range.end();
        while (true) {
            int wall = wallBelow(blocks, verdicts, weights, end);
            if (wall >= n || !Double.isNaN(weights[wall]) || CommentThreads.commentWall(blocks, weights, wall)
                    && !subheading(blocks, verdicts, wall)) {
                break;
            }
            int next = wall + 1;
            while (next < n && next - wall <= MAX_WIDGET_LINES && isWidgetLine(blocks, verdicts, next)) {
                next++;
            }
            // The next paragraph but one may stand past an embedded post's credit or a caption when a third follows
            // it: teasers' blurbs, each under its headline, never come two in a row.
            int second = next < n && verdicts.get(next) == Verdict.PROSE ? proseBelow(verdicts, next) : -1;
            if (second > next + 1 && (second + 1 >= n || verdicts.get(second + 1) != Verdict.PROSE)) second = -1;
            if (second < 0 || !endsSentences(blocks, next, second)
                    || !resumes(words, blocks.get(next).text(), blocks.get(second).text(),
                            pastHeadlines(verdicts, end, wall))) {
                break;
            }
            // A teaser's cut blurb read as prose is the widget's, not the story's.
            for (int k = wall + 1; k < next; k++) {
                if (verdicts.get(k) == Verdict.PROSE) verdicts.set(k, Verdict.SHORT);
            }
            int resumedEnd = heaviestReach(weights, next, 1) + 1;
            addWords(blocks, verdicts, next, resumedEnd, words);
            end = resumedEnd;
        }
        int start = range.start();
        // The same, upwards: a run chosen under the widget (its heading picked it) takes the story above it too.
        while (start > 0) {
            int wall = start - 1;
            while (wall >= 0 && start - wall <= MAX_WIDGET_LINES && isShortOrChrome(verdicts.get(wall))) {
                wall--;
            }
            if (wall < 0 || !Double.isNaN(weights[wall])
                    || CommentThreads.commentWall(blocks, weights, wall) && !subheading(blocks, verdicts, wall)) {
                break;
            }
            // The story's last two paragraphs above the widget, a caption or a "close" button between them.
            int last = proseAbove(verdicts, wall);
            int before = last < 0 ? -1 : proseAbove(verdicts, last);
            // Each of them: the widget may stand under a box of its own (a survey, a gallery's captions).
            if (before < 0 || !keepsTo(words, blocks.get(before).text(), MIN_SHARED_SHARE_EACH)
                    || !keepsTo(words, blocks.get(last).text(), MIN_SHARED_SHARE_EACH)) {
                break;
            }
            int resumedStart = heaviestReach(weights, last, -1);
            addWords(blocks, verdicts, resumedStart, wall, words);
            start = resumedStart;
        }
        return end == range.end() && start == range.start() ? range : new MainRegion.Range(start, end);
    }

    /**
     * True when line {@code i} may be one of a widget's: a teaser's headline, chrome, or a teaser's blurb cut short
     * with an ellipsis ("…as the storm nears the coa..."), which reads as prose, when another teaser's line follows
     * it (a quotation the story breaks off goes on in its paragraphs).
     */
    private static boolean isWidgetLine(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        return isShortOrChrome(verdicts.get(i)) || verdicts.get(i) == Verdict.PROSE
                && CutExcerpts.isCut(blocks.get(i).text()) && i + 1 < blocks.size()
                && isShortOrChrome(verdicts.get(i + 1));
    }

    private static boolean isShortOrChrome(Verdict v) {
        return v == Verdict.SHORT || v == Verdict.NOISE;
    }

    /**
     * True when blocks {@code first} and {@code second} each end as a sentence, as the story's paragraphs do: the
     * teasers of a box on the story's own subject keep to its words too, but are headlines.
     */
    private static boolean endsSentences(List<Candidate> blocks, int first, int second) {
        return BlockScorer.endsLikeSentence(blocks.get(first).text())
                && BlockScorer.endsLikeSentence(blocks.get(second).text());
    }

    /**
     * True when the comment wall {@code wall} is a subheading that names comments ("Experts' comments"): it says more
     * than "Comments" and stands between two paragraphs, prose right above and right under it, where a thread opens
     * with a count, a form or a commenter's name or signature ("Jane on May 2 said:").
     */
    private static boolean subheading(List<Candidate> blocks, List<Verdict> verdicts, int wall) {
        return wall > 0 && wall + 1 < verdicts.size() && verdicts.get(wall - 1) == Verdict.PROSE
                && verdicts.get(wall + 1) == Verdict.PROSE && ContentWords.of(blocks.get(wall).text()).size() > 1
                && !Boilerplate.signsComment(blocks.get(wall + 1).text());
    }

    /**
     * The block at or under {@code end} that may be a widget's heading: past the run's last paragraph the site may set
     * a line of its chrome ("Continue reading the main story", "Advertisement") before the widget.
     */
    private static int wallBelow(List<Candidate> blocks, List<Verdict> verdicts, double[] weights, int end) {
        int wall = end;
        while (wall < verdicts.size() && wall - end < MAX_CHROME_LINES
                && (verdicts.get(wall) == Verdict.NOISE || verdicts.get(wall) == Verdict.SHORT
                && !BlockScorer.endsLikeSentence(blocks.get(wall).text()))
                && !Double.isNaN(weights[wall])) {
            wall++;
        }
        return wall < verdicts.size() && Double.isNaN(weights[wall]) ? wall : end;
    }

    /** The nearest prose block above {@code i}, at most {@link #PROSE_GAP} blocks up, or -1. */
    private static int proseAbove(List<Verdict> verdicts, int i) {
        for (int k = i - 1; k >= 0 && i - k <= PROSE_GAP; k--) {
            if (verdicts.get(k) == Verdict.PROSE) return k;
            if (verdicts.get(k) == Verdict.END) return -1;
        }
        return -1;
    }

    /** The nearest prose block below {@code i}, at most {@link #PROSE_GAP} blocks down, or -1. */
    private static int proseBelow(List<Verdict> verdicts, int i) {
        for (int k = i + 1; k < verdicts.size() && k - i <= PROSE_GAP; k++) {
            if (verdicts.get(k) == Verdict.PROSE) return k;
            if (verdicts.get(k) == Verdict.END) return -1;
        }
        return -1;
    }

    /**
     * The far block of the heaviest run that starts at {@code from} and goes by {@code step} (1 down, -1 up) to the
     * next wall: the story's last block below a widget, or its first above one.
     */
    private static int heaviestReach(double[] weights, int from, int step) {
        double sum = 0;
        double best = 0;
        int reach = from;
        for (int i = from; i >= 0 && i < weights.length && !Double.isNaN(weights[i]); i += step) {
            sum += weights[i];
            if (sum > best) {
                best = sum;
                reach = i;
            }
        }
        return reach;
    }

    /**
     * True when the paragraphs {@code first} and {@code second} under a widget keep to the story's words: together,
     * or each when headlines stood above the widget's heading, as a story's end and a box of the site's own (a
     * newsletter's pitch under a "More on this" box) may follow the last paragraph too.
     */
    private static boolean resumes(Set<String> words, String first, String second, boolean pastHeadlines) {
        return pastHeadlines ? keepsTo(words, first, MIN_SHARED_SHARE_EACH) && keepsTo(words, second,
                MIN_SHARED_SHARE_EACH) : keepsTo(words, first + " " + second);
    }

    /** True when a line other than chrome stands between the run's end and the widget's heading at {@code wall}. */
    private static boolean pastHeadlines(List<Verdict> verdicts, int end, int wall) {
        for (int i = end; i < wall; i++) {
            if (verdicts.get(i) != Verdict.NOISE) return true;
        }
        return false;
    }

    private static boolean keepsTo(Set<String> words, String text) {
        return keepsTo(words, text, MIN_SHARED_SHARE);
    }

    private static boolean keepsTo(Set<String> words, String text, double share) {
        List<String> said = ContentWords.of(text);
        return !said.isEmpty() && ContentWords.shared(said, words) >= share * said.size();
    }

    private static void addWords(List<Candidate> blocks, List<Verdict> verdicts, int from, int to, Set<String> words) {
        for (int i = from; i < to; i++) {
            if (verdicts.get(i) != Verdict.PROSE) continue;
            words.addAll(ContentWords.of(blocks.get(i).text()));
        }
    }
}
