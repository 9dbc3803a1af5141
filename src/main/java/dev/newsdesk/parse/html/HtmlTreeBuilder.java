package dev.newsdesk.parse.html;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;

/**
 * Builds a page's document from its tokens with the HTML standard's rules for the markup pages get wrong, as a
 * browser (and jsoup) would: the head and body a page leaves out, elements it never closes (a paragraph ends where
 * a block starts, a list item at the next, a table's rows and cells at the next), end tags with no element open
 * (ignored; a stray {@code </p>} is an empty paragraph), text dropped inside a table outside its cells (set before
 * the table), and formatting or links closed across a block ({@code <a><p>x</a>y</p>}: the block is taken out of
 * the link and the link goes on inside it, the standard's "adoption agency").
 *
 * <p>What the reader never reads is not built: comments, the doctype, the code of scripts (but JSON-LD, which is
 * metadata), the text of styles, and the attributes {@link HtmlTokenizer} skips. The document is jsoup's, so the
 * rest of the reader works on it unchanged; on real pages it is the one jsoup's parser builds
 * ({@code ./newsdesk bench documents}), whose quirks it also keeps where they differ from the standard (a
 * noscript in the head keeps what it holds, space after {@code </body>} goes in the html element).
 */
final class HtmlTreeBuilder {

    /** What the parser knows of an element's name: its jsoup tag and how the standard's rules treat it. */
    record Kind(String name, Tag tag, int flags, int contentMode) {
        static final int MARKUP = 0;
        /** Text with entities (title, textarea). */
        static final int ESCAPABLE = 1;
        /** Text as written: scripts, styles, iframes. */
        static final int RAW = 2;
        /** Everything after it (plaintext). */
        static final int PLAIN_TEXT = 3;

        boolean is(int flag) {
            return (flags & flag) != 0;
        }
    }

    private static final int VOID = 1;
    private static final int SPECIAL = 1 << 1;
    private static final int CLOSES_P = 1 << 2;
    private static final int FORMATTING = 1 << 3;
    private static final int HEADING = 1 << 4;
    /** Ends the search for an element "in scope" (the standard's default scope). */
    private static final int SCOPE = 1 << 5;
    private static final int TABLE_SCOPE = 1 << 6;
    private static final int IMPLIED_END = 1 << 7;
    /** Sets a marker among the open formatting elements: formatting is not carried into or out of it. */
    private static final int MARKER = 1 << 8;
    /** Text or elements meant for a cell here go before the table. */
    private static final int TABLE_CONTEXT = 1 << 9;
    private static final int HEAD = 1 << 10;
    private static final int FOREIGN = 1 << 11;
    /** Ends the SVG or MathML it appears in. */
    private static final int BREAKOUT = 1 << 12;
    private static final int TABLE_PART = 1 << 13;
    private static final int LIST_SCOPE = 1 << 14;
    private static final int BUTTON_SCOPE = 1 << 15;

    private static final Map<String, Kind> KINDS = kinds();
    private static final Kind HTML = KINDS.get("html");
    private static final Kind HEAD_KIND = KINDS.get("head");
    private static final Kind BODY = KINDS.get("body");
    private static final Kind P = KINDS.get("p");
    private static final Kind A = KINDS.get("a");
    private static final Kind LI = KINDS.get("li");
    private static final Kind TBODY = KINDS.get("tbody");
    private static final Kind TR = KINDS.get("tr");
    private static final Kind TABLE = KINDS.get("table");
    private static final Kind BR = KINDS.get("br");
    private static final Kind IMG = KINDS.get("img");
    private static final Kind SCRIPT = KINDS.get("script");
    private static final Kind FORM = KINDS.get("form");
    private static final Kind DD = KINDS.get("dd");
    private static final Kind DT = KINDS.get("dt");
    private static final Kind NOSCRIPT = KINDS.get("noscript");
    private static final Kind COLGROUP = KINDS.get("colgroup");
    private static final Kind BASE = KINDS.get("base");
    private static final Kind PRE = KINDS.get("pre");
    private static final Kind LISTING = KINDS.get("listing");

