package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.meta.Words;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A breadcrumb trail written as text ("You are here: Home > News > Science", "当前位置：首页->科技"): where the
 * page sits in its site, never the article's first line nor its title. Pages that mark the trail (a "breadcrumb"
 * class, a BreadcrumbList) lose it before this; hand-made and old table pages write it bare.
 */
public final class Breadcrumbs {

    /** The characters one of which each {@link #SEPARATOR} holds. */
    private static final String SEPARATOR_MARKS = "/>»›→＞";
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:->|=>|>|»|›|→|＞|/)\\s*");
    /** "You are here:" in the languages the parser knows best; the trail then needs no home page first. */
    private static final Pattern LABEL = Pattern.compile("(?:you are here|you're here|current location|sie sind hier"
            + "|vous êtes ici|vous êtes sur|usted está en|estás en|você está em|sei qui|jesteś tutaj|jesteś w"
            + "|вы здесь|当前位置|您的位置|你的位置|您现在的位置|所在位置|现在位置|目前位置)\\s*[:：]?\\s*");
    /** The home page a trail of three steps or more starts from, when no label announces it ("Home / Away" is none). */
    private static final Set<String> HOME = Set.of("home", "homepage", "home page", "start", "startseite",
            "accueil", "inicio", "portada", "início", "strona główna", "главная", "αρχική", "首页", "主页", "网站首页");
    /** Longer, it is a sentence that happens to hold an arrow. */
    private static final int MAX_CHARS = 160;
    /** A section's name; only the last step (often the article's own headline) may be longer. */
    private static final int MAX_STEP_WORDS = 5;

    private Breadcrumbs() {
    }

    /** True when {@code key} (a line as {@link Boilerplate#key} reduces it) is a breadcrumb trail. */
    public static boolean isTrail(String key) {
        if (key.length() > MAX_CHARS || !hasSeparator(key)) return false;
        Matcher label = LABEL.matcher(key);
        boolean labelled = label.lookingAt();
        String[] steps = SEPARATOR.split(labelled ? key.substring(label.end()) : key, -1);
        if (steps.length < 2) return false;
        for (int i = 0; i < steps.length; i++) {
            if (steps[i].isBlank() || i < steps.length - 1 && Words.count(steps[i]) > MAX_STEP_WORDS) return false;
        }
        return labelled || steps.length >= 3 && HOME.contains(steps[0]);
    }

    /**
     * True when {@code key} opens with a trail's label and its colon ("You are here:"), its steps perhaps glued
     * together ("HomeNewsMarkets"); without the colon a headline may open so ("You are here for a reason").
     */
    public static boolean opensWithLabel(String key) {
        Matcher label = LABEL.matcher(key);
        if (!label.lookingAt()) return false;
        String matched = key.substring(0, label.end());
        return matched.indexOf(':') >= 0 || matched.indexOf('：') >= 0;
    }

    /**
     * The cheap test first: most lines hold none of the separators, each looked for by the string's own search (a
     * loop over the line's characters cost more).
     */
    private static boolean hasSeparator(String s) {
        for (int i = 0; i < SEPARATOR_MARKS.length(); i++) {
            if (s.indexOf(SEPARATOR_MARKS.charAt(i)) >= 0) return true;
        }
        return false;
    }
}
