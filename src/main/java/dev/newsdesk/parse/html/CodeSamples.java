package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import dev.newsdesk.parse.extract.RegionCleaner;
import dev.newsdesk.parse.meta.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Tells a {@code <pre>} set as typed (a code sample, a command, a poem, a column of figures) from one that only holds
 * a text file's prose (a press release or a mailing list's post, hard-wrapped), and reads the first as its lines.
 * Its lines are what it says: joined into one paragraph, {@code ls -la} over {@code cd /tmp} is a different command.
 */
final class CodeSamples {

    /** Hard-wrapped prose fills its lines to 60–80 columns; code, verse and tables mostly stop well short. */
    private static final int WRAPPED_LINE_COLUMNS = 50;
    /** Class words a highlighter or a page gives its code ({@code sourceCode}, {@code codehilite}: one word each). */
    private static final Set<String> CODE_WORDS = Set.of("code", "sourcecode", "codehilite", "highlight",
            "highlighter", "hljs", "prettyprint", "syntax", "syntaxhighlighter");

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
            // a list's or a table's block holds its other items or rows too: a sample in one stays an item or a cell
            Block.Type type = sorted.blocks().get(k).type();
            if (code == null || type == Block.Type.LIST || type == Block.Type.TABLE) continue;
            if (blocks == null) blocks = new ArrayList<>(sorted.blocks());
            blocks.set(k, Block.code(code));
        }
        return blocks == null ? sorted
                : new RegionCleaner.Sorted(blocks, sorted.origins(), sorted.related(), sorted.authors(),
                sorted.publishedAt());
    }

    /**
     * The lines of {@code pre} as typed, without the blank lines around them, or null when it reads as prose: no mark
     * of code (a {@code <code>} inside, a highlighter's or language's name) and its lines filled as a hard-wrapped
     * text's are.
     */
    static String linesOf(Element pre) {
        StringBuilder lines = new StringBuilder();
        read(pre, lines);
        String text = trimBlankLines(lines);
        if (text.isBlank()) return null;
        return marksCode(pre) || !readsAsWrappedProse(text) ? text : null;
    }

    /**
     * Text as typed; a {@code <br>} or an element set as a line of its own (a highlighter's line) ends a line. What a
     * reader never sees is left out: a script, a hidden element, a label for screen readers, a copy button, a gutter.
     */
    private static void read(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (!isUnseen(e, tag)) {
                    read(e, out);
                    if ((tag.equals("div") || tag.equals("p") || tag.equals("li")) && !endsLine(out)) out.append('\n');
                }
            }
        }
    }

    private static boolean isUnseen(Element e, String tag) {
        if (tag.equals("button") || HtmlSnippet.isHidden(tag) || Marks.of(e).hides(tag)) return true;
        String names = e.className().toLowerCase(Locale.ROOT);
        return names.contains("lineno") || names.contains("line-number") || names.contains("linenumber")
                || names.contains("gutter") || names.contains("sr-only") || names.contains("visually-hidden")
                || names.contains("screen-reader");
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
        if (pre.hasAttr("data-lang") || pre.hasAttr("data-language")) return true; // a highlighter's, not lang's
        return namesCode(pre) || pre.parent() != null && namesCode(pre.parent());
    }

    /**
     * A highlighter's wrapper or the block itself named for code: a class word such as {@code code}, {@code hljs},
     * {@code highlight} ({@code code-block}, {@code sourceCode}), or a language's name after {@code language-},
     * {@code lang-} or {@code brush:}. Whole words only: a "barcode" or a "postcode" is no code.
     */
    private static boolean namesCode(Element e) {
        for (String name : e.className().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (name.startsWith("language-") || name.startsWith("lang-") || name.startsWith("brush:")) return true;
            for (String word : name.split("[-_]")) {
                if (CODE_WORDS.contains(word)) return true;
            }
        }
        return false;
    }

    /**
     * Whether most lines that go on to another line of text run as long as a hard-wrapped paragraph's: the last line
     * of each paragraph and a heading's line stop short in prose too, so only the lines a wrap broke are counted.
     */
    private static boolean readsAsWrappedProse(String text) {
        String[] lines = text.split("\n");
        int wrapped = 0;
        int filled = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i].isBlank() || lines[i + 1].isBlank()) continue;
            wrapped++;
            if (Columns.of(lines[i].strip()) >= WRAPPED_LINE_COLUMNS) filled++;
        }
        if (wrapped == 0) return Columns.of(text.strip()) >= 2 * WRAPPED_LINE_COLUMNS; // a paragraph on one line
        return filled * 2 >= wrapped;
    }
}
