package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.PostStamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A blog's page of several posts, newest first: each post a box named like the others (one tag and class, at one
 * depth), opened by its title and day or closed by its stamp ("Posted by jane @ 2005-06-14 03:25:55"), the days
 * going back from box to box. The winner is whichever post runs longest, and its alike boxes join it as chunks, yet
 * the page is its first post, the one it shows on top and its address names (as {@code text/PostStamps} reads a
 * dump). A forum thread's posts, its replies and a story's chunks run oldest first or carry no such stamps.
 */
final class BlogPosts {

    /** Posts a page of posts shows: two boxes are as often an article and its continuation. */
    private static final int MIN_POSTS = 3;
    /** How far above the winner its post's box may be: the post's table or wrappers around its text. */
    private static final int MAX_LEVELS = 8;
    /** Where a post's stamp stands among its blocks: its first two (title, day) or its last two (stamp, "Print"). */
    private static final int EDGE_BLOCKS = 2;
    /** What the first post needs besides its stamp to be read as the article: a paragraph's worth of text. */
    private static final int MIN_POST_CHARS = 25;

    private BlogPosts() {
    }

    /**
     * {@code roots} cut to the first post's box when the winner {@code top} stands in a page of posts newest first
     * (see the class comment); else {@code roots}.
     */
    static Set<Element> firstPost(Set<Element> roots, Element top, List<HtmlBlock> blocks) {
        if (stampCount(blocks) < MIN_POSTS) return roots;
        Element box = top;
        for (int level = 0; box != null && box.parent() != null && level <= MAX_LEVELS; level++, box = box.parent()) {
            if (box.className().isBlank()) continue;
            List<Element> posts = alike(box);
            if (posts.size() < MIN_POSTS) continue;
            List<List<Candidate>> inPosts = blocksIn(posts, blocks);
            if (!newestFirst(inPosts) || !holdsText(inPosts.get(0))) continue; // the posts' text boxes: their stamps are above
            Set<Element> first = Collections.newSetFromMap(new IdentityHashMap<>());
            first.add(posts.get(0));
            return first;
        }
        return roots;
    }

    /** How many blocks read as post stamps: a page with fewer is no page of posts, and costs nothing more. */
    private static int stampCount(List<HtmlBlock> blocks) {
        int n = 0;
        for (HtmlBlock b : blocks) if (PostStamp.isStamp(b.candidate())) n++;
        return n;
    }

    /** The elements of the page named as {@code box} is (tag and class names) at its depth, in document order. */
    private static List<Element> alike(Element box) {
        int depth = ThreadPosts.depth(box);
        Element page = box;
        while (page.parent() != null) page = page.parent();
        List<Element> found = new ArrayList<>();
        for (Element e : page.getElementsByClass(box.classNames().iterator().next())) {
            if (e.normalName().equals(box.normalName()) && e.classNames().equals(box.classNames())
                    && ThreadPosts.depth(e) == depth) {
                found.add(e);
            }
        }
        return found;
    }

    /** The blocks in each of {@code posts}, in order. */
    private static List<List<Candidate>> blocksIn(List<Element> posts, List<HtmlBlock> blocks) {
        Map<Element, Integer> index = new IdentityHashMap<>();
        List<List<Candidate>> in = new ArrayList<>();
        for (Element p : posts) {
            index.put(p, in.size());
            in.add(new ArrayList<>());
        }
        int depth = ThreadPosts.depth(posts.get(0));
        for (HtmlBlock b : blocks) {
            Element e = b.owner();
            for (int d = ThreadPosts.depth(e); e != null && d > depth; d--) e = e.parent();
            Integer post = e == null ? null : index.get(e);
            if (post != null) in.get(post).add(b.candidate());
        }
        return in;
    }

    /**
     * True when every post holds a stamp among its first or last blocks, and their days never grow from post to
     * post and end earlier than they start.
     */
    private static boolean newestFirst(List<List<Candidate>> posts) {
        String previous = null;
        String first = null;
        for (List<Candidate> post : posts) {
            String day = edgeStamp(post);
            if (day == null || previous != null && day.compareTo(previous) > 0) return false;
            if (first == null) first = day;
            previous = day;
        }
        return previous.compareTo(first) < 0;
    }

    /** The day of the first stamp among the first or last {@link #EDGE_BLOCKS} of a post's blocks, or null. */
    private static String edgeStamp(List<Candidate> post) {
        for (int i = 0; i < post.size(); i++) {
            if (i >= EDGE_BLOCKS && i < post.size() - EDGE_BLOCKS) continue;
            String day = PostStamp.sortableDay(post.get(i));
            if (day != null) return day;
        }
        return null;
    }

    private static boolean holdsText(List<Candidate> post) {
        for (Candidate c : post) if (c.text().length() >= MIN_POST_CHARS && !PostStamp.isStamp(c)) return true;
        return false;
    }
}
