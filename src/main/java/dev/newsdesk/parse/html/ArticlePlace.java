package dev.newsdesk.parse.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import dev.newsdesk.parse.meta.Words;
import org.jsoup.nodes.Element;

/**
 * Where the page says its article is: next to its headline (the {@code h1} that repeats the page's title), or
 * inside what it marks as the article ({@code <article>}, schema.org's {@code articleBody} or an Article item).
 * A larger block of text elsewhere (a promotion of the latest issue, a sidebar's blurb, a legal notice) that
 * outscores the article is the page's, not the article's, when the article's own place holds prose too.
 */
final class ArticlePlace {

    /** How far above an element the headline may stand for the element to be the article under it. */
    private static final int HEADLINE_REACH = 3;
    /** The share of the top score an element in the article's place needs to be preferred: real prose, not a line. */
    private static final double MIN_SHARE = 0.25;
    /** How many levels nearer the headline a box must stand to win over a top box that reaches it from afar. */
    private static final int NEARER_BY = 2;
    /** The share of the top score the nearer box needs: the article's text, not a line under the headline. */
    private static final double NEAR_SHARE = 0.5;
    /** A heading of fewer words (a site's name, "News") says too little to be matched with the title. */
    private static final int MIN_HEADLINE_WORDS = 3;

    /** The headline and its ancestors below the body; empty without a headline. */
    private final Set<Element> aboveHeadline;

    /**
     * The one element the page marks as its article, or null: a page that marks several (posts of a thread,
     * teaser cards, each an {@code <article>}) marks items, not its article.
     */
    private final Element marker;

    /**
     * The place of the article on a page whose headline is {@code headline} (null if not found), among the
     * {@code scored} elements that may hold it.
     */
    ArticlePlace(Element headline, Iterable<Element> scored) {
        this.aboveHeadline = ancestors(headline);
        Element only = null;
        for (Element e : scored) {
            Element m = markerAround(e);
            if (m == null || m == only) continue;
            if (only != null) {
                only = null;
                break;
            }
            only = m;
        }
        this.marker = only;
    }

    /**
     * {@code top} (scoring {@code best}) when it stands in the article's place or nothing does; else the best of
     * {@code finals} that does, stands apart from {@code top} or around it, and scores at least {@link #MIN_SHARE}
     * of {@code best}. An element around {@code top} in the article's place is the article's own wrapper: a body
     * cut into sections, each a box of its own deep under the headline, has its top section out of reach.
     */
    Element preferred(Element top, double best, Map<Element, Double> finals) {
        if (holds(top)) return nearer(top, best, finals);
        Element chosen = top;
        double chosenScore = best * MIN_SHARE;
        for (var e : finals.entrySet()) {
            if (e.getValue() >= chosenScore && holds(e.getKey()) && !within(e.getKey(), top)) {
                chosen = e.getKey();
                chosenScore = e.getValue();
            }
        }
        return chosen;
    }

    /**
     * {@code top}, which reaches the headline only through a wide wrapper (a layout row holding a sidebar and the
     * headline's column), or the best of {@code finals} that stands at least {@link #NEARER_BY} levels nearer the
     * headline, apart from {@code top}, and scores at least {@link #NEAR_SHARE} of {@code best}: the text under the
     * headline, not the sidebar's box beside its column.
     */
    private Element nearer(Element top, double best, Map<Element, Double> finals) {
        int reach = distance(top);
        if (reach < NEARER_BY || marked(top)) return top;
        Element chosen = top;
        double chosenScore = best * NEAR_SHARE;
        for (var e : finals.entrySet()) {
            Element el = e.getKey();
            if (e.getValue() >= chosenScore && distance(el) + NEARER_BY <= reach && !within(el, top)
                    && !within(top, el)) {
                chosen = el;
                chosenScore = e.getValue();
            }
        }
        return chosen;
    }

    /**
     * The page's headline among {@code candidates} ({@code h1} elements, schema.org headlines): the first whose text
     * the page's {@code titles} repeat (a title often adds the site's name), or null.
     */
    static Element headline(List<Element> candidates, String... titles) {
        for (Element c : candidates) {
            String text = comparable(c.text());
            if (Words.count(text) < MIN_HEADLINE_WORDS) continue;
            for (String title : titles) {
                if (title != null && comparable(title).contains(text)) return c;
            }
        }
        return null;
    }