    /** Deeper than any real page: past it an element is set beside the current one, so depth costs no stack. */
    private static final int MAX_DEPTH = 256;
    /** Formatting elements carried at once; the standard's own limit is three alike, this bounds a hostile page. */
    private static final int MAX_FORMATTING = 32;

    private final Document doc;
    private final Element html;
    private final Element head;
    private Element body;
    private boolean quirks = true;
    private Element form;
    private final Map<String, Kind> unknownKinds = new HashMap<>();

    private Element[] stack = new Element[32];
    private Kind[] kinds = new Kind[32];
    private int depth;
    private int foreignDepth;
    /** After {@code </body>} or {@code </html>}: space goes after the body, anything else back in it. */
    private boolean afterBody;
    private boolean afterHtml;
    /** Whether the head has begun ({@code <head>} or an element of it): space before it is nowhere. */
    private boolean headStarted;
    /** After the doctype, before any tag: space goes before the html element. */
    private boolean beforeHtml;
    private boolean htmlTagSeen;
    private boolean baseSet;
    /** Just after a {@code <pre>} or {@code <listing>}: a newline that starts its text is not part of it. */
    private boolean dropNewline;
    /** Where on the stack a noscript opened in the head is, or -1. */
    private int headNoscript = -1;

    /** The open formatting elements (null: a marker), most recent last. */
    private final List<Element> formatting = new ArrayList<>();
    private final List<Kind> formattingKinds = new ArrayList<>();

    private HtmlTreeBuilder() {
        doc = new Document("");
        html = new Element(HTML.tag(), null);
        head = new Element(HEAD_KIND.tag(), null);
        doc.appendChild(html);
        html.appendChild(head);
        push(html, HTML);
        push(head, HEAD_KIND);
    }

    /** The document of the page in {@code bytes} from {@code offset} (past a byte-order mark), in {@code charset}. */
    static Document parse(byte[] bytes, int offset, Charset charset) {
        HtmlTreeBuilder builder = new HtmlTreeBuilder();
        HtmlTokenizer.tokenize(bytes, offset, charset, builder);
        if (builder.body == null) builder.startBody();
        return builder.doc;
    }

    /** The names of the elements whose rules the builder knows (the others are elements like any). */
    static Set<String> knownNames() {
        return KINDS.keySet();
    }

    /** The kind of the element named {@code name} (lower case). */
    Kind kind(String name) {
        Kind k = KINDS.get(name);
        if (k != null) return k;
        return unknownKinds.computeIfAbsent(name, n -> new Kind(n, new Tag(n, Parser.NamespaceHtml), 0, Kind.MARKUP));
    }

    void doctype() {
        quirks = false;
        beforeHtml = body == null && !headStarted;
    }

    // ---- tokens

    void text(String s) {
        if (body == null) {
            Kind current = kinds[depth - 1];
            boolean blank = isBlank(s);
            if (current != HTML && current != HEAD_KIND) {
                appendText(stack[depth - 1], s); // a title's or a noscript's text
                return;
            }
            if (blank) { // space where jsoup keeps it: in the head once it has begun, after it in the html element
                if (beforeHtml) html.before(new TextNode(s)); // after the doctype
                else if (!headStarted && htmlTagSeen) head.before(new TextNode(s)); // after <html>
                else if (headStarted && current == HEAD_KIND) appendText(head, s);
                else if (headStarted) appendText(html, s); // after </head>
                return;
            }
            startBody();
        }
        if (afterBody) {
            if (isBlank(s)) { // where jsoup keeps the space after </body>, and after </html>
                appendText(afterHtml ? doc : html, s);
                return;
            }
            afterBody = false;
        }
        if (dropNewline) {
            dropNewline = false;
            // the standard's rule for <pre> and <listing>
            if (s.startsWith("\n")) s = s.substring(1);
            else if (s.startsWith("\r\n")) s = s.substring(2);
            if (s.isEmpty()) return;
        }
        Kind current = kinds[depth - 1];
        if (current.is(TABLE_CONTEXT) && !isBlank(s)) {
            reconstructFormatting();
            fosterParent(new TextNode(s));
            return;
        }
        if (foreignDepth == 0 && !formatting.isEmpty()) reconstructFormatting();
        appendText(stack[depth - 1], s);
    }

