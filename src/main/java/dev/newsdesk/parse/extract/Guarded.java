package dev.newsdesk.parse.extract;

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
}
