package dev.newsdesk.parse.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Pages whose markup swallows itself: a {@code <title>}, {@code <textarea>} or {@code <style>} that is never closed
 * holds, by the HTML standard, everything after it as its text, so the parse has no body. A browser shows nothing
 * either, but lenient readers, and editors, expect the article: such an element is closed where its own text ends
 * (at the first tag inside it) and the page read again. It may swallow only the end of the page (a search box's
 * {@code <textarea>} left open in a sidebar above the story): the page is then read again too.
 */
final class DamagedMarkup {

    /**
     * Text elements whose content is never markup: markup inside them means they were left open. Parsed once, as
     * every page is checked.
     */
    private static final Evaluator SWALLOWERS = QueryParser.parse("title, textarea, style");
    /** A start or end tag of the elements that carry an article: what a swallowed page holds, and text does not. */
    private static final Pattern SWALLOWED_TAG = Pattern.compile("</?(?:p|div|article|section|h[1-6]|li|table|body)\\b",
            Pattern.CASE_INSENSITIVE);

    private DamagedMarkup() {
    }

    /** True when an element of {@code doc} left open holds markup of the page as its text. */
    static boolean swallowed(Document doc) {
        for (Element e : doc.select(SWALLOWERS)) {
            if (swallows(e)) return true;
        }
        return false;
    }

    private static boolean swallows(Element e) {
        String inside = e.normalName().equals("style") ? e.data() : e.wholeText();
        // a style sheet may run long: the tag is tried only where a "<" is, found by a fast scan, not by the regex's
        // own attempt at every position
        Matcher tag = SWALLOWED_TAG.matcher(inside);
        for (int at = inside.indexOf('<'); at >= 0; at = inside.indexOf('<', at + 1)) {
            if (tag.region(at, inside.length()).lookingAt()) return true;
        }
        return false;
    }

    /** {@code source} with the first swallowing element of {@code doc} closed, or null when the page is not damaged. */
    static String repair(Document doc, String source) {
        for (Element e : doc.select(SWALLOWERS)) {
            if (!swallows(e)) continue;
            String name = e.normalName();
            Matcher open = Pattern.compile("<" + name + "\\b[^>]*>", Pattern.CASE_INSENSITIVE).matcher(source);
            if (!open.find()) return null;
            String lower = source.toLowerCase(Locale.ROOT);
            if (lower.indexOf("</" + name, open.end()) >= 0 && !name.equals("title")) return null;
            int end = source.indexOf('<', open.end());
            if (end < 0) return null;
            return source.substring(0, end) + "</" + name + ">" + source.substring(end);
        }
        return null;
    }
}