    private static void appendText(Element parent, String s) {
        parent.appendChild(new TextNode(s));
    }

    /** A script's or style's text: only JSON-LD (metadata) is kept; iframes' and xmp's text is kept as text. */
    void rawText(Kind k, HtmlTokenizer page, int start, int end) {
        Element current = stack[depth - 1];
        if (kinds[depth - 1] != k) return; // a guard: the text is the element's just opened
        if (k == SCRIPT) {
            if ("application/ld+json".equalsIgnoreCase(current.attr("type"))) {
                current.appendChild(new DataNode(page.raw(start, end)));
            }
        } else if (!k.tag().is(Tag.Data)) { // not a style
            current.appendChild(new TextNode(page.raw(start, end)));
        }
    }

    /**
     * A start tag; returns how the tokenizer reads what follows ({@link Kind#contentMode}): in SVG and MathML a
     * {@code <title>} or {@code <style>} holds markup, and {@code <title/>} nothing.
     */
    int startTag(Kind k, Attributes attributes, boolean selfClosing) {
        boolean foreign = foreignDepth > 0 && !k.is(BREAKOUT);
        open(k, attributes, selfClosing);
        return foreign ? Kind.MARKUP : k.contentMode();
    }

    private void open(Kind k, Attributes attributes, boolean selfClosing) {
        afterBody = false;
        dropNewline = k == PRE || k == LISTING;
        if (k == HTML) {
            merge(html, attributes);
            beforeHtml = false;
            htmlTagSeen = true;
            return;
        }
        if (body == null && headNoscript >= 0) { // jsoup keeps whatever a noscript in the head holds in it
            if (depth >= MAX_DEPTH) pop();
            Element e = element(k, attributes);
            stack[depth - 1].appendChild(e);
            if (!k.is(VOID)) push(e, k);
            return;
        }
        beforeHtml = false;
        if (body == null) {
            headStarted = true;
            if (k == HEAD_KIND) {
                merge(head, attributes);
                return;
            }
            if (k == BODY) {
                startBody();
                merge(body, attributes);
                return;
            }
            if (k.is(HEAD)) {
                Element e = element(k, attributes);
                // into the open head; after </head>, back into it
                (kinds[depth - 1] == HTML ? head : stack[depth - 1]).appendChild(e);
                if (!k.is(VOID)) push(e, k);
                if (k == NOSCRIPT) headNoscript = depth - 1;
                return;
            }
            startBody();
        }
        inBody(k, attributes, selfClosing);
    }

    void endTag(Kind k) {
        dropNewline = false;
        beforeHtml = false;
        if (body == null && headNoscript >= 0) {
            for (int i = depth - 1; i >= headNoscript; i--) {
                if (kinds[i] == k) {
                    while (depth > i) pop();
                    return;
                }
            }
            return;
        }
        if (body == null) {
            if (k == HEAD_KIND) {
                while (depth > 1) pop();
                return;
            }
            if (k.is(HEAD) && depth > 1 && kinds[depth - 1] == k) {
                pop();
                return;
            }
            if (k != BR) return;
            startBody();
        }
        inBodyEnd(k);
    }

    // ---- the rules in the body

