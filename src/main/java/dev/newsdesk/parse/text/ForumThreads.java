package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a forum thread as one article. A forum prints every post in the same frame: the same short lines ("Quote",
 * "Posted by", "Profile", "Top") come back from post to post with the posts' words between. Each post is short, and
 * the frame's lines between two posts cost the run more than a post of a line or two brings, so the heaviest run is
 * one post of the thread; the thread is the page's text. When the heaviest run stands inside such a frame, the
 * frame costs nothing there and the run spans the posts. A story with readers' comments under it is left alone: its
 * run stands above the comments' frame, or a comments heading opens the thread ({@link CommentThreads}).
 */
final class ForumThreads {

    /** How many posts, each with prose, the frame must hold: two might be a story and a reply. */
    static final int MIN_POSTS = 4;
    /** Longer lines are the posts' own words, not their frame. */
    private static final int MAX_FRAME_WORDS = 4;

    /** How many blocks a post and its frame take on average, at most: a post of a few paragraphs. */
    private static final int MAX_POST_BLOCKS = 20;
    /**
     * How many posts a thread of long posts has at least: a page's boxes (a gallery's caption, a section's label over
     * teasers) come back a few times far apart, a long thread's frame many times.
     */
    private static final int LONG_THREAD_POSTS = 2 * MIN_POSTS;
    /** How many blocks a post of a long thread takes on average, at most: release notes, a how-to with its steps. */
    private static final int MAX_LONG_POST_BLOCKS = 80;
    /** How many lines a post's footer may hold (its writer, date, "Quote", "Report"). */
    private static final int MAX_FOOTER_LINES = 8;

    private ForumThreads() {
    }

    /**
     * {@code weights} with the frame of a forum thread made free, when the run {@code heaviest} stands inside the
     * thread; else {@code weights} itself.
     */
    static double[] spanPosts(List<Candidate> blocks, double[] weights, MainRegion.Range heaviest) {
        int[] frame = frame(blocks, weights);
        if (frame == null || heaviest.isEmpty() || heaviest.start() < frame[0] || heaviest.start() > frame[1]
                || CommentThreads.start(blocks, weights) >= 0) {
            return weights;
        }
        // A frame printed under each post leaves the first post above its first line: the lines between are free too.
        int from = frame[0];
        while (from > Math.max(0, frame[0] - MAX_FOOTER_LINES) && weights[from - 1] < 0) from--;
        double[] spanned = weights.clone();
        for (int i = from; i <= frame[1]; i++) if (spanned[i] < 0) spanned[i] = 0;
        return spanned;
    }

    /**
     * The first and last line of the frame that comes back around most posts, or null: two short lines or more
     * ("Quote", "Posted by") that each recur with prose between their returns {@link #MIN_POSTS} times or more, as
     * often as each other. One line alone recurs in an article too (an ad's label between its paragraphs, a
     * teaser's section over each blurb); a table repeats its short lines too, but with no prose between.
     */
    static int[] frame(List<Candidate> blocks, double[] weights) {
        Map<String, Returns> seen = new HashMap<>();
        int prose = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Candidate c = blocks.get(i);
            if (weights[i] > 0) {
                prose++;
                continue;
            }
            if (c.words() == 0 || c.words() > MAX_FRAME_WORDS) continue;
            String line = frameLine(c.text());
            Returns returns = seen.get(line);
            if (returns == null) seen.put(line, new Returns(i, prose));
            else returns.again(i, prose);
        }
        Returns best = null;
        for (Returns returns : seen.values()) {
            if (returns.framePosts() && (best == null || returns.posts > best.posts)) best = returns;
        }
        if (best == null) return null;
        int[] frame = null;
        for (Returns returns : seen.values()) {
            if (returns == best || Math.abs(returns.posts - best.posts) > 1 || !returns.framePosts()) continue;
            if (frame == null) frame = new int[] {best.first, best.last};
            frame[0] = Math.min(frame[0], returns.first);
            frame[1] = Math.max(frame[1], returns.last);
        }
        return frame;
    }

    /**
     * The line as the frame prints it again: a poster's labelled count ("Posts: 722", "Activity: 15") comes back with
     * each post under its label, its value differing from poster to poster.
     */
    private static String frameLine(String text) {
        if (text.indexOf(':') < 0) return text;
        String label = ForumPostLines.label(text);
        return label == null ? text : label + ":";
    }

    /** Where one short line comes back in the page, and around how many posts (with prose between its returns). */
    private static final class Returns {
        final int first;
        int last;
        int posts = 1;
        int times = 1;
        /** Prose blocks above the line where it was last seen. */
        int proseAtLast;

        Returns(int at, int proseAbove) {
            this.first = at;
            this.last = at;
            this.proseAtLast = proseAbove;
        }

        void again(int at, int proseAbove) {
            if (proseAbove > proseAtLast) posts++;
            times++;
            last = at;
            proseAtLast = proseAbove;
        }

        /**
         * True when the line is a post frame's: it comes back around {@link #MIN_POSTS} posts or more, a few blocks
         * apart on average, or around {@link #LONG_THREAD_POSTS} posts or more, a long post apart. A menu printed
         * again in a sidebar and a footer comes back a page's length apart.
         */
        boolean framePosts() {
            int span = last - first;
            return posts >= MIN_POSTS && span <= MAX_POST_BLOCKS * (times - 1)
                    || posts >= LONG_THREAD_POSTS && span <= MAX_LONG_POST_BLOCKS * (times - 1);
        }
    }
}
