package dev.newsdesk.parse.extract;

import java.util.regex.Pattern;

/**
 * A line that is only a web address: a link's ("https://…", "www.example.org"), as a share bar shows it, or a site's
 * name in capitals ("EXAMPLE.COM"), as a story closes with its source's credit. A sentence naming an address is no
 * such line.
 */
public final class AddressLine {

    private static final Pattern LINK = Pattern.compile("(?:https?://|www\\.)\\S+");
    /** A capitals domain: each label two characters or more, so "U.S." is none. */
    private static final Pattern CAPITALS_DOMAIN = Pattern.compile("(?:[\\p{Lu}\\d-]{2,}\\.)+\\p{Lu}{2,}\\.?");

    private AddressLine() {
    }

    /** A link's address alone on the line (a share bar's "Copy this link" shows it). */
    public static boolean link(String line) {
        return LINK.matcher(line.strip()).matches();
    }

    /**
     * A site's name in capitals alone on the line: a source's credit, never the story's. A link alone stays in a
     * body: posts and notes give their sources so.
     */
    public static boolean sourceCredit(String line) {
        // asked of every short block: most hold no dot and are not stripped and matched
        return line.indexOf('.') > 0 && CAPITALS_DOMAIN.matcher(line.strip()).matches();
    }
}