    private void inBody(Kind k, Attributes attributes, boolean selfClosing) {
        if (foreignDepth > 0) {
            if (!k.is(BREAKOUT)) {
                Element e = insert(k, attributes);
                if (!selfClosing && !k.is(VOID)) push(e, k);
                return;
            }
            while (foreignDepth > 0) pop();
        }
        if (k == BODY) {
            merge(body, attributes);
            return;
        }
        if (k == HEAD_KIND) return;
        if (k.name().equals("image")) k = IMG; // the standard's alias, outside SVG
        if (k == FORM && form == null && kinds[depth - 1].is(TABLE_CONTEXT)) {
            form = new Element(k.tag(), null, attributes); // a form in a table's frame stays empty there
            stack[depth - 1].appendChild(form);
            return;
        }
        if (k.is(HEAD) && k.contentMode() != Kind.MARKUP) { // title, style, script in the body stay where they are
            push(insert(k, attributes), k);
            return;
        }
        if (k.is(TABLE_PART)) {
            tablePart(k, attributes);
            return;
        }
        if (k == LI) {
            closeListItem(LI, null);
        } else if (k == DD || k == DT) {
            closeListItem(DD, DT);
        } else if (k == A) {
            int i = lastFormatting(A);
            if (i >= 0) {
                Element open = formatting.get(i);
                adopt(A);
                removeFormatting(open);
                removeFromStack(open);
            }
        } else if (k == FORM && form != null) {
            return; // no form inside a form
        } else if (k.name().equals("option") && kinds[depth - 1].name().equals("option")) {
            pop();
        } else if (k.name().equals("button") && inScope(k, 0)) {
            popUntil(k);
        }
        if (k.is(CLOSES_P) && (k != TABLE || !quirks) && inScope(P, BUTTON_SCOPE)) closeP();
        if (k.is(HEADING) && kinds[depth - 1].is(HEADING)) pop();
        if (!k.is(SPECIAL) || k == BR || k == IMG || k.is(VOID) && !k.is(HEAD)) reconstructFormatting();
        Element e = insert(k, attributes);
        if (k.is(VOID)) return;
        push(e, k);
        if (k.is(FORMATTING)) addFormatting(e, k);
        else if (k.is(MARKER)) addMarker();
        if (k == FORM) form = e;
        if (k.is(FOREIGN)) {
            if (selfClosing) pop();
            else foreignDepth = 1;
        }
    }

    private void inBodyEnd(Kind k) {
        if (foreignDepth > 0) {
            for (int i = depth - 1; i >= 0 && i >= depth - foreignDepth; i--) {
                if (kinds[i] == k) {
                    while (depth > i) pop();
                    return;
                }
            }
        }
        if (k == BODY || k == HTML) {
            // not when a table or an object is still open; after </html>, space goes in the body again
            if (afterBody || inScope(BODY, 0)) afterBody = true;
            afterHtml = afterBody && k == HTML;
            return;
        }
        afterBody = false;
        if (k == HEAD_KIND) return;
        if (k == P) {
            if (inScope(P, BUTTON_SCOPE)) closeP();
            else insert(P, null); // a stray </p> is an empty paragraph, as in a browser
            return;
        }
        if (k == BR) {
            reconstructFormatting();
            insert(BR, null);
            return;
        }
        if (k == FORM) {
            Element open = form;
            form = null;
            if (open != null) removeFromStack(open);
            return;
        }
        if (k.is(FORMATTING)) {
            adopt(k);
            return;
        }
        if (k.is(TABLE_PART) || k == TABLE) {
            if (inScope(k, TABLE_SCOPE)) popUntil(k);
            return;
        }
        if (k.is(HEADING)) {
            if (anyHeadingInScope()) {
                while (depth > 1 && !kinds[depth - 1].is(HEADING)) pop();
                pop();
            }
            return;
        }
        if (k == LI) {
            if (inScope(k, LIST_SCOPE)) popUntil(k);
            return;
        }
        if (k.is(SPECIAL)) {
            if (inScope(k, 0)) popUntil(k);
            return;
        }
        anyOtherEnd(k);
    }

