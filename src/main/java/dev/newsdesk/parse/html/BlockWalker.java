package dev.newsdesk.parse.html;

import dev.newsdesk.article.Related;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One pass over a page body that cuts it into text blocks (the text between block-level boundaries), skipping
 * subtrees that are never article text: scripts, forms' controls, navigation, figures, hidden elements, and
 * elements whose class names mark them as chrome. Iterative (jsoup's traversor), so depth costs no stack.
 */
final class BlockWalker implements NodeFilter {

    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "button", "input", "select", "textarea", "option", "nav", "aside", "footer", "header",
            "figure", "figcaption", "canvas", "video", "audio", "map", "head", "title", "meta", "link", "dialog",
            "menu", "math", "picture", "source", "img");
    private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "tbody", "thead", "tfoot", "caption", "address", "center", "hr", "details", "summary", "body", "form",
            "fieldset", "hgroup", "legend");
    private static final Set<String> NEVER_PRUNED = Set.of("body", "html", "article", "main");
    /** An element whose names say chrome is kept anyway when it holds this share of the page's text. */
    private static final double PRUNE_MAX_SHARE = 0.3;

    private final List<HtmlBlock> blocks = new ArrayList<>();
    private final List<Related> related = new ArrayList<>();
    private final Deque<Element> owners = new ArrayDeque<>();
    private final StringBuilder buffer = new StringBuilder();
    private final Element root;
    /** The JSON-LD scripts met on the way, for the metadata (saves it a pass over the page). */
    private List<Element> jsonLd;
    /** Pages repeat their class names by the hundred: judge each once. */
    private final java.util.Map<String, Boolean> unlikelyCache = new java.util.HashMap<>();
    private int[] totalText;
    private int chars;
    private int linkChars;
    private int linkDepth;
    private int headingDepth;
    private int listDepth;
    private int quoteDepth;
    private boolean lastWasBreak;

    private BlockWalker(Element root) {
        this.root = root;
    }

    /** The blocks of {@code root} in document order; teaser links of pruned related-content widgets go to {@code related}. */
    static List<HtmlBlock> walk(Element root, List<Related> related, List<Element> jsonLd) {
        BlockWalker w = new BlockWalker(root);
        w.jsonLd = jsonLd;
        w.owners.push(root);
        NodeTraversor.filter(w, root);
        w.flush();
        related.addAll(w.related);
        return w.blocks;
    }

    /**
     * Characters under {@code e}: [0] all text, [1] text inside paragraphs. The paragraph share tells a wrapper
     * that holds the article (however its class is named) from a widget beside it. Measured only for the few
     * elements whose names look like chrome, so most of a page is read once.
     */
    private static int[] measure(Element e) {
        int[] r = new int[2];
        int[] inParagraph = new int[1];
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int len = t.getWholeText().length();
                    r[0] += len;
                    if (inParagraph[0] > 0) r[1] += len;
                } else if (node instanceof Element el && el.normalName().equals("p")) {
                    inParagraph[0]++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && el.normalName().equals("p")) inParagraph[0]--;
            }
        }, e);
        return r;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            buffer.append(s);
            int n = nonSpace(s);
            chars += n;
            if (linkDepth > 0) linkChars += n;
            if (n > 0) lastWasBreak = false;
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        String tag = e.normalName();
        if (tag.equals("br")) {
            if (lastWasBreak) flush();
            else buffer.append(' ');
            lastWasBreak = true;
            return FilterResult.SKIP_CHILDREN;
        }
        if (tag.equals("script") && "application/ld+json".equalsIgnoreCase(e.attr("type"))) jsonLd.add(e);
        if (SKIP.contains(tag) || isHidden(e) || isChrome(e, tag)) {
            flushIfOwned(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCK.contains(tag)) {
            flush();
            owners.push(e);
        } else if (tag.equals("td") || tag.equals("th")) {
            buffer.append(' '); // a table row is one block, its cells words apart
        }
        switch (tag) {
            case "a" -> linkDepth++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth++;
            case "li", "dd", "dt" -> listDepth++;
            case "blockquote" -> quoteDepth++;
            default -> { }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        String tag = e.normalName();
        if (BLOCK.contains(tag)) {
            flush(); // before the depths change: the text just read is this element's
            if (!owners.isEmpty() && owners.peek() == e) owners.pop();
        }
        switch (tag) {
            case "a" -> linkDepth--;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth--;
            case "li", "dd", "dt" -> listDepth--;
            case "blockquote" -> quoteDepth--;
            default -> { }
        }
        return FilterResult.CONTINUE;
    }

    private void flushIfOwned(Element skipped) {
        // A skipped inline element (an ad slot or a button inside a paragraph) must not split the paragraph.
        if (BLOCK.contains(skipped.normalName()) || isBlockish(skipped)) flush();
    }

    private static boolean isBlockish(Element e) {
        return switch (e.normalName()) {
            case "nav", "aside", "footer", "header", "figure", "form", "dialog", "menu", "iframe", "video", "table",
                 "div", "section" -> true;
            default -> false;
        };
    }

    private void flush() {
        if (buffer.length() == 0) return;
        String text = chars == 0 ? "" : Words.squash(buffer.toString());
        if (!text.isEmpty()) {
            Candidate.Kind kind = headingDepth > 0 ? Candidate.Kind.HEADING
                    : quoteDepth > 0 ? Candidate.Kind.QUOTE
                    : listDepth > 0 ? Candidate.Kind.LIST_ITEM : Candidate.Kind.PARAGRAPH;
            double density = chars == 0 ? 0 : linkChars / (double) chars;
            blocks.add(new HtmlBlock(new Candidate(text, kind, density, false), owners.peek(), linkChars));
        }
        buffer.setLength(0);
        chars = 0;
        linkChars = 0;
        lastWasBreak = false;
    }

    private boolean isChrome(Element e, String tag) {
        if (NEVER_PRUNED.contains(tag) || e.attributesSize() == 0) return false;
        String names = ClassHints.names(e);
        String role = e.attr("role");
        boolean byRole = role.equals("navigation") || role.equals("complementary") || role.equals("banner")
                || role.equals("contentinfo") || role.equals("dialog") || role.equals("alert");
        if (!byRole && (names.isEmpty() || !unlikelyCache.computeIfAbsent(names, ClassHints::unlikely))) return false;
        if (totalText == null) totalText = measure(root);
        int[] len = measure(e);
        // Measured in paragraph text when the page has paragraphs: link lists are long but hold no article.
        boolean small = totalText[1] > 0 ? len[1] < totalText[1] * PRUNE_MAX_SHARE
                : len[0] < totalText[0] * PRUNE_MAX_SHARE;
        if (!small && !ClassHints.stronglyUnlikely(names)) return false;
        if (names.toLowerCase().contains("related") || names.toLowerCase().contains("recommend")
                || names.toLowerCase().contains("more-stories") || names.toLowerCase().contains("read-more")) {
            harvestTeasers(e);
        }
        return true;
    }

    private void harvestTeasers(Element widget) {
        for (Element a : widget.getElementsByTag("a")) {
            if (related.size() >= 12) return;
            String title = Words.squash(a.text());
            if (Words.count(title) >= 4) {
                String href = a.absUrl("href");
                if (href.isEmpty()) href = a.attr("href").strip(); // no base URL: keep the link as written
                related.add(new Related(title, href.isEmpty() ? null : href));
            }
        }
    }

    private static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) return false;
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.normalName().equals("span")) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.replace(" ", "").toLowerCase();
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') n++;
        }
        return n;
    }
}
