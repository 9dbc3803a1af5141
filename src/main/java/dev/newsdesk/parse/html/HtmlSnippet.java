package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A piece of HTML an editor wrote into another format (a Markdown file's {@code <figure>}, its video's
 * {@code <iframe>}, a box of text): all of it is the article's, so nothing is judged, unlike a page. Its pictures
 * and players become blocks as a page's do ({@link MediaReader}), a post an embed code quotes too, a data table a
 * table ({@link TableBlocks}), and its text paragraphs, one for each run between elements that break the line.
 */
public final class HtmlSnippet {

    /**
     * Elements that start a line of their own, the text before and after them paragraphs apart: the page walker's
     * blocks, and what it reads apart from them (a line break, a table's cells, the boxes it skips on a page).
     */
    private static final Set<String> BREAKS_LINE = breaksLine();
    /** Elements whose content is never text a reader sees. */
    private static final Set<String> HIDDEN = Set.of("script", "style", "template", "noscript", "textarea", "title",
            "head");

    private HtmlSnippet() {
    }

    /** Whether an element of this (lower-case) name holds nothing a reader sees (a script, a style, a template). */
    static boolean isHidden(String name) {
        return HIDDEN.contains(name);
    }

    /** Whether an element of this (lower-case) name starts a line of its own: the words around it are apart. */
    public static boolean breaksLine(String name) {
        return BREAKS_LINE.contains(name);
    }

    /** The blocks of {@code html}, in order; links and pictures resolve on {@code base} (null: absolute ones only). */
    public static List<Block> blocks(String html, String base) {
        Element body = HtmlReader.parse(html).body();
        List<Block> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e) || e == body) return FilterResult.CONTINUE;
                if (HIDDEN.contains(e.normalName())) return FilterResult.SKIP_ENTIRELY;
                String code = e.nameIs("pre") ? CodeSamples.linesOf(e) : null;
                if (code != null) {
                    flush(text, out);
                    out.add(Block.code(code));
                    return FilterResult.SKIP_ENTIRELY;
                }
                Block whole = ClassHints.namesEmbeddedPost(e) ? MediaReader.post(e, base) : MediaReader.read(e, base);
                if (whole == null && e.nameIs("table")) whole = TableBlocks.of(e);
                if (whole != null) {
                    flush(text, out);
                    out.add(whole);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BREAKS_LINE.contains(e.normalName())) flush(text, out);
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BREAKS_LINE.contains(e.normalName())) flush(text, out);
                return FilterResult.CONTINUE;
            }
        }, body);
        flush(text, out);
        return out;
    }

    private static Set<String> breaksLine() {
        Set<String> all = new HashSet<>(BlockWalker.BLOCK);
        all.addAll(List.of("br", "td", "th", "figure", "figcaption", "aside", "footer", "nav"));
        return Set.copyOf(all);
    }

    private static void flush(StringBuilder text, List<Block> out) {
        String s = Words.squash(text.toString());
        if (!s.isEmpty()) out.add(Block.paragraph(s));
        text.setLength(0);
    }
}
