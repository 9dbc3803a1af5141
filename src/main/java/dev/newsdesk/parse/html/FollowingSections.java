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
 * winner's own section is named as they are, the sections so named before it are the article's opening.
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
