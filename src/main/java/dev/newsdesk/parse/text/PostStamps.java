package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.PostStamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Keeps a blog's page of several posts to its first one. Each post closes with the stamp its theme prints
 * ("Posted by jane @ 2005-06-14 03:25:55 | 11 comments", "由某某张贴 @ …"), the same words with other numbers from post
 * to post; a later post may run longer than the first, which the page shows first and is the one its address names.
 * A story prints its dateline once, and the lines that repeat with other numbers in a sidebar (an archive's months)
 * have no prose between them.
 */
final class PostStamps {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PostStamps() {
    }

    /**
     * {@code range} cut to the heaviest run above the first post stamp, when the page repeats one under prose and the
     * range runs past it; else {@code range}.
     */
    static MainRegion.Range firstPost(List<Candidate> blocks, double[] weights, MainRegion.Range range) {
        int stamp = -1;
        for (int i : find(blocks, i -> weights[i] > 0)) stamp = stamp < 0 ? i : Math.min(stamp, i);
        if (stamp <= 0 || range.end() <= stamp) return range;
        MainRegion.Range above = MainRegion.findAbove(blocks, weights, stamp);
        return above.isEmpty() || MainRegion.score(weights, above) <= 0 ? range : above;
    }

    /**
     * The indices of the post stamps: short dated lines whose shape comes back, with other numbers, with other prose
     * between, each closing a post.
     */
    static Set<Integer> find(List<Candidate> blocks, IntPredicate prose) {
        Map<String, int[]> seen = new HashMap<>(); // a stamp's shape -> {where first, prose blocks above it}
        Set<Integer> stamps = new HashSet<>();
        int proseBlocks = 0; // a header's dateline above the first post is not its stamp
        for (int i = 0; i < blocks.size(); i++) {
            if (prose.test(i)) {
                proseBlocks++;
                continue;
            }
            if (!closes(i, blocks.size(), prose)) continue;
            Candidate c = blocks.get(i);
            if (!PostStamp.isStamp(c)) continue;
            String shape = DIGITS.matcher(c.text()).replaceAll("0");
            int[] first = seen.putIfAbsent(shape, new int[] {i, proseBlocks});
            // the same line again is the story's dateline printed twice (a header and its copy), not another post's
            if (first != null && proseBlocks > first[1] && !c.text().equals(blocks.get(first[0]).text())) {
                stamps.add(first[0]);
                stamps.add(i);
            }
        }
        return stamps;
    }

    /**
     * True when block {@code i} may close a post: prose right above it (past a line such as "Print"), none right
     * under it. A line over prose (a live ticker's time and writer, a comment's name and day) heads what follows.
     */
    private static boolean closes(int i, int size, IntPredicate prose) {
        return (i > 0 && prose.test(i - 1) || i > 1 && prose.test(i - 2)) && (i + 1 == size || !prose.test(i + 1));
    }

    /** True when a post stamp stands within two blocks under block {@code i}: it closes a post. */
    static boolean closesPost(Set<Integer> stamps, int i) {
        return stamps.contains(i + 1) || stamps.contains(i + 2);
    }
}
