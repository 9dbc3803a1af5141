package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Bylines;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name as their profile's note gives it in full: a blog's account is often a first name alone while the
 * note about its owner opens with the whole name ({@code "name": "Jana", "description": "Jana Kehl – engineer …"}).
 */
final class ProfileName {

    /** One capitalised word after the name, then a dash, a comma, a stop, "is" in the parser's languages or the end. */
    private static final Pattern SURNAME = Pattern.compile(
            "\\s+(\\p{Lu}[\\p{Ll}'’-]+)(?=\\s*[-–—,.:;(|]|\\s+(?:" + Bylines.IS + "|was|war)\\s|\\s*$)");

    private ProfileName() {
    }

    /**
     * {@code name} with the surname {@code description} gives it when {@code name} is one word and the description
     * opens with it and one more ("Jana" and "Jana Kehl – engineer" give "Jana Kehl"); else {@code name}.
     */
    static String completed(String name, String description) {
        if (name == null || description == null || name.isBlank() || name.strip().indexOf(' ') >= 0) return name;
        String given = name.strip();
        String note = description.strip();
        if (!note.startsWith(given)) return name;
        Matcher m = SURNAME.matcher(note).region(given.length(), note.length());
        if (!m.lookingAt()) return name;
        String full = given + " " + m.group(1);
        return Bylines.isFullName(full) ? full : name;
    }
}
