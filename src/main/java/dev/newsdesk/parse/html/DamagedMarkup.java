package dev.newsdesk.parse.html;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Pages whose markup swallows itself: a {@code <title>}, {@code <textarea>}, {@code <style>}, {@code <script>},
 * {@code <iframe>}, {@code <xmp>}, {@code <noembed>} or {@code <noframes>} that is never closed holds, by the HTML
 * standard, everything after it as its text, so the parse has no body; a {@code <noscript>} left open in the head
 * holds the whole body as its markup, which no reader of the page's body sees. A browser shows nothing either, but
 * lenient readers, and editors, expect the article: such an element is closed where its own text ends (at the first
 * tag inside it) and the page read again. It may swallow only the end of the page (a search box's
 * {@code <textarea>} left open in a sidebar above the story), or only up to where a later element of its name is
 * closed (a script left open above the page's other scripts): the page is then read again too.
 */
final class DamagedMarkup {

    /**
     * Elements whose content is never the page's markup: markup inside them means they were left open. Parsed once,
     * as every page is checked.
     */
    private static final Evaluator SWALLOWERS = QueryParser.parse(
            "title, textarea, style, script, iframe, xmp, noembed, noframes, head noscript");
    /**
     * A tag of the page's frame: what raw text left open holds of the page, and a script's or an embed's own text does
     * not (a script may write a paragraph's markup, seldom the page's head or body).
     */
    private static final Pattern FRAME_TAG = Pattern.compile("</?(?:head|body|html)\\b", Pattern.CASE_INSENSITIVE);
    /** The elements that carry an article, as a {@code <noscript>} left open in the head holds them. */
    private static final Evaluator SWALLOWED_ELEMENT = QueryParser.parse(
            "body, p, div, article, section, h1, h2, h3, h4, h5, h6, li, table");
    /** A start or end tag of the elements that carry an article: what a swallowed page holds, and text does not. */
    private static final Pattern SWALLOWED_TAG = Pattern.compile("</?(?:p|div|article|section|h[1-6]|li|table|body)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The tag patterns of each element name met, made once. */
    private static final Map<String, Tags> TAGS = new ConcurrentHashMap<>();

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
        String name = e.normalName();
        if (name.equals("noscript")) return e.selectFirst(SWALLOWED_ELEMENT) != null;
        // escapable text (a title) is text, raw text (a style sheet, a script, an iframe's fallback) is data
        boolean text = name.equals("title") || name.equals("textarea");
        String inside = text ? e.wholeText() : data(e);
        if (text || name.equals("style")) return holds(inside, SWALLOWED_TAG);
        // raw text left open in the body runs to the end of the next element of its name, whose start it holds
        return holds(inside, FRAME_TAG) || holds(inside, SWALLOWED_TAG) && tags(name).start.matcher(inside).find();
    }

    /**
     * The raw text of {@code e}: its one data node's own string, as a script's or a style sheet's is, not a copy
     * ({@link Element#data} copies it, and scripts are a third of a page's bytes).
     */
    private static String data(Element e) {
        return e.childNodeSize() == 1 && e.childNode(0) instanceof DataNode d ? d.getWholeData() : e.data();
    }

    /** True when {@code inside} holds a tag {@code pattern} matches. */
    private static boolean holds(String inside, Pattern pattern) {
        // a style sheet may run long: the tag is tried only where a "<" is, found by a fast scan, not by the regex's
        // own attempt at every position
        Matcher tag = pattern.matcher(inside);
        for (int at = inside.indexOf('<'); at >= 0; at = inside.indexOf('<', at + 1)) {
            if (tag.region(at, inside.length()).lookingAt()) return true;
        }
        return false;
    }

    /**
     * {@code source} with the first swallowing element of {@code doc} closed, or null when the page is not damaged.
     * An element that turns out closed (a print script writing a page's {@code <body>} into a window) leaves the
     * next one to be tried.
     */
    static String repair(Document doc, String source) {
        for (Element e : doc.select(SWALLOWERS)) {
            if (!swallows(e)) continue;
            String name = e.normalName();
            Tags tags = tags(name);
            Matcher open = tags.startTag.matcher(source);
            boolean found = open.find();
            // the page's one title is its first; of the others, the first never closed before the next of its name
            // opens (what follows a script left open is read as its text up to the next script's end)
            while (found && !name.equals("title") && closedBeforeNextOpen(source, tags, open.end())) found = open.find();
            if (!found) continue;
            int end = source.indexOf('<', open.end());
            if (end < 0) continue;
            return source.substring(0, end) + "</" + name + ">" + source.substring(end);
        }
        return null;
    }

    /**
     * True when the element opened just before {@code from} is closed before the next element of its name opens. A
     * start tag right after a quote, in a script's string ({@code document.write('<script …')}), opens nothing.
     */
    private static boolean closedBeforeNextOpen(String source, Tags tags, int from) {
        Matcher close = tags.endTag.matcher(source);
        if (!close.find(from)) return false;
        Matcher next = tags.start.matcher(source);
        for (int at = from; next.find(at); at = next.end()) {
            char before = next.start() > 0 ? source.charAt(next.start() - 1) : ' ';
            if (before != '\'' && before != '"') return close.start() < next.start();
        }
        return true;
    }

    private static Tags tags(String name) {
        return TAGS.computeIfAbsent(name, Tags::of);
    }

    /** The patterns of one element's tags, matched without regard to case (a case-folded copy moves positions). */
    private record Tags(Pattern start, Pattern startTag, Pattern endTag) {

        static Tags of(String name) {
            return new Tags(Pattern.compile("<" + name + "\\b", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("<" + name + "\\b[^>]*>", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("</" + name + "\\b", Pattern.CASE_INSENSITIVE));
        }
    }
}
