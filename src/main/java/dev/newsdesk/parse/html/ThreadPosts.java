package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The posts of a forum thread: each post's text sits in a box of one class ("postbody", "messageContent") at one
 * depth under the thread's wrapper. The long posts join the winner as chunks named like it, but a one-line reply
 * ("Thanks, that worked!") or an opening post of links and short lines votes too little to join on its score, and
 * the thread is read with holes. Once the winner and at least two boxes named like it stand in the article, every
 * box named like them at the winner's depth under their common wrapper is a post, however short; and the region,
 * which starts at the first prose, takes in the short lines of the opening post above it ("Pictures of the build:",
 * a link, "Enjoy"): the thread starts there.
 */
final class ThreadPosts {

    /** Boxes named alike the article needs (the winner among them) to be read as a thread's posts. */
    private static final int MIN_POSTS = 3;
    /** How far above a block's owner its post box may be: a post's paragraphs, quotes and lists. */
    private static final int MAX_DEPTH_IN_POST = 6;

    private ThreadPosts() {
    }

    /** Adds to {@code roots} the short posts of a thread whose long posts it holds, read from the blocks' owners. */
    static void addShort(Set<Element> roots, Element top, List<HtmlBlock> blocks) {
        ContentFinder.ChunkNames names = ContentFinder.ChunkNames.of(top);
        if (names == null) return;
        List<Element> posts = new ArrayList<>(List.of(top));
        for (Element r : roots) if (r != top && names.fit(r)) posts.add(r);
        if (posts.size() < MIN_POSTS) return;
        Element thread = commonAncestor(posts);
        if (thread == null) return;
        int depth = depth(top);
        for (HtmlBlock b : blocks) {
            Element e = b.owner();
            for (int up = 0; e != null && up <= MAX_DEPTH_IN_POST; up++, e = e.parent()) {
                if (roots.contains(e)) break; // top among them
                if (depth(e) == depth && names.fit(e) && ArticlePlace.within(e, thread)) {
                    roots.add(e);
                    break;
                }
            }
        }
    }

    /** Whether {@code roots} are a thread's posts: at least {@link #MIN_POSTS} of them boxes named alike. */
    static boolean isThread(Set<Element> roots) {
        for (Element r : roots) {
            int alike = 1;
            for (Element o : roots) if (ContentFinder.isChunkOf(o, r) && ++alike >= MIN_POSTS) return true;
        }
        return false;
    }

    /**
     * {@code range} moved up over the short lines above it when {@code roots} are a thread's posts: the opening post
     * of a few short lines, its links written out, is where the thread starts. The headline repeated stays out.
     */
    static MainRegion.Range withOpeningPost(Set<Element> roots, List<Candidate> blocks, List<Verdict> verdicts,
                                            MainRegion.Range range, String title) {
        if (range.isEmpty() || range.start() == 0 || verdicts.get(range.start() - 1) != Verdict.SHORT
                || !isThread(roots)) {
            return range;
        }
        int start = range.start();
        while (start > 0 && verdicts.get(start - 1) == Verdict.SHORT && blocks.get(start - 1).linkDensity() < Candidate.MOSTLY_LINKED
                && blocks.get(start - 1).kind() != Candidate.Kind.HEADING
                && (title == null || !title.contains(blocks.get(start - 1).text()))) {
            start--;
        }
        return new MainRegion.Range(start, range.end());
    }

    /** How many ancestors {@code e} has. */
    static int depth(Element e) {
        int n = 0;
        for (Element a = e.parent(); a != null; a = a.parent()) n++;
        return n;
    }

    private static Element commonAncestor(List<Element> posts) {
        Element common = posts.get(0).parent();
        for (Element p : posts) {
            while (common != null && !ArticlePlace.within(p, common)) common = common.parent();
        }
        return common;
    }
}
