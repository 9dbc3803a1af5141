package dev.newsdesk.parse.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a label's regex may open with ("by", "von", "autorin"), for a cheap test before the regex: a text whose
 * first run of letters is none of them cannot match. Letters are compared as a case-insensitive regex compares
 * them ("Σ", "ς" and "σ" alike); a label whose first word may run on into the next without a space ("Text und
 * Fotos:" as "Textundfotos:") gives that word as a {@code glued} opening, which the run of letters need only start.
 */
final class OpeningWords {

    private final List<String> words;
    private final List<String> glued;
    /** The first letters of the words: most texts open with another, told by one lookup. */
    private final String initials;

    private OpeningWords(List<String> words, List<String> glued) {
        this.words = words;
        this.glued = glued;
        StringBuilder first = new StringBuilder();
        for (String w : words) if (first.indexOf(w.substring(0, 1)) < 0) first.append(w.charAt(0));
        for (String g : glued) if (first.indexOf(g.substring(0, 1)) < 0) first.append(g.charAt(0));
        this.initials = first.toString();
    }

    /** The openings {@code words}, and {@code glued}: those a longer run of letters may start with. */
    static OpeningWords of(List<String> words, List<String> glued) {
        return new OpeningWords(List.copyOf(folded(words)), List.copyOf(folded(glued)));
    }

    /** True when the run of letters at {@code from} in {@code text} is one of the words, or starts a glued one. */
    boolean opens(String text, int from) {
        if (from >= text.length() || initials.indexOf(RegexStart.folded(text.charAt(from))) < 0) return false;
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        for (String w : words) if (w.length() == end - from && RegexStart.opensWith(text, from, w)) return true;
        for (String g : glued) if (g.length() <= end - from && RegexStart.opensWith(text, from, g)) return true;
        return false;
    }

    private static Set<String> folded(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            StringBuilder f = new StringBuilder(w.length());
            for (int i = 0; i < w.length(); i++) f.append(RegexStart.folded(w.charAt(i)));
            out.add(f.toString());
        }
        return out;
    }
}