    /** The standard's "any other end tag": closes the element if no block stands between it and the current one. */
    private void anyOtherEnd(Kind k) {
        for (int i = depth - 1; i > 0; i--) {
            if (kinds[i] == k) {
                while (depth > i) pop();
                return;
            }
            if (kinds[i].is(SPECIAL)) return;
        }
    }

    private void tablePart(Kind k, Attributes attributes) {
        if (!inScope(TABLE, TABLE_SCOPE)) return; // a cell or row outside any table is ignored, as in a browser
        switch (k.name()) {
            case "caption", "colgroup", "tbody", "thead", "tfoot" -> popUntilCurrent(TABLE);
            case "col" -> { // in a column group, the table's last or a new one
                Element group;
                if (kinds[depth - 1] == COLGROUP) {
                    group = stack[depth - 1];
                } else {
                    popUntilCurrent(TABLE);
                    Element last = stack[depth - 1].lastElementChild();
                    group = last != null && last.nameIs("colgroup") ? last : insert(COLGROUP, null);
                }
                group.appendChild(new Element(k.tag(), null, attributes));
                return;
            }
            case "tr" -> {
                popUntilRowGroup();
                if (kinds[depth - 1] == TABLE) push(insert(TBODY, null), TBODY);
            }
            default -> { // td, th
                int i = depth - 1;
                while (i > 0 && kinds[i] != TR && !kinds[i].is(TABLE_CONTEXT)) i--;
                while (depth > i + 1) pop();
                if (kinds[depth - 1] != TR) {
                    popUntilRowGroup();
                    if (kinds[depth - 1] == TABLE) push(insert(TBODY, null), TBODY);
                    push(insert(TR, null), TR);
                }
            }
        }
        push(insert(k, attributes), k);
        if (k.is(MARKER)) addMarker();
    }

    /** Pops to the nearest table section (or the table): where a row goes. */
    private void popUntilRowGroup() {
        while (depth > 1) {
            String n = kinds[depth - 1].name();
            if (n.equals("tbody") || n.equals("thead") || n.equals("tfoot") || n.equals("table")) return;
            pop();
        }
    }

    /** Pops until {@code k} is the current element (it is known to be open). */
    private void popUntilCurrent(Kind k) {
        while (depth > 1 && kinds[depth - 1] != k) pop();
    }

    private void closeListItem(Kind a, Kind b) {
        for (int i = depth - 1; i > 0; i--) {
            Kind k = kinds[i];
            if (k == a || k == b) {
                while (depth > i) pop();
                return;
            }
            if (k.is(SPECIAL) && !k.name().equals("address") && !k.name().equals("div") && k != P) return;
        }
    }

    private void closeP() {
        while (depth > 1 && kinds[depth - 1] != P && kinds[depth - 1].is(IMPLIED_END)) pop();
        popUntil(P);
    }

    // ---- the open elements

    private void startBody() {
        beforeHtml = false;
        while (depth > 1) pop();
        body = new Element(BODY.tag(), null);
        html.appendChild(body);
        push(body, BODY);
    }

    /** A new element in the current one (or before the table, when the current one is a table's frame). */
    private Element insert(Kind k, Attributes attributes) {
        if (depth >= MAX_DEPTH) pop(); // the new element goes beside the current one, not inside it
        Element e = element(k, attributes);
        if (kinds[depth - 1].is(TABLE_CONTEXT) && !k.is(TABLE_PART) && k != SCRIPT && !k.name().equals("style")
                && !(k.name().equals("input") && attributes != null && "hidden".equalsIgnoreCase(attributes.get("type")))) {
            fosterParent(e);
        } else {
            stack[depth - 1].appendChild(e);
        }
        return e;
    }

