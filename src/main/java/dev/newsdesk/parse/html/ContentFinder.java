package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Picks the element that holds the article, readability's way: every paragraph votes for its parent (fully),
 * grandparent (half) and a few more ancestors (less); the votes are damped by the ancestor's link density and
 * nudged by its class names. The winner's siblings join it when they score close enough or read as prose.
 */
final class ContentFinder {

    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** Text outside links an element needs to be the article's place instead of the top scorer: a few sentences. */
    private static final int MIN_PLACE_PROSE_CHARS = 140;
    private static final double[] DIVIDERS = {1, 2, 6, 9, 12};
    private static final int DENSITY_LEVELS = 8;
    /** The share of the top score a rival needs to be in a tie with it (readability's for close candidates). */
    private static final double TIE_SHARE = 0.75;
    /** How much more prose than the top a rival in a tie needs to take its place. */
    private static final double FULLER_BY = 2;
    /** What a part of the article in a wrapper named like the winner's needs: a few sentences of prose. */
    private static final double MIN_COUSIN_SCORE = 10;
    /** The numbers in an id: chunks of one article may be numbered ids. */
    private static final Pattern NUMBERED = Pattern.compile("\\d+");
    /** A class name that is a stem and a number after a dash or an underscore ("text-part-2"). */
    private static final Pattern ORDINAL = Pattern.compile("(.+?)[-_]?\\d+");
    /** The commas a paragraph's vote counts: Latin, full-width, the ideographic one, Arabic's. */
    private static final String COMMAS = ",，、،";
    /** A short paragraph that holds a sentence end. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*\\.( .*)?$");

    private ContentFinder() {
    }

    /**
     * The roots whose blocks make the article, in document order; empty when nothing scored. {@code headline} is
     * the page's headline element (null if not found): the article stands next to it.
     */
    static Set<Element> find(List<HtmlBlock> blocks, Element headline) {
        Map<Element, int[]> text = new IdentityHashMap<>();         // [chars, linkChars]
        Map<Element, Double> finals = scores(blocks, text);
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (var entry : finals.entrySet()) {
            if (entry.getValue() > best) {
                best = entry.getValue();
                top = entry.getKey();
            }
        }
        if (top == null) return Set.of();
        Element fuller = fullerRival(top, best, finals, text);
        if (fuller != null) {
            top = fuller;
            best = finals.get(fuller);
        }
        ArticlePlace place = new ArticlePlace(headline, finals.keySet());
        Element preferred = place.preferred(top, best, withProse(finals, text));
        boolean moved = preferred != top;
        if (moved) {
            top = preferred;
            best = finals.get(preferred);
        }
        Set<Element> roots = withSiblings(top, best, finals, text);
        Element article = top;
        roots.removeIf(r -> r != article && !r.normalName().equals("p") && place.foreign(article, r, moved));
        addChunks(roots, top, best, finals);
        FollowingSections.add(roots, top, finals, MIN_COUSIN_SCORE);
        LayoutTableRows.add(roots, top, finals, MIN_COUSIN_SCORE);
        OpeningBlock.add(roots, top, finals, MIN_COUSIN_SCORE);
        ThreadPosts.addShort(roots, top, blocks);
        RecipeCard.add(roots, top, blocks);
        return LiveBlogLead.with(BlogPosts.firstPost(roots, top, blocks));
    }

    /**
     * A rival to {@code top} apart from it (neither holds the other) that scores at least {@link #TIE_SHARE} of its
     * score and holds at least {@link #FULLER_BY} times its prose, or null: a short box whose names and line breaks
     * weigh (a donation appeal written as lines, a blurb) comes close to the article's paragraphs, whose votes reach
     * the named body only from a few levels down.
     */
    private static Element fullerRival(Element top, double best, Map<Element, Double> finals,
                                       Map<Element, int[]> text) {
        Element rival = null;
        int most = (int) (prose(top, text) * FULLER_BY);
        for (var e : finals.entrySet()) {
            Element el = e.getKey();
            if (el == top || e.getValue() < best * TIE_SHARE || prose(el, text) <= most) continue;
            if (ArticlePlace.overlaps(el, Set.of(top))) continue;
            rival = el;
            most = prose(el, text);
        }
        return rival;
    }

    private static int prose(Element e, Map<Element, int[]> text) {
        int[] t = text.get(e);
        return t == null ? 0 : t[0] - t[1];
    }

