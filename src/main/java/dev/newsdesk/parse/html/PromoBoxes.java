package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.text.Promos;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A box the site sets in or under the article to ask for the reader's support: a donation appeal, a membership
 * offer, a sign-up under its own heading. One of its lines asks ("Support our journalism", "Hazte miembro"); the
 * others (its heading, "Why we need you", the amount) read as the article's own prose, so the box goes whole. The box
 * is the largest element around the asking line that opens with a title and holds neither the article's first block
 * nor more than a few blocks and a small share of the article's words.
 */
final class PromoBoxes {

    /** More blocks than this make a part of the article, not a box. */
    private static final int MAX_BLOCKS = 8;
    /** The box may hold at most this share of the article's words. */
    private static final double MAX_SHARE = 0.3;

    private PromoBoxes() {
    }

    /** Turns the verdict on every block of each such box in {@code range} into {@link Verdict#NOISE}. */
    static void drop(List<HtmlBlock> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        if (range.end() - range.start() < 2) return;
        Set<Element> aboveFirst = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = blocks.get(range.start()).owner(); e != null; e = e.parent()) aboveFirst.add(e);
        int words = 0;
        for (int i = range.start(); i < range.end(); i++) words += blocks.get(i).candidate().words();
        Map<Element, Held> held = null;
        for (int i = range.start() + 1; i < range.end(); i++) {
            Element parent = blocks.get(i).owner().parent();
            // a line beside the article's first block has no box of its own: the cheap test goes first
            if (parent == null || aboveFirst.contains(parent)) continue;
            // a paragraph of a story asks nothing: speaksForSite reads a line or two only
            if (!Promos.speaksForSite(blocks.get(i).candidate().text())) continue;
            if (held == null) held = held(blocks, range, aboveFirst);
            Held box = box(blocks, verdicts, i, aboveFirst, held, words * MAX_SHARE);
            if (box == null) continue;
            for (int k = 0; k < box.count; k++) verdicts.set(box.blocks[k], Verdict.NOISE);
        }
    }

    /**
     * The largest box around block {@code i} as the class says, or null when it holds that block alone. A box opens
     * with its title (a heading, a short line), not with a paragraph or a list: a chunk of the article that holds a
     * pitch between its paragraphs or under its list is no box.
     */
    private static Held box(List<HtmlBlock> blocks, List<Verdict> verdicts, int i, Set<Element> aboveFirst,
                            Map<Element, Held> held, double maxWords) {
        Held box = null;
        for (Element e = blocks.get(i).owner(); e != null && !aboveFirst.contains(e); e = e.parent()) {
            Held h = held.get(e);
            if (h.count > MAX_BLOCKS || h.words > maxWords) break;
            if (h.count >= 2 && titled(blocks.get(h.blocks[0]).candidate(), verdicts.get(h.blocks[0]))) box = h;
        }
        return box;
    }

    /**
     * The blocks of {@code range} that each element below the first block's ancestors holds, read in one pass over
     * the range: a long live blog with an appeal under every other entry would otherwise be counted over again for
     * each appeal and each element around it (16 x 100 KB took 2 s).
     */
    private static Map<Element, Held> held(List<HtmlBlock> blocks, MainRegion.Range range, Set<Element> aboveFirst) {
        Map<Element, Held> held = new IdentityHashMap<>();
        for (int j = range.start(); j < range.end(); j++) {
            int words = blocks.get(j).candidate().words();
            for (Element a = blocks.get(j).owner(); a != null && !aboveFirst.contains(a); a = a.parent()) {
                held.computeIfAbsent(a, x -> new Held()).add(j, words);
            }
        }
        return held;
    }

    /** The blocks an element holds: their count, their words, and the first few of them in order. */
    private static final class Held {
        int count;
        int words;
        final int[] blocks = new int[MAX_BLOCKS + 1];

        void add(int block, int blockWords) {
            if (count < blocks.length) blocks[count] = block;
            count++;
            words += blockWords;
        }
    }

    /** A box's title: a heading, or a short line set as a paragraph (not a list's item). */
    private static boolean titled(Candidate c, Verdict v) {
        return c.kind() == Candidate.Kind.HEADING || c.kind() == Candidate.Kind.PARAGRAPH && v != Verdict.PROSE;
    }
}
