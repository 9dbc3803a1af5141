package dev.newsdesk.parse.html;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;

/**
 * An id spelled from a heading's own words behind a chrome word ("nav_schredder_statt__0" on "Schredder statt Ofen"):
 * the anchor a table of contents links to, named by its generator, not a class of chrome. Not when the heading holds
 * a chrome word itself: "nav_main" on "Main menu" and "related-stories" on "Related stories" still name chrome.
 */
final class AnchorIds {

    private AnchorIds() {
    }

    /**
     * True when the heading's {@code text} holds no chrome word and every part of {@code id} is a number, a word of
     * the text (case and accents aside) or a chrome word, with at least one of each of the last two.
     */
    static boolean spellsOwnWords(String id, String text) {
        java.util.Map<String, Byte> verdicts = new HashMap<>(8);
        Set<String> own = Set.copyOf(Arrays.asList(ClassHints.parts(folded(text).replaceAll("[^\\p{L}\\p{N}]+", " "))));
        for (String word : own) if (ClassHints.unlikely(word, "", verdicts)) return false;
        boolean ownWord = false;
        boolean chromeWord = false;
        for (String part : ClassHints.parts(folded(id))) {
            if (part.chars().allMatch(Character::isDigit)) continue;
            boolean inText = own.contains(part);
            boolean chrome = ClassHints.unlikely(part, "", verdicts);
            if (!inText && !chrome) return false;
            ownWord |= inText;
            chromeWord |= chrome;
        }
        return ownWord && chromeWord;
    }

    /** {@code s} lower-cased, its letters without their accents ("Überblick" is "uberblick"). */
    static String folded(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
