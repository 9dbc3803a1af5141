package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps a long comment thread, and the sidebar under a comment form, from passing for the article. A thread is told
 * by its template: under a comments heading, each comment comes in the same short lines ("Reply", "Guest",
 * "Translate", a vote bar), which an article does not repeat around its paragraphs, or each opens with a reply's
 * header, "re: " and the post's title (its date and name change from comment to comment, its shape does not). A
 * form is told by the lines only it prints ("Cancel reply", "Your email address will not be published"). Readers'
 * comments often run longer than the story, and the blurbs of a sidebar set under the form longer than a short post,
 * so past either the article is whatever reads as one before it.
 */
final class CommentThreads {

    /** How many blocks under the heading are read for the template. */
    private static final int REACH = 60;
    /** A line repeated this often under the heading is the thread's template. */
    private static final int MIN_REPEATS = 3;
    /** Longer lines are comments' own words, not their template. */
    private static final int MAX_TEMPLATE_WORDS = 4;
    /**
     * What the run above the thread must weigh, as a share of the heaviest run of the page: a story, not a line of
     * prose in the header above a comment count.
     */
    private static final double MIN_ABOVE_SHARE = 0.1;
    /** A reply's header: "re: Title", "# re: Title 2024-05-01 alice", "回复：标题". */
    private static final Pattern REPLY_HEADER = Pattern.compile("#?\\s*(?:re|回复|回覆)\\s*[:：]\\s*\\S.{0,140}",
            Pattern.CASE_INSENSITIVE);
    /** The key all reply headers are tallied under. */
    private static final String REPLY = "re:";

    private CommentThreads() {
    }

    /**
     * The heaviest run of {@code weights} ({@link MainRegion#find}), looked for above the first comment thread or
     * comment form.
     */
    static MainRegion.Range article(List<Candidate> blocks, double[] weights) {
        MainRegion.Range heaviest = MainRegion.find(blocks, weights);
        int thread = start(blocks, weights);
        int form = form(blocks, weights);
        if (form > 0 && (thread <= 0 || form < thread)) thread = form;
        if (thread <= 0 || heaviest.end() <= thread) return heaviest;
        MainRegion.Range above = MainRegion.findAbove(blocks, weights, thread);
        boolean story = MainRegion.score(weights, above) >= MIN_ABOVE_SHARE * MainRegion.score(weights, heaviest);
        return above.isEmpty() || !story ? heaviest : above;
    }

    /**
     * The index of the wall that heads the first comment thread, or -1: a header that names the post ("310 Responses
     * to “Title”"; its comments need share no template), or of the comment walls above the thread's template, the
     * nearest to it (a comment count under the headline is one too).
     */
    static int start(List<Candidate> blocks, double[] weights) {
        for (int i = 0; i < blocks.size(); i++) {
            if (!commentWall(blocks, weights, i)) continue;
            if (Boilerplate.opensCommentThread(blocks.get(i).text())) return i;
            int template = template(blocks, weights, i + 1);
            if (template < 0) continue;
            int head = i;
            for (int j = i + 1; j < template; j++) if (commentWall(blocks, weights, j)) head = j;
            return head;
        }
        return -1;
    }

    /** The index of the first line only a comment form prints, under some prose; or -1. */
    private static int form(List<Candidate> blocks, double[] weights) {
        boolean prose = false;
        for (int i = 0; i < blocks.size(); i++) {
            if (prose && Boilerplate.isCommentForm(blocks.get(i).text())) return i;
            if (weights[i] > 0) prose = true;
        }
        return -1;
    }

    /**
     * True when block {@code i} is a wall (an end of the article's run) that heads readers' comments: it names them,
     * or it is a thread's header, whose "responses" or "thoughts" name them only there.
     */
    static boolean commentWall(List<Candidate> blocks, double[] weights, int i) {
        if (!Double.isNaN(weights[i])) return false;
        String text = blocks.get(i).text();
        return Boilerplate.isAboutComments(text) || Boilerplate.opensCommentThread(text);
    }

    /**
     * Where a short line (or a reply's header) below {@code from} first stands that comes back {@link #MIN_REPEATS}
     * times with prose between, or -1: comments, each in the same frame. A table or a list of job ads repeats its
     * short lines too, but with no prose between.
     */
    private static int template(List<Candidate> blocks, double[] weights, int from) {
        Map<String, int[]> seen = new HashMap<>(); // line -> {times, where first, prose blocks above its first}
        int prose = 0;
        for (int i = from; i < Math.min(blocks.size(), from + REACH); i++) {
            Candidate c = blocks.get(i);
            if (weights[i] > 0) prose++;
            boolean reply = REPLY_HEADER.matcher(c.text()).matches();
            if (!reply && (c.words() == 0 || c.words() > MAX_TEMPLATE_WORDS)) continue;
            int[] tally = seen.computeIfAbsent(reply ? REPLY : c.text(), k -> new int[3]);
            if (tally[0]++ == 0) {
                tally[1] = i;
                tally[2] = prose;
            }
            if (tally[0] >= MIN_REPEATS && prose - tally[2] >= MIN_REPEATS - 1) return tally[1];
        }
        return -1;
    }
}
