package dev.newsdesk.parse.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text browser's link references: {@code lynx -dump} numbers every link in the text ("[12]Home", "the [3]report
 * says") and lists their addresses under a "References" heading at the end. The numbers split the sentences they sit
 * in and the list is the tool's, not the page's, so both go.
 */
final class LinkReferences {

    /** The list's heading, alone on its line, over its first numbered address (past a "Visible links:" label). */
    private static final Pattern LIST = Pattern.compile(
            "\\nReferences[ \\t\\r]*\\n\\s*(?:Visible links:?\\s*)?1\\. [a-z][a-z0-9+.-]*:\\S+");
    /** A link's number in the text. */
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,5})]");

    private LinkReferences() {
    }

    /** {@code text} without its link numbers and their list, or as it is when it ends on no such list. */
    static String strip(String text) {
        int heading = text.lastIndexOf("\nReferences");
        if (heading < 0) return text;
        Matcher list = LIST.matcher(text);
        if (!list.find(heading)) return text;
        Matcher m = MARKER.matcher(text).region(0, list.start());
        StringBuilder out = new StringBuilder(list.start());
        int from = 0;
        while (m.find()) {
            out.append(text, from, m.start());
            from = m.end();
        }
        return out.append(text, from, list.start()).toString();
    }
}
