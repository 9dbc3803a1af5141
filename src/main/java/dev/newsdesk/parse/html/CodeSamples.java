package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import dev.newsdesk.parse.extract.RegionCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Tells a {@code <pre>} set as typed (a code sample, a command, a poem, a column of figures) from one that only holds
 * a text file's prose (a press release or a mailing list's post, hard-wrapped), and reads the first as its lines.
 * Its lines are what it says: joined into one paragraph, {@code ls -la} over {@code cd /tmp} is a different command.
 */
final class CodeSamples {

    /** Hard-wrapped prose fills its lines to 60–80 characters; code, verse and tables mostly stop well short. */
    private static final int WRAPPED_LINE_CHARS = 50;

    private CodeSamples() {
    }

    /**
     * {@code sorted} with each block read from a code sample as the sample's lines. The sample was judged as the
     * paragraph its words make (whether it is the article's, where the article ends); only its form is restored here.
     */
    static RegionCleaner.Sorted typed(RegionCleaner.Sorted sorted, List<HtmlBlock> chosen) {
        List<Block> blocks = null;
        for (int k = 0; k < sorted.blocks().size(); k++) {
            String code = chosen.get(sorted.origins().get(k)).code();
            // a list's block holds its other items too: a sample in one stays an item
            if (code == null || sorted.blocks().get(k).type() == Block.Type.LIST) continue;
            if (blocks == null) blocks = new ArrayList<>(sorted.blocks());
            blocks.set(k, Block.code(code));
        }
        return blocks == null ? sorted
                : new RegionCleaner.Sorted(blocks, sorted.origins(), sorted.related(), sorted.authors(),
                sorted.publishedAt());
    }

    /**
     * The lines of {@code pre} as typed, without the blank lines around them, or null when it reads as prose: no mark
     * of code (a {@code <code>} inside, a highlighter's or language's name) and most of its lines filled as a
     * hard-wrapped text's are.
     */
    static String linesOf(Element pre) {
        StringBuilder lines = new StringBuilder();
        read(pre, lines);
        String text = trimBlankLines(lines);
        if (text.isBlank()) return null;
        return marksCode(pre) || !readsAsWrappedProse(text) ? text : null;
    }

    /** Text as typed; a {@code <br>} or an element set as a line of its own (a highlighter's line) ends a line. */
    private static void read(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (!tag.equals("button") && !namesLineNumbers(e)) {
                    read(e, out);
                    if ((tag.equals("div") || tag.equals("p") || tag.equals("li")) && !endsLine(out)) out.append('\n');
                }
            }
        }
    }

    /** A highlighter's gutter of line numbers is no part of the code a reader would copy. */
    private static boolean namesLineNumbers(Element e) {
        String names = e.className().toLowerCase(Locale.ROOT);
        return names.contains("lineno") || names.contains("line-number") || names.contains("linenumber")
                || names.contains("gutter");
    }

    private static boolean endsLine(StringBuilder out) {
        return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
    }

    /** The text without the blank lines and the trailing spaces around it: its first line keeps its indentation. */
    private static String trimBlankLines(CharSequence text) {
        int start = 0;
        int end = text.length();
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') start = i + 1;
            else if (!Character.isWhitespace(c)) break;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return text.subSequence(Math.min(start, end), end).toString();
    }

    /** Whether the page says it is code: a code element inside, or a highlighter's or a language's name. */
    private static boolean marksCode(Element pre) {
        for (Element e : pre.getAllElements()) {
            switch (e.normalName()) {
                case "code", "samp", "kbd" -> {
                    return true;
                }
                default -> { }
            }
        }
        if (pre.hasAttr("lang") || pre.hasAttr("data-lang") || pre.hasAttr("data-language")) return true;
        return namesCode(pre) || pre.parent() != null && namesCode(pre.parent());
    }

    /** A highlighter's wrapper or the block itself named for code ({@code highlight}, {@code language-js}). */
    private static boolean namesCode(Element e) {
        String names = (e.className() + ' ' + e.id()).toLowerCase(Locale.ROOT);
        return names.contains("code") || names.contains("highlight") || names.contains("syntax")
                || names.contains("language-") || names.contains("lang-") || names.contains("brush")
                || names.contains("prettyprint") || names.contains("hljs") || names.contains("listing");
    }

    /** Whether at least half the lines that hold text run as long as a hard-wrapped paragraph's. */
    private static boolean readsAsWrappedProse(String text) {
        int lines = 0;
        int filled = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            lines++;
            if (line.strip().length() >= WRAPPED_LINE_CHARS) filled++;
        }
        return filled * 2 >= lines;
    }
}