    /** A new element; the page's first {@code <base href>} sets the address its links are resolved against. */
    private Element element(Kind k, Attributes attributes) {
        Element e = new Element(k.tag(), null, attributes);
        if (k == BASE && !baseSet) {
            String href = e.absUrl("href");
            if (!href.isEmpty()) {
                doc.setBaseUri(href);
                baseSet = true;
            }
        }
        return e;
    }

    private void fosterParent(Node node) {
        for (int i = depth - 1; i > 0; i--) {
            if (kinds[i] == TABLE) {
                Element table = stack[i];
                if (table.parent() != null) table.before(node);
                else stack[i - 1].appendChild(node);
                return;
            }
        }
        stack[depth - 1].appendChild(node);
    }

    private void push(Element e, Kind k) {
        ensureRoom(1);
        stack[depth] = e;
        kinds[depth] = k;
        depth++;
        if (foreignDepth > 0) foreignDepth++;
    }

    private void ensureRoom(int more) {
        if (depth + more > stack.length) {
            stack = Arrays.copyOf(stack, (depth + more) * 2);
            kinds = Arrays.copyOf(kinds, (depth + more) * 2);
        }
    }

    private void pop() {
        depth--;
        if (depth == headNoscript) headNoscript = -1;
        Kind k = kinds[depth];
        stack[depth] = null;
        if (foreignDepth > 0) foreignDepth--;
        if (k.is(MARKER)) clearFormattingToMarker();
    }

    private void popUntil(Kind k) {
        while (depth > 1) {
            boolean found = kinds[depth - 1] == k;
            pop();
            if (found) return;
        }
    }

    /** Takes {@code e} off the stack wherever it is, the elements above it staying open. */
    private void removeFromStack(Element e) {
        int i = indexOnStack(e);
        if (i > 0) removeStackAt(i);
    }

    private void removeStackAt(int i) {
        System.arraycopy(stack, i + 1, stack, i, depth - i - 1);
        System.arraycopy(kinds, i + 1, kinds, i, depth - i - 1);
        depth--;
        stack[depth] = null;
    }

    private void insertStackAt(int i, Element e, Kind k) {
        ensureRoom(1);
        System.arraycopy(stack, i, stack, i + 1, depth - i);
        System.arraycopy(kinds, i, kinds, i + 1, depth - i);
        stack[i] = e;
        kinds[i] = k;
        depth++;
    }

    private int indexOnStack(Element e) {
        for (int i = depth - 1; i >= 0; i--) if (stack[i] == e) return i;
        return -1;
    }

    /** Whether an element of kind {@code k} is open with no scope boundary above it ({@code extra}: more of them). */
    private boolean inScope(Kind k, int extra) {
        int boundary = extra == TABLE_SCOPE ? TABLE_SCOPE : SCOPE | extra;
        for (int i = depth - 1; i >= 0; i--) {
            if (kinds[i] == k) return true;
            if (kinds[i].is(boundary)) return false;
        }
        return false;
    }

    private boolean anyHeadingInScope() {
        for (int i = depth - 1; i >= 0; i--) {
            if (kinds[i].is(HEADING)) return true;
            if (kinds[i].is(SCOPE)) return false;
        }
        return false;
    }

    // ---- formatting carried across blocks

    private int lastFormatting(Kind k) {
        for (int i = formatting.size() - 1; i >= 0 && formatting.get(i) != null; i--) {
            if (formattingKinds.get(i) == k) return i;
        }
        return -1;
    }

    private void addFormatting(Element e, Kind k) {
        // the standard's "Noah's Ark" rule: a fourth identical element replaces the first of three
        int same = 0;
        int first = -1;
        for (int i = formatting.size() - 1; i >= 0 && formatting.get(i) != null; i--) {
            if (formattingKinds.get(i) == k && formatting.get(i).attributes().equals(e.attributes())) {
                same++;
                first = i;
            }
        }
        if (same >= 3) removeFormattingAt(first);
        if (formatting.size() >= MAX_FORMATTING) removeFormattingAt(0);
        formatting.add(e);
        formattingKinds.add(k);
    }

