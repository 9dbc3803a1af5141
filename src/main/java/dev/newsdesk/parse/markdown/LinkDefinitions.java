package dev.newsdesk.parse.markdown;

import dev.newsdesk.parse.meta.Words;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link reference definitions of a Markdown text ({@code [tram]: https://example.org/tram "The tram"}), which
 * {@code [text][tram]}, {@code [text][]} and {@code [tram]} link to. A definition line is none of the article's text.
 * Labels match as CommonMark matches them: case and runs of whitespace aside; the first definition of a label wins.
 */
final class LinkDefinitions {

    private static final Pattern DEFINITION = Pattern.compile(
            "^ {0,3}\\[([^\\]]+)]:\\s*(<[^>]*>|\\S+)(?:\\s+(\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*$");

    static final LinkDefinitions NONE = new LinkDefinitions(Map.of());

    /** Where a label links, and the link's title (or null). */
    record Definition(String url, String title) {
    }

    private final Map<String, Definition> byLabel;

    private LinkDefinitions(Map<String, Definition> byLabel) {
        this.byLabel = byLabel;
    }

    /** The definitions of {@code md}, outside its fenced code blocks. */
    static LinkDefinitions in(String md) {
        Map<String, Definition> found = new HashMap<>();
        Fence open = null;
        for (String line : md.split("\r?\n")) {
            if (open != null) {
                if (open.closedBy(line)) open = null;
                continue;
            }
            open = Fence.opening(line);
            if (open != null) continue;
            Matcher m = DEFINITION.matcher(line);
            if (!m.matches()) continue;
            String url = m.group(2).startsWith("<") ? m.group(2).substring(1, m.group(2).length() - 1) : m.group(2);
            String title = m.group(3) == null ? null : Words.squash(m.group(3).substring(1, m.group(3).length() - 1));
            found.putIfAbsent(key(m.group(1)), new Definition(url, title == null || title.isEmpty() ? null : title));
        }
        return found.isEmpty() ? NONE : new LinkDefinitions(found);
    }

    /** Whether {@code line} defines a link (and so is no text). */
    static boolean isDefinition(String line) {
        return DEFINITION.matcher(line).matches();
    }

    /** What {@code label} links to, or null when nothing defines it ("[sic]" stays text). */
    Definition find(String label) {
        return byLabel.isEmpty() ? null : byLabel.get(key(label));
    }

    private static String key(String label) {
        return Words.squash(label).toLowerCase(Locale.ROOT);
    }
}
