package dev.newsdesk.parse.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex each of whose matches opens at a word's start with a letter ({@code \b} or {@code ^}, then a letter): a long
 * alternation of phrases is tried only where a word opens, not at each of the line's positions, where
 * {@link Matcher#find} would try every alternative in turn.
 */
public final class WordStartRegex {

    private WordStartRegex() {
    }

    /** {@code pattern.matcher(text).find()}, for a pattern whose every match opens at a word's start with a letter. */
    public static boolean find(Pattern pattern, String text) {
        Matcher m = null;
        for (int at = 0, n = text.length(); at < n; at++) {
            // a letter or digit before a letter: no \b, so no match there
            if (!Character.isLetter(text.charAt(at)) || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            // transparent bounds: the \b before the word sees the character before it; ^ stands only at 0
            if (m == null) m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            if (m.region(at, n).lookingAt()) return true;
        }
        return false;
    }
}
