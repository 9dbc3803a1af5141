package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * An item of the writer's own list that is mostly a link ("Here's our year in review!", a bug's title): chrome by its
 * share of link text, as an item of a list of other stories is, yet it stands in a list whose other items are the
 * writer's sentences. A list of other stories or of a site's sections is links item after item; a list that mixes
 * in a sentence of prose is the article's, its linked items are points of it (a release note's "fixed:" list, a weekly
 * roundup's "in progress" list under a sentence-long item).
 */
final class LinkedListItems {

    /** How many lists up from an item its prose item may be: a sublist of links under an item of the writer's. */
    private static final int LIST_LEVELS = 2;

    private LinkedListItems() {
    }

    /**
     * Sets the verdict of each item in {@code range} that is mostly a link to prose when a list it stands in, or the
     * list around that one, holds a prose item of the range; {@code owners} are the blocks' elements. The range opens
     * up over such items right above it (a list whose first items are links, its first sentence the region's start).
     */
    static MainRegion.Range keep(List<Candidate> blocks, List<HtmlBlock> owners, List<Verdict> verdicts,
                                 MainRegion.Range range) {
        if (range.isEmpty()) return range;
        Set<Element> proseLists = null;
        for (int i = range.end() - 1; i >= 0; i--) {
            boolean above = i < range.start();
            if (!HtmlReader.isLinkItem(blocks.get(i), verdicts.get(i))) {
                if (above) break;
                continue;
            }
            if (proseLists == null) proseLists = proseLists(blocks, owners, verdicts, range);
            if (proseLists.isEmpty()) return range;
            boolean inProseList = lists(owners.get(i).owner()).stream().anyMatch(proseLists::contains);
            if (inProseList) verdicts.set(i, Verdict.PROSE);
            else if (above) break;
            if (above) range = new MainRegion.Range(i, range.end());
        }
        return range;
    }

    /** The lists in {@code range} that hold an item judged prose, mostly the writer's own words. */
    private static Set<Element> proseLists(List<Candidate> blocks, List<HtmlBlock> owners, List<Verdict> verdicts,
                                           MainRegion.Range range) {
        Set<Element> lists = new HashSet<>();
        for (int i = range.start(); i < range.end(); i++) {
            Candidate c = blocks.get(i);
            if (verdicts.get(i) == Verdict.PROSE && c.kind() == Candidate.Kind.LIST_ITEM
                    && !c.isMostlyLinks()) {
                Element list = nearestList(owners.get(i).owner());
                if (list != null) lists.add(list);
            }
        }
        return lists;
    }

    /** The {@value #LIST_LEVELS} nearest lists around {@code e}, nearest first. */
    private static List<Element> lists(Element e) {
        List<Element> lists = new ArrayList<>(LIST_LEVELS);
        for (Element list = nearestList(e); list != null && lists.size() < LIST_LEVELS;
             list = nearestList(list.parent())) {
            lists.add(list);
        }
        return lists;
    }

    /** The list {@code e} stands in, or null ({@code e} may be null). */
    private static Element nearestList(Element e) {
        for (Element at = e; at != null; at = at.parent()) {
            if (at.nameIs("ul") || at.nameIs("ol") || at.nameIs("menu")) return at;
        }
        return null;
    }
}
