package dev.newsdesk.parse.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex that can only match a line holding one of {@code words} (each of its alternatives needs one): the words are
 * looked for first, so most lines never start the regex, which would try every position.
 */
public record Guarded(Pattern pattern, String... words) {

    /** True when {@code key} (lower case, as the words are) holds a match of the pattern. */
    public boolean find(String key) {
        for (String w : words) {
            if (key.contains(w)) return pattern.matcher(key).find();
        }
        return false;
    }

    /**
     * {@link #find} for a pattern every match of which opens at a word's start with a letter: past the words, the
     * regex is tried only where a word opens ({@link WordStartRegex}), where {@link Matcher#find} would try each of a
     * long alternation's phrases at every position of the line.
     */
    public boolean findFromWordStarts(String key) {
        for (String w : words) {
            if (key.contains(w)) return WordStartRegex.find(pattern, key);
        }
        return false;
    }

    /**
     * {@link #find} for a pattern each of whose alternatives opens with {@code \b} before its word: a word inside
     * another ("app" in "happen", "abo" in "about") starts no match, so it does not start the regex either.
     */
    public boolean findAtWordStart(String key) {
        for (String w : words) {
            for (int at = key.indexOf(w); at >= 0; at = key.indexOf(w, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(key.charAt(at - 1))) return pattern.matcher(key).find();
            }
        }
        return false;
    }

    /**
     * {@link #find} for a pattern every match of which opens with one of the words at a word's start ({@code \b}
     * then the word, as {@code \b(?:subscri\w*|newsletter)}): the pattern is tried only where one stands so, never at
     * the other positions of the line.
     */
    public boolean findOpeningAtWord(String key) {
        Matcher m = null;
        for (String w : words) {
            for (int at = key.indexOf(w); at >= 0; at = key.indexOf(w, at + 1)) {
                if (at > 0 && Character.isLetterOrDigit(key.charAt(at - 1))) continue;
                // transparent bounds: the \b before the word sees the character before it
                if (m == null) m = pattern.matcher(key).useTransparentBounds(true).useAnchoringBounds(false);
                if (m.region(at, key.length()).lookingAt()) return true;
            }
        }
        return false;
    }
}