    /**
     * The candidates holding at least a few sentences of text outside links: a block next to the headline that
     * holds only it, a date and a standfirst line is the article's heading, not its place.
     */
    private static Map<Element, Double> withProse(Map<Element, Double> finals, Map<Element, int[]> text) {
        Map<Element, Double> out = new IdentityHashMap<>();
        for (var e : finals.entrySet()) {
            int[] t = text.get(e.getKey());
            if (t != null && t[0] - t[1] >= MIN_PLACE_PROSE_CHARS) out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /**
     * An article cut into chunks (ads or widgets between them) has chunks of one class name that are not siblings:
     * elements named like the winner and scoring close to it join it. "Named like" allows a modifier class on
     * either side ("body-text" and "body-text first"): one's class names all appear among the other's. An id names
     * one element, so chunks with ids are the article's only when numbered alike ("section-0", "section-2").
     */
    private static void addChunks(Set<Element> roots, Element top, double best, Map<Element, Double> finals) {
        ChunkNames names = ChunkNames.of(top);
        if (names == null) return;
        Map<String, Byte> nameVerdicts = new HashMap<>(); // chunks repeat their wrappers' names
        for (var e : finals.entrySet()) {
            Element el = e.getKey();
            double floor = isCousinAlike(el, top) ? MIN_COUSIN_SCORE : best * 0.2;
            if (e.getValue() >= floor && !roots.contains(el) && names.fit(el) && !ArticlePlace.overlaps(el, roots)
                    && !inChromeApart(el, top, nameVerdicts)) {
                roots.add(el);
            }
        }
    }

    /**
     * Whether {@code el} stands in an element named as chrome ("sidebar", "widget") that does not hold {@code top}:
     * a CMS names each box's inner wrapper as it names the article's ("content"), so a sidebar's box of two
     * sentences fits the article's chunk names. Only the few elements that fit them are looked up.
     */
    private static boolean inChromeApart(Element el, Element top, Map<String, Byte> nameVerdicts) {
        for (Element a = el.parent(); a != null && !ArticlePlace.within(top, a); a = a.parent()) {
            if (ClassHints.unlikely(a.className(), a.id(), nameVerdicts)) return true;
        }
        return false;
    }

    /** Whether {@code el} is a chunk of the article {@code top} by its names ({@link ChunkNames}); never top itself. */
    static boolean isChunkOf(Element el, Element top) {
        ChunkNames names = ChunkNames.of(top);
        return el != top && names != null && names.fit(el);
    }

    /**
     * The names an article's chunks share with it (see {@link #addChunks}): its tag, its class names (one's all among
     * the other's, a chunk's ordinal aside: {@link #ordinalsOut}) and its id less its number.
     */
    record ChunkNames(String tag, Set<String> classes, String idStem) {

        /** The names of {@code top}'s chunks, or null: with no class, or an id not numbered, it has none. */
        static ChunkNames of(Element top) {
            if (top.className().isBlank() || !top.id().isEmpty() && !NUMBERED.matcher(top.id()).find()) return null;
            return new ChunkNames(top.normalName(), ordinalsOut(top.classNames()), unnumbered(top.id()));
        }

        /** Whether {@code el} is named as a chunk is. */
        boolean fit(Element el) {
            return el.normalName().equals(tag) && unnumbered(el.id()).equals(idStem)
                    && namedAlike(classes, ordinalsOut(el.classNames()));
        }
    }

    /**
     * {@code names} with each class that numbers a chunk unnumbered: one that is another of the element's class names
     * and a number ("text-part text-part-2"), as a CMS marks the chunks of one text cut by boxes between them. A
     * number alone ("col-8" with no "col") is the name's own: a grid's column width, not a chunk's place.
     */
    private static Set<String> ordinalsOut(Set<String> names) {
        Set<String> out = null;
        for (String name : names) {
            if (!Character.isDigit(name.charAt(name.length() - 1))) continue; // most names: no matcher made
            var m = ORDINAL.matcher(name);
            if (m.matches() && names.contains(m.group(1))) {
                if (out == null) out = new HashSet<>(names);
                out.remove(name);
                out.add(m.group(1) + "#");
            }
        }
        return out == null ? names : out;
    }

    /**
     * An element in a wrapper named like the winner's, beside it under one parent (grid rows of one article, each
     * holding a column of its text): a part of the same article however short, where a chunk found anywhere on the
     * page must score close to the winner.
     */
    private static boolean isCousinAlike(Element el, Element top) {
        Element wrapper = el.parent();
        Element topWrapper = top.parent();
        return wrapper != null && topWrapper != null && wrapper != topWrapper && !topWrapper.className().isBlank()
                && wrapper.parent() == topWrapper.parent() && wrapper.normalName().equals(topWrapper.normalName())
                && wrapper.className().equals(topWrapper.className());
    }

    /** An id with its numbers taken out: chunks of one article share it ("article-section-" of "article-section-2"). */
    private static String unnumbered(String id) {
        return id.isEmpty() ? id : NUMBERED.matcher(id).replaceAll("#");
    }

    private static boolean namedAlike(Set<String> a, Set<String> b) {
        return !b.isEmpty() && (a.containsAll(b) || b.containsAll(a));
    }

    /** Each voted element's final score; fills {@code text} with [chars, linkChars] per element. */
    static Map<Element, Double> scores(List<HtmlBlock> blocks, Map<Element, int[]> text) {
        Map<Element, double[]> scores = new IdentityHashMap<>();    // [score]
        Map<String, Integer> weights = new HashMap<>();              // by names: wrappers repeat theirs
        ParagraphRows rows = new ParagraphRows();
        for (HtmlBlock b : blocks) {
            int len = b.candidate().text().length();
            Element e = b.owner();
            for (int level = 0; e != null && level < DENSITY_LEVELS; level++, e = e.parent()) {
                int[] t = text.computeIfAbsent(e, k -> new int[2]);
                t[0] += len;
                t[1] += Math.min(len, b.linkChars());
            }
            // Headings do not vote: a title's wrapper is not the article's.
            // Only prose votes: a title's or a byline's wrapper is not the article's.
            String t = b.candidate().text();
            if (len < MIN_PARAGRAPH_CHARS || b.candidate().isMostlyLinks()
                    || b.candidate().kind() == dev.newsdesk.parse.extract.Candidate.Kind.HEADING
                    || !BlockScorer.endsLikeSentence(t) && b.candidate().words() < 25) {
                continue;
            }
            // a block written as lines between <br>s votes as the paragraphs it stands for
            int lines = b.lines();
            double vote = lines + commas(b.candidate().text()) + Math.min(len / 100.0, 3 * lines);
            Element a = b.owner().normalName().equals("p") ? rows.voter(b.owner()) : b.owner().parent();
            if (b.owner().normalName().equals("div") || b.owner().normalName().equals("td")) {
                a = b.owner(); // text straight in a div: the div is the paragraph's container
            }
            Element tabs = TabPanels.voter(b.owner());
            if (tabs != null) a = tabs;
            for (int level = 0; a != null && level < DIVIDERS.length; level++, a = a.parent()) {
                double[] s = scores.get(a);
                if (s == null) {
                    s = new double[] {initial(a, weights)};
                    scores.put(a, s);
                }
                s[0] += vote / DIVIDERS[level];
            }
        }
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (var entry : scores.entrySet()) {
            int[] t = text.get(entry.getKey());
            double density = t == null || t[0] == 0 ? 0 : t[1] / (double) t[0];
            // Squared: a wrapper with some inline links keeps most of its score, a link list loses it.
            finals.put(entry.getKey(), entry.getValue()[0] * (1 - density * density));
        }
        return finals;
    }

    private static Set<Element> withSiblings(Element top, double best, Map<Element, Double> finals,
                                             Map<Element, int[]> text) {
        Set<Element> roots = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            roots.add(top);
            return roots;
        }
        double threshold = Math.max(10, best * 0.2);
        boolean topWeighted = ClassHints.weight(top) != 0;
        String topNames = ClassHints.names(top);
        List<Element> siblings = new ArrayList<>(parent.children());
        for (Element s : siblings) {
            if (s == top) {
                roots.add(s);
                continue;
            }
            Double f = finals.get(s);
            double bonus = topWeighted && ClassHints.names(s).equals(topNames) ? best * 0.2 : 0;
            if (f != null && f + bonus >= threshold) {
                roots.add(s);
                continue;
            }
            Element mediaText = MediaObject.textOf(s, finals, threshold);
            if (mediaText != null) {
                roots.add(mediaText);
                continue;
            }
            if (s.normalName().equals("p") || wrapsOneParagraph(s)) {
                int[] t = text.get(s);
                if (t == null) continue;
                double density = t[0] == 0 ? 0 : t[1] / (double) t[0];
                if (t[0] > 80 && density < 0.25
                        || t[0] > 0 && t[0] <= 80 && density == 0 && SENTENCE_END.matcher(s.text()).matches()) {
                    roots.add(s);
                }
            }
        }
        return roots;
    }

    /**
     * A box around one paragraph and nothing else: pages that wrap each of the article's paragraphs in a box of its
     * own ("first-par", "second-par") give the paragraph's votes to the box, which then stands beside the article's
     * other paragraphs as one of them.
     */
    private static boolean wrapsOneParagraph(Element e) {
        return e.childrenSize() == 1 && e.child(0).normalName().equals("p")
                && e.textNodes().stream().allMatch(TextNode::isBlank);
    }

    private static double initial(Element e, Map<String, Integer> weights) {
        double s = weights.computeIfAbsent(ClassHints.names(e), ClassHints::weight);
        if (ClassHints.articleBody(e)) s += 30;
        switch (e.normalName()) {
            case "article" -> s += 10;
            case "div", "section", "main" -> s += 5;
            case "pre", "td", "blockquote" -> s += 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> s -= 3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> s -= 5;
            case "body" -> s -= 10;
            default -> { }
        }
        return s;
    }

    private static int commas(String text) {
        int n = 0;
        // each mark found by the string's own search: a loop over every character of every block cost more
        for (int m = 0; m < COMMAS.length(); m++) {
            char mark = COMMAS.charAt(m);
            for (int at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) n++;
        }
        return n;
    }
}
