package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.text.Promos;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
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
        for (int i = range.start() + 1; i < range.end(); i++) {
            Element parent = blocks.get(i).owner().parent();
            // a line beside the article's first block has no box of its own: the cheap test goes first
            if (parent == null || aboveFirst.contains(parent)) continue;
            // a paragraph of a story asks nothing: speaksForSite reads a line or two only
            if (!Promos.speaksForSite(blocks.get(i).candidate().text())) continue;
            Element box = box(blocks, verdicts, range, i, aboveFirst, words * MAX_SHARE);
            if (box == null) continue;
            for (int j = range.start(); j < range.end(); j++) {
                if (inside(blocks.get(j).owner(), box)) verdicts.set(j, Verdict.NOISE);
            }
        }
    }

    /**
     * The largest box around block {@code i} as the class says, or null when it holds that block alone. A box opens
     * with its title (a heading, a short line), not with a paragraph or a list: a chunk of the article that holds a
     * pitch between its paragraphs or under its list is no box.
     */
    private static Element box(List<HtmlBlock> blocks, List<Verdict> verdicts, MainRegion.Range range, int i,
                               Set<Element> aboveFirst, double maxWords) {
        Element box = null;
        for (Element e = blocks.get(i).owner(); e != null && !aboveFirst.contains(e); e = e.parent()) {
            int first = -1;
            int held = 0;
            int words = 0;
            for (int j = range.start(); j < range.end(); j++) {
                if (!inside(blocks.get(j).owner(), e)) continue;
                if (first < 0) first = j;
                held++;
                words += blocks.get(j).candidate().words();
            }
            if (held > MAX_BLOCKS || words > maxWords) break;
            if (held >= 2 && titled(blocks.get(first).candidate(), verdicts.get(first))) box = e;
        }
        return box;
    }

    /** A box's title: a heading, or a short line set as a paragraph (not a list's item). */
    private static boolean titled(Candidate c, Verdict v) {
        return c.kind() == Candidate.Kind.HEADING || c.kind() == Candidate.Kind.PARAGRAPH && v != Verdict.PROSE;
    }

    private static boolean inside(Element e, Element box) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == box) return true;
        }
        return false;
    }
}