    private void addMarker() {
        formatting.add(null);
        formattingKinds.add(null);
    }

    private void clearFormattingToMarker() {
        while (!formatting.isEmpty()) {
            int last = formatting.size() - 1;
            Element e = formatting.remove(last);
            formattingKinds.remove(last);
            if (e == null) return;
        }
    }

    private void removeFormatting(Element e) {
        int i = formatting.indexOf(e);
        if (i >= 0) removeFormattingAt(i);
    }

    private void removeFormattingAt(int i) {
        formatting.remove(i);
        formattingKinds.remove(i);
    }

    /** Reopens the formatting elements a block closed, so that {@code <a><p>x</p>y} links y as a browser does. */
    private void reconstructFormatting() {
        int n = formatting.size();
        if (n == 0) return;
        Element last = formatting.get(n - 1);
        if (last == null || indexOnStack(last) >= 0) return;
        int i = n - 1;
        while (i > 0) {
            Element e = formatting.get(i - 1);
            if (e == null || indexOnStack(e) >= 0) break;
            i--;
        }
        for (; i < n; i++) {
            Element old = formatting.get(i);
            Kind k = formattingKinds.get(i);
            Element copy = insert(k, attributesOf(old));
            push(copy, k);
            formatting.set(i, copy);
        }
    }

    /**
     * An end tag of a formatting element: the standard's adoption agency. With no block opened inside the element,
     * it simply closes. With one (the furthest block), the block moves out beside the element, copies of the
     * formatting elements between them wrap it, and a copy of the element wraps the block's content, so its text
     * stays formatted (or linked); then the same again for that copy (eight rounds at most).
     */
    private void adopt(Kind k) {
        for (int round = 0; round < 8; round++) {
            int fi = lastFormatting(k);
            if (fi < 0) {
                if (round == 0) anyOtherEnd(k);
                return;
            }
            Element element = formatting.get(fi);
            int si = indexOnStack(element);
            if (si < 0) {
                removeFormattingAt(fi);
                return;
            }
            for (int i = depth - 1; i > si; i--) if (kinds[i].is(SCOPE)) return; // not in scope: ignored
            int fb = -1;
            for (int i = si + 1; i < depth && fb < 0; i++) if (kinds[i].is(SPECIAL)) fb = i;
            if (fb < 0) {
                while (depth > si) pop();
                removeFormattingAt(fi);
                return;
            }
            adoptInto(element, k, fi, si, fb);
        }
    }

    /** One round of the adoption agency, the furthest block at {@code fb} on the stack. */
    private void adoptInto(Element element, Kind k, int fi, int si, int fb) {
        Element common = stack[si - 1];
        Kind commonKind = kinds[si - 1];
        Element furthest = stack[fb];
        int bookmark = fi;
        Element last = furthest;
        int at = fb;
        for (int inner = 1; ; inner++) {
            Element node = stack[--at];
            if (node == element) break;
            int ni = formatting.indexOf(node);
            if (inner > 3 && ni >= 0) {
                removeFormattingAt(ni);
                if (ni < bookmark) bookmark--;
                ni = -1;
            }
            if (ni < 0) { // not formatting: it leaves the stack
                removeStackAt(at);
                continue;
            }
            Element copy = copyOf(node);
            formatting.set(ni, copy);
            stack[at] = copy;
            if (last == furthest) bookmark = ni + 1;
            copy.appendChild(last);
            last = copy;
        }
        if (commonKind.is(TABLE_CONTEXT)) fosterParent(last);
        else common.appendChild(last);
        Element copy = copyOf(element);
        for (Node child : new ArrayList<>(furthest.childNodes())) copy.appendChild(child);
        furthest.appendChild(copy);
        int old = formatting.indexOf(element);
        removeFormattingAt(old);
        if (old < bookmark) bookmark--;
        formatting.add(bookmark, copy);
        formattingKinds.add(bookmark, k);
        removeStackAt(indexOnStack(element));
        insertStackAt(indexOnStack(furthest) + 1, copy, k);
    }

