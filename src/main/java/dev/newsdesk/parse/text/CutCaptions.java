package dev.newsdesk.parse.text;

import java.util.regex.Pattern;

/**
 * A gallery's caption cut short with its link to the rest ("…, left, and Jane Doe unveil the car at ... more"):
 * the picture's words, however much they share with the text, never a headline. A headline may end with "more"
 * ("Why we all need to sleep more"), never with an ellipsis before it.
 */
final class CutCaptions {

    /** An ellipsis, then the link's word alone: more, mehr, plus, más, più, meer, więcej. */
    private static final Pattern CUT = Pattern.compile(
            "(?:…|\\.\\.\\.)\\s*(?:more|mehr|plus|más|più|meer|więcej)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CutCaptions() {
    }

    static boolean is(String line) {
        return CUT.matcher(line).find();
    }
}
