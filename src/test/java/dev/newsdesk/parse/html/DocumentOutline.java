package dev.newsdesk.parse.html;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * A document as a list of lines (each element with its attributes, each text as written, indented by depth), to
 * compare our parser's documents with jsoup's. Comments, the text of scripts and styles and the attributes the
 * reader never reads are left out: our parser does not keep them.
 */
public final class DocumentOutline {

    private DocumentOutline() {
    }

    /** Our parser's document of a page. */
    public static Document parse(byte[] bytes, int offset, Charset charset) {
        return HtmlTreeBuilder.parse(bytes, offset, charset);
    }

    /** The outline of {@code doc}'s head and body. */
    public static List<String> of(Document doc) {
        List<String> lines = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            String indent = "  ".repeat(depth);
            if (node instanceof Element e) {
                StringBuilder line = new StringBuilder(indent).append(e.normalName());
                for (Attribute a : e.attributes()) {
                    if (!HtmlTokenizer.ATTRIBUTES_READ.contains(a.getKey().toLowerCase(Locale.ROOT))) continue;
                    // SVG's camel-case attribute names (viewBox) are lower case in ours: the reader never reads them
                    line.append(' ').append(a.getKey().toLowerCase(Locale.ROOT)).append("=\"").append(a.getValue())
                            .append('"');
                }
                lines.add(line.toString());
            } else if (node instanceof TextNode t) {
                lines.add(indent + '"' + t.getWholeText().replace("\n", "\\n") + '"');
            }
        }, doc.root());
        return lines;
    }
}
