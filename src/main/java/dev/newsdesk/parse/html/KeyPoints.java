package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.meta.Words;
import org.jsoup.nodes.Element;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The article's own summary box: a bulleted list of two to five sentences ("Key Points", "Das Wichtigste in Kürze"),
 * under a short heading or none, set in a box of its own right above the body's container, so that the element
 * chosen as the article's does not hold it. Readers see the bullets as the story's summary. Known by its place and
 * its lines, in any language: every item a sentence with few links (a box of related links or of other stories'
 * headlines ends no line with a stop; a table of contents is its links), the list right above the body's first
 * block, only short lines (a byline, a date, a picture's credit) between, and close kin of it (one story's wrapper
 * holds both, not the page's body).
 */
final class KeyPoints {

    /** Parsed once: asked of each list item's block. */
    private static final Evaluator ITEM = QueryParser.parse("li");

    private static final int MIN_ITEMS = 2;
    private static final int MAX_ITEMS = 5;
    /** A bullet is a sentence: a few words at least (a bare label or a name is not). */
    private static final int MIN_ITEM_WORDS = 6;
    /** A summary's bullet may link a name or a source; a related link's item is mostly its link. */
    private static final double MAX_LINK_DENSITY = 0.3;
    /** How many short lines may stand between the list and the body (a byline, a date, a credit). */
    private static final int MAX_BETWEEN = 3;
    /** A line between is short: no sentence-long text. */
    private static final int MAX_BETWEEN_WORDS = 10;
    /** A box's heading is a label of a few words. */
    private static final int MAX_HEADING_WORDS = 6;
    /** How far up from the list the element holding it and the body may stand (a story's wrapper, boxes nested). */
    private static final int KIN_LEVELS = 6;
    /** How far up from the list the box holding its label may stand (the label beside the list's wrappers). */
    private static final int HEADING_LEVELS = 5;

    /** How many of the body's first blocks a box may restate (a picture's caption may come first). */
    private static final int OPENING_BLOCKS = 5;
    /**
     * The share of the bullets' runs of words found in the body's opening that makes them its copy: a summary in its
     * own words shares a few names and phrases (under a tenth), a copy of the lead's sentences most of its runs.
     */
    private static final double MIN_RESTATED = 0.4;

    private KeyPoints() {
    }

    /**
     * The summary box's blocks (its label, if any, and its bullets) among {@code all} above the
     * block at {@code first}.
     */
    static Range before(List<HtmlBlock> all, int first) {
        int end = first;
        int between = 0;
        while (end > 0 && between <= MAX_BETWEEN && isShortLine(all.get(end - 1).candidate())) {
            end--;
            between++;
        }
        if (between > MAX_BETWEEN || end == 0) return Range.NONE;
        Element list = listOf(all.get(end - 1));
        if (list == null) return Range.NONE;
        int start = end;
        while (start > 0 && isBullet(all.get(start - 1), list)) start--;
        int items = end - start;
        if (items < MIN_ITEMS || items > MAX_ITEMS || list.children().size() != items) return Range.NONE;
        if (!kin(list, all.get(first).owner()) || restatesOpening(all, start, end, first)) return Range.NONE;
        boolean labelled = start > 0 && isHeading(all.get(start - 1), list, all.get(first).owner());
        return new Range(labelled ? start - 1 : start, end, labelled);
    }

    /**
     * {@code range} opened with the box's label when it opens with the box's first bullet: a label of two words reads
     * as a short line of chrome, yet it heads the article's own bullets. {@code at} is the label's index among the
     * article's candidates, -1 when the box has none.
     */
    static MainRegion.Range withLabel(MainRegion.Range range, int at) {
        return at >= 0 && range.start() == at + 1 ? new MainRegion.Range(at, range.end()) : range;
    }

    /** The blocks {@code [start, end)} of a summary box, the first its label when {@code labelled}; empty: none. */
    record Range(int start, int end, boolean labelled) {
        static final Range NONE = new Range(0, 0, false);

        boolean isEmpty() {
            return end <= start;
        }
    }

    private static boolean isShortLine(Candidate c) {
        return c.words() < MAX_BETWEEN_WORDS && !BlockScorer.endsLikeSentence(c.text())
                && c.kind() != Candidate.Kind.LIST_ITEM;
    }

    /**
     * Whether the bullets {@code [start, end)} mostly restate the body's opening blocks from {@code first}: then the
     * box is the lead's sentences copied into a teaser, which the text says already; taken, they would read twice.
     */
    private static boolean restatesOpening(List<HtmlBlock> all, int start, int end, int first) {
        Set<String> opening = new HashSet<>();
        for (int i = first; i < Math.min(all.size(), first + OPENING_BLOCKS); i++) {
            opening.addAll(triples(all.get(i).candidate().text()));
        }
        int shared = 0;
        int total = 0;
        for (int i = start; i < end; i++) {
            for (String t : triples(all.get(i).candidate().text())) {
                total++;
                if (opening.contains(t)) shared++;
            }
        }
        return total > 0 && shared >= total * MIN_RESTATED;
    }

    /**
     * The text's runs of three words, lower-cased: what two wordings of one sentence share. Words as {@link Words}
     * reads them: a Chinese character is one, a vowel sign is part of its word.
     */
    private static List<String> triples(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> w = new ArrayList<>();
        Words.eachWord(lower, lower.length(), (from, to) -> w.add(lower.substring(from, to)));
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 2 < w.size(); i++) out.add(w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2));
        return out;
    }

    /** The bulleted list that {@code b} is an item of, or null. */
    private static Element listOf(HtmlBlock b) {
        if (b.candidate().kind() != Candidate.Kind.LIST_ITEM) return null;
        Element item = b.owner().closest(ITEM);
        Element list = item == null ? null : item.parent();
        return list != null && list.nameIs("ul") ? list : null;
    }

    private static boolean isBullet(HtmlBlock b, Element list) {
        Candidate c = b.candidate();
        return listOf(b) == list && c.words() >= MIN_ITEM_WORDS && c.linkDensity() < MAX_LINK_DENSITY
                && BlockScorer.endsLikeSentence(c.text());
    }

    /**
     * The box's label right above its list, within the box: a few words that end no sentence. The box is the list's
     * widest wrapper that does not hold the body too, so the story's headline, which the box and the body share a
     * wrapper with, is never its label.
     */
    private static boolean isHeading(HtmlBlock b, Element list, Element bodyFirst) {
        Candidate c = b.candidate();
        if (c.words() > MAX_HEADING_WORDS || c.linkDensity() > 0 || BlockScorer.endsLikeSentence(c.text())) {
            return false;
        }
        Element box = list;
        for (int level = 0; level < HEADING_LEVELS && box.parent() != null
                && !ArticlePlace.within(bodyFirst, box.parent()); level++) {
            box = box.parent();
        }
        return ArticlePlace.within(b.owner(), box);
    }

    /** Whether an element at most {@value #KIN_LEVELS} levels above the list, not the page's body, holds the body. */
    private static boolean kin(Element list, Element articleFirst) {
        Element e = list.parent();
        for (int level = 0; e != null && level < KIN_LEVELS; level++, e = e.parent()) {
            if (e.nameIs("body") || e.nameIs("html")) return false;
            if (ArticlePlace.within(articleFirst, e)) return true;
        }
        return false;
    }
}
