package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Opens a forum thread at its first post. A board that heads each post with a dated line ("03-03-2016, 11:45 #1")
 * prints its own lines above the first one: a welcome to new visitors, the thread's tool bar ("Thread Tools",
 * "Show Printable Version"), its breadcrumb. The dated lines head the posts when the last one has prose under it, the
 * last post's words, and none of the thread's frame stands above the first; a stamp that closes each post has none
 * under its last, and the first post, in its frame, stands above it.
 */
final class ThreadOpenings {

    /** A post's dated line is short: a date, a time, the post's number, perhaps its writer. */
    private static final int MAX_STAMP_WORDS = 8;
    /** At most one head in this many may touch a post's words. */
    private static final int MAX_TOUCHING_SHARE = 4;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** A time of day: a post is stamped to the minute, its writer's join date to the day. */
    private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}[:：]\\d{2}(?!\\d)");

    private ThreadOpenings() {
    }

    /** {@code range}, a forum thread, opened at its first post's dated line when such lines head its posts. */
    static MainRegion.Range cut(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        List<Integer> heads = postHeads(blocks, range);
        if (heads.size() < ForumThreads.MIN_POSTS) return range;
        int first = heads.get(0);
        int last = heads.get(heads.size() - 1);
        if (first <= range.start() || framed(blocks, range.start(), first, range.end())) return range;
        // A head stands between frames: under the frame of the post above and over its poster's name. A stamp right
        // under a post's words closes the post; one over a post's words is its footer's or its title's. A poster's
        // name of two words may read as a post's line, so a few heads may touch prose.
        int touching = 0;
        for (int head : heads) {
            boolean underWords = head > first && verdicts.get(head - 1) == Verdict.PROSE;
            if (underWords || head + 1 < verdicts.size() && verdicts.get(head + 1) == Verdict.PROSE) touching++;
        }
        if (touching * MAX_TOUCHING_SHARE > heads.size()) return range;
        for (int i = last + 1; i < range.end(); i++) {
            if (verdicts.get(i) == Verdict.PROSE) return new MainRegion.Range(first, range.end());
        }
        return range;
    }

    /**
     * True when a line between {@code from} and the first head comes back under it: the thread's frame stands above
     * the first head, which closes the first post rather than opens it.
     */
    private static boolean framed(List<Candidate> blocks, int from, int first, int end) {
        Set<String> under = new HashSet<>();
        for (int i = first; i < end; i++) under.add(blocks.get(i).text());
        for (int i = from; i < first; i++) if (under.contains(blocks.get(i).text())) return true;
        return false;
    }

    /**
     * Where the posts' dated lines stand in {@code range}: short datelines with a time of day, not under a label (a
     * poster's "Joined: …" comes with each post too), of the shape (the same words, other numbers) that comes back
     * most; an edit's note ("Edited by jane (14-03-2016 at 11:46)") comes with some posts only.
     */
    private static List<Integer> postHeads(List<Candidate> blocks, MainRegion.Range range) {
        Map<String, List<Integer>> byShape = new HashMap<>();
        for (int i = range.start(); i < range.end(); i++) {
            Candidate c = blocks.get(i);
            if (c.words() > 0 && c.words() <= MAX_STAMP_WORDS && TIME.matcher(c.text()).find()
                    && ForumPostLines.label(c.text()) == null && Dates.isDateline(c.text())) {
                byShape.computeIfAbsent(DIGITS.matcher(c.text()).replaceAll("0"), k -> new ArrayList<>()).add(i);
            }
        }
        List<Integer> most = List.of();
        for (List<Integer> at : byShape.values()) if (at.size() > most.size()) most = at;
        return most;
    }
}
