package dev.newsdesk.parse.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * An article laid out by a page builder: the headline and the lead in one full-width section, the rest of the text
 * in the sections after it, each a box of one class ("headline-with-text", "text-section") with its column nested
 * a few levels down. The winner is deep in the first section, so its siblings are the column's, never the sections:
 * the article kept only its lead. Sections after the winner's own, under one of its few nearest ancestors, that
 * share their tag and class names with at least one other such section and hold a few sentences of prose each, are
 * the article's rest. Two at least: one box after the article is as often a sidebar's or a notice's. When the
 * winner's own section is named as they are, the sections so named before it are the article's opening. A story
 * split into HTML sections of one class keeps its short parts too (see {@link #runAround}).
 */
final class FollowingSections {

    /** How many ancestors above the winner the sections' parent may be. */
    private static final int MAX_LEVELS = 6;
    /** Sections named alike that the article's rest needs: one box is any page's. */
    private static final int MIN_SECTIONS = 2;

    private FollowingSections() {
    }

    /** Adds to {@code roots} the sections after {@code top}'s that continue its article (see the class comment). */
    static void add(Set<Element> roots, Element top, Map<Element, Double> finals, double minScore) {
        Element section = top.parent();
        for (int level = 1; section != null && section.parent() != null && level <= MAX_LEVELS;
                level++, section = section.parent()) {
            List<Element> found = alikeAfter(section, finals, minScore);
            if (!found.isEmpty()) {
                roots.addAll(found);
                if (namedAlike(section, found.get(0))) roots.addAll(alikeBefore(section, finals, minScore));
                return;
            }
            List<Element> run = runAround(section, finals, roots);
            if (!run.isEmpty()) {
                roots.addAll(run);
                return;
            }
        }
    }

    /**
     * The siblings before {@code section} named as it is that score enough: when the winner's own section is one of
     * the run, the article's text opens in the sections before it (a short lead's section loses to a longer one's).
     */
    private static List<Element> alikeBefore(Element section, Map<Element, Double> finals, double minScore) {
        List<Element> found = new ArrayList<>();
        for (Element s = section.previousElementSibling(); s != null; s = s.previousElementSibling()) {
            Double score = finals.get(s);
            if (score != null && score >= minScore && namedAlike(s, section)) found.add(s);
        }
        return found;
    }

    /**
     * The {@code <section>} siblings named exactly as the winner's own {@code section} that hold some voted prose,
     * when there are {@link #MIN_SECTIONS} such at least: a story split (by rules, say) into sections of one class,
     * whose short parts score under a few sentences' worth. Only HTML's own sections: boxes of one class beside a
     * story's paragraph (a quote, an embedded post, a disclaimer) are no parts of a run.
     */
    private static List<Element> runAround(Element section, Map<Element, Double> finals, Set<Element> roots) {
        Element parent = section.parent();
        if (parent == null || !section.normalName().equals("section") || section.className().isBlank()) {
            return List.of();
        }
        List<Element> run = new ArrayList<>();
        for (Element s : parent.children()) {
            if (s == section || !namedAlike(s, section)) continue;
            Double score = finals.get(s);
            if (score != null && score > 0 && !ArticlePlace.overlaps(s, roots)) run.add(s);
        }
        return run.size() >= MIN_SECTIONS ? run : List.of();
    }

    /** Whether two elements share their tag and class names (a class name at least). */
    private static boolean namedAlike(Element a, Element b) {
        return !a.className().isBlank() && a.normalName().equals(b.normalName())
                && a.classNames().equals(b.classNames());
    }

    /** The largest group of named siblings after {@code section} that share tag and class and score enough. */
    private static List<Element> alikeAfter(Element section, Map<Element, Double> finals, double minScore) {
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Element s = section.nextElementSibling(); s != null; s = s.nextElementSibling()) {
            Double score = finals.get(s);
            if (score == null || score < minScore || s.className().isBlank()) continue;
            groups.computeIfAbsent(s.normalName() + "." + String.join(" ", s.classNames()),
                    k -> new ArrayList<>()).add(s);
        }
        List<Element> best = List.of();
        for (List<Element> g : groups.values()) if (g.size() >= MIN_SECTIONS && g.size() > best.size()) best = g;
        return best;
    }
}