    private static Element copyOf(Element e) {
        return new Element(e.tag(), null, attributesOf(e));
    }

    /** A copy of {@code e}'s attributes for an element that reopens it; null when it has none. */
    private static Attributes attributesOf(Element e) {
        return e.attributesSize() > 0 ? e.attributes().clone() : null;
    }

    // ---- helpers

    private static void merge(Element e, Attributes attributes) {
        if (attributes == null) return;
        for (Attribute a : attributes) {
            if (!e.hasAttr(a.getKey())) e.attr(a.getKey(), a.getValue());
        }
    }

    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') return false;
        }
        return true;
    }

    private static Map<String, Kind> kinds() {
        Map<String, Integer> flags = new HashMap<>();
        add(flags, VOID, "area base basefont bgsound br col embed frame hr img input keygen link meta param source"
                + " track wbr");
        add(flags, SPECIAL, "address applet area article aside base basefont bgsound blockquote body br button caption"
                + " center col colgroup dd details dialog dir div dl dt embed fieldset figcaption figure footer form"
                + " frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing"
                + " main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search"
                + " section select source style summary table tbody td template textarea tfoot th thead title tr track"
                + " ul wbr xmp");
        add(flags, CLOSES_P, "address article aside blockquote center details dialog dir div dl fieldset figcaption"
                + " figure footer header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre"
                + " listing form li dd dt plaintext table hr xmp");
        add(flags, FORMATTING, "a b big code em font i nobr s small strike strong tt u");
        add(flags, HEADING, "h1 h2 h3 h4 h5 h6");
        add(flags, SCOPE, "applet caption html table td th marquee object template");
        add(flags, TABLE_SCOPE, "html table template");
        add(flags, LIST_SCOPE, "ol ul");
        add(flags, BUTTON_SCOPE, "button");
        add(flags, IMPLIED_END, "dd dt li optgroup option p rb rp rt rtc");
        add(flags, MARKER, "applet object marquee template td th caption");
        add(flags, TABLE_CONTEXT, "table tbody thead tfoot tr");
        add(flags, TABLE_PART, "caption colgroup col tbody thead tfoot tr td th");
        add(flags, HEAD, "base basefont bgsound link meta title noscript noframes script style template");
        add(flags, FOREIGN, "svg math");
        add(flags, BREAKOUT, "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i"
                + " img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var");
        add(flags, 0, "span abbr cite q dfn time data mark sub sup var samp kbd label output progress meter option"
                + " optgroup datalist legend picture video audio canvas iframe object embed map ins del bdi bdo ruby"
                + " rt rp slot search textarea");
        Map<String, Integer> modes = Map.of("title", Kind.ESCAPABLE, "textarea", Kind.ESCAPABLE, "script", Kind.RAW,
                "style", Kind.RAW, "xmp", Kind.RAW, "iframe", Kind.RAW, "noembed", Kind.RAW, "noframes", Kind.RAW,
                "plaintext", Kind.PLAIN_TEXT);
        TagSet tags = TagSet.Html();
        Map<String, Kind> kinds = new HashMap<>();
        for (Map.Entry<String, Integer> e : flags.entrySet()) {
            String name = e.getKey().intern(); // the instance AsciiNames returns, and the reader's literals
            kinds.put(name, new Kind(name, tags.valueOf(name, Parser.NamespaceHtml), e.getValue(),
                    modes.getOrDefault(name, Kind.MARKUP)));
        }
        return Map.copyOf(kinds);
    }

    private static void add(Map<String, Integer> flags, int flag, String names) {
        for (String name : names.split(" ")) flags.merge(name, flag, (a, b) -> a | b);
    }
}