    /**
     * {@code text} squashed, lower-cased and in plain punctuation: a headline typeset with curly quotes, dashes or an
     * ellipsis ("…") is the same words as its title's straight quotes, hyphens and three dots.
     */
    static String comparable(String text) {
        String s = Words.squash(text).toLowerCase(Locale.ROOT).replace("\u2026", "...");
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char plain = switch (c) {
                case '\u2018', '\u2019', '\u201a', '\u2032' -> '\'';
                case '\u201c', '\u201d', '\u201e', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                default -> c;
            };
            if (plain != c && out == null) out = new StringBuilder(s);
            if (out != null) out.setCharAt(i, plain);
        }
        return out == null ? s : out.toString();
    }

    /**
     * True when {@code sibling}, which scores high enough to join the article's element {@code article}, is the
     * page's rather than the article's: when the article was {@code moved} to its place, anything out of that
     * place; when the article's element holds its own headline, any unmarked sibling (the article, headline and
     * all, is there: what stands beside it is a sidebar or a notice).
     */
    boolean foreign(Element article, Element sibling, boolean moved) {
        if (moved) return !holds(sibling);
        return aboveHeadline.contains(article) && !marked(sibling);
    }

    /** True when {@code e} stands next to the headline or inside what the page marks as its article. */
    boolean holds(Element e) {
        return nearHeadline(e) || marked(e);
    }

    /**
     * {@code a} is {@code b} or inside it (here: a marked part inside the top element, one post of a thread each in
     * its own {@code <article>}, is already in it).
     */
    static boolean within(Element a, Element b) {
        for (Element x = a; x != null; x = x.parent()) if (x == b) return true;
        return false;
    }

    /** Whether every one of {@code roots} is {@code container} or inside it. */
    static boolean holdsAll(Element container, Set<Element> roots) {
        for (Element r : roots) if (!within(r, container)) return false;
        return true;
    }

    /** Whether {@code e} is one of {@code roots}, stands inside one, or holds one. */
    static boolean overlaps(Element e, Set<Element> roots) {
        for (Element a = e; a != null; a = a.parent()) if (roots.contains(a)) return true;
        for (Element r : roots) if (within(r, e)) return true;
        return false;
    }

    /** The headline and its ancestors below the body, or none without a headline. */
    private static Set<Element> ancestors(Element headline) {
        if (headline == null) return Set.of();
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element a = headline; a != null && !isPageRoot(a); a = a.parent()) out.add(a);
        return out;
    }

    /** The element, or one of its few nearest ancestors below the body, holds the headline. */
    private boolean nearHeadline(Element e) {
        return distance(e) <= HEADLINE_REACH;
    }

    /**
     * How many levels above {@code e} its nearest ancestor (or itself) holding the headline stands; past
     * {@link #HEADLINE_REACH}, or without a headline, one more than that.
     */
    private int distance(Element e) {
        Element a = e;
        for (int level = 0; a != null && level <= HEADLINE_REACH; level++, a = a.parent()) {
            if (aboveHeadline.contains(a)) return level;
        }
        return HEADLINE_REACH + 1;
    }

    /** Inside (or being) the one element the page marks as its article. */
    private boolean marked(Element e) {
        return marker != null && markerAround(e) == marker;
    }

    /** The outermost element around {@code e} (or itself) that says it is an article, or null. */
    private static Element markerAround(Element e) {
        Element found = null;
        for (Element a = e; a != null && !isPageRoot(a); a = a.parent()) {
            String type = a.attr("itemtype");
            if (a.normalName().equals("article") || "articleBody".equals(a.attr("itemprop"))
                    || !type.isEmpty() && (type.endsWith("Article") || type.endsWith("BlogPosting"))) {
                found = a;
            }
        }
        return found;
    }

    /** Whether {@code e} is the page's body or above it: no wrapper of an article. */
    static boolean isPageRoot(Element e) {
        String tag = e.normalName();
        return tag.equals("body") || tag.equals("html") || tag.equals("#root");
    }
}
