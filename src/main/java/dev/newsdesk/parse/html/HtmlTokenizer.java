package dev.newsdesk.parse.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attributes;

/**
 * Cuts a page into the tokens of HTML (text, start and end tags with their attributes, the contents of scripts,
 * styles, titles and text areas) and hands them to a {@link HtmlTreeBuilder}. It follows the HTML standard's
 * tokenizer where pages depend on it (unquoted and duplicate attributes, entities, {@code </script} ending a
 * script, comments and doctypes skipped, a {@code <} that opens no tag kept as text) and is simpler elsewhere.
 *
 * <p>It reads the page's bytes, not decoded text: in the charsets pages use (UTF-8, the single-byte ones, the
 * East Asian multi-byte ones) every byte of markup is ASCII and no byte of a multi-byte character is one of
 * {@code < > " ' & = /} or a space, so tags are found in the bytes and only the text and attribute values kept are
 * decoded. Scripts and styles, often most of a page, are never decoded at all.
 */
final class HtmlTokenizer {

    /**
     * The attributes the reader reads (the block walk, the metadata, the teaser links): the only ones kept. The
     * others (srcset, data-*, event handlers, often most of a tag's bytes) are skipped without being decoded, a
     * median page 6% faster. An attribute the reader starts reading must be added here.
     */
    static final Set<String> ATTRIBUTES_READ = Set.of("class", "id", "role", "style", "hidden", "aria-hidden", "type",
            "href", "itemprop", "datetime", "content", "property", "name", "http-equiv", "lang");
    private static final AsciiNames ATTRIBUTE_NAMES = AsciiNames.of(ATTRIBUTES_READ);
    /** The elements the tree builder knows, and the SVG elements of a page's icons (to it, elements like any). */
    private static final AsciiNames TAG_NAMES = AsciiNames.of(tagNames());

    /** Longer runs of space are rare enough to be made each time. */
    private static final int MAX_SHARED_BLANK = 48;

    private final byte[] src;
    /**
     * The same bytes as ISO-8859-1 text (a copy of the array): {@link String#indexOf(int, int)} searches it with the
     * processor's vector instructions, several times faster than a loop over the bytes; it is never read as text.
     */
    private final String view;
    private final int len;
    private final Charset charset;
    private final HtmlTreeBuilder out;
    /** Where the text not yet handed on starts. */
    private int textStart;
    /** Text before a {@code </>} (which is nothing), not yet handed on; or null. */
    private String skipped;
    /** The page's space runs made so far, by hash: a slot keeps the last one. */
    private final String[] blanks = new String[64];

    private HtmlTokenizer(byte[] src, int offset, Charset charset, HtmlTreeBuilder out) {
        this.src = src;
        this.view = new String(src, StandardCharsets.ISO_8859_1);
        this.len = src.length;
        this.charset = charset;
        this.out = out;
        this.textStart = offset;
    }

    /** Hands every token of the page in {@code bytes} (from {@code offset}, in {@code charset}) to {@code out}. */
    static void tokenize(byte[] bytes, int offset, Charset charset, HtmlTreeBuilder out) {
        if (!keepsAsciiMarkup(charset)) {
            bytes = new String(bytes, offset, bytes.length - offset, charset).getBytes(StandardCharsets.UTF_8);
            offset = 0;
            charset = StandardCharsets.UTF_8;
        }
        new HtmlTokenizer(bytes, offset, charset, out).run(offset);
    }

    /** Whether markup in {@code charset} is plain ASCII bytes (not UTF-16 or -32, not a shifting charset). */
    private static boolean keepsAsciiMarkup(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.ISO_8859_1)) return true;
        String name = charset.name().toUpperCase(Locale.ROOT);
        if (name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.startsWith("UTF_32")
                || name.startsWith("ISO-2022") || name.startsWith("UTF-7") || !charset.canEncode()) {
            return false;
        }
        String ascii = "<>&\"'=/ \n\t!?-abcxyzABCXYZ09";
        return new String(ascii.getBytes(charset), StandardCharsets.ISO_8859_1).equals(ascii);
    }

    private void run(int from) {
        while (from < len) {
            int lt = indexOf('<', from);
            if (lt < 0 || lt + 1 >= len) break;
            int next = markup(lt);
            from = next > lt ? next : lt + 1; // not markup: the '<' is text
        }
        flushText(len);
    }

    /** Reads the markup that starts at {@code lt}; returns where the text after it starts, or -1 if it is text. */
    private int markup(int lt) {
        byte c = src[lt + 1];
        if (isLetter(c)) return startTag(lt);
        if (c == '/') return endTag(lt);
        if (c == '!') return declaration(lt);
        if (c == '?') return skipPastGreaterThan(lt, lt + 2); // a processing instruction
        return -1;
    }

    private int startTag(int lt) {
        int p = lt + 1;
        while (p < len && !endsName(src[p])) p++;
        if (p >= len) return dropRest(lt);
        HtmlTreeBuilder.Kind kind = out.kind(name(lt + 1, p));
        Attributes attributes = null;
        boolean selfClosing = false;
        while (true) {
            while (p < len && (isSpace(src[p]) || src[p] == '/')) {
                selfClosing = src[p] == '/';
                p++;
            }
            if (p >= len) return dropRest(lt);
            if (src[p] == '>') break;
            selfClosing = false;
            int nameStart = p++; // an attribute name may start with '=' (the standard's rule)
            while (p < len && !endsName(src[p]) && src[p] != '=') p++;
            int nameEnd = p;
            // most attributes not read are ruled out by length and first letter before the look-up
            String key = mayBeRead(nameStart, nameEnd) ? ATTRIBUTE_NAMES.find(src, nameStart, nameEnd) : null;
            boolean kept = key != null;
            String value = null; // an attribute without a value, as jsoup keeps it
            int q = skipSpace(p);
            if (q < len && src[q] == '=') {
                q = skipSpace(q + 1);
                if (q >= len) return dropRest(lt);
                byte quote = src[q];
                int valueStart;
                int valueEnd;
                if (quote == '"' || quote == '\'') {
                    valueStart = q + 1;
                    valueEnd = indexOf(quote, valueStart);
                    if (valueEnd < 0) return dropRest(lt);
                    p = valueEnd + 1;
                } else {
                    valueStart = q;
                    valueEnd = q;
                    while (valueEnd < len && !isSpace(src[valueEnd]) && src[valueEnd] != '>') valueEnd++;
                    p = valueEnd;
                }
                if (kept) value = decode(valueStart, valueEnd, true);
            }
            if (!kept) continue;
            if (attributes == null) attributes = new Attributes();
            if (!attributes.hasKey(key)) attributes.put(key, value); // the first of duplicates counts
        }
        flushText(lt);
        int after = p + 1;
        textStart = after;
        int mode = out.startTag(kind, attributes, selfClosing);
        return mode == HtmlTreeBuilder.Kind.MARKUP ? after : rawContent(kind, mode, after);
    }

    /** The contents of a script, style, title or text area: text up to the element's own end tag. */
    private int rawContent(HtmlTreeBuilder.Kind kind, int mode, int from) {
        String name = kind.name();
        int end = len;
        int resume = len;
        if (mode != HtmlTreeBuilder.Kind.PLAIN_TEXT) {
            for (int i = indexOf('<', from); i >= 0 && i + 1 < len; i = indexOf('<', i + 1)) {
                int after = i + 2 + name.length();
                if (src[i + 1] == '/' && matchesName(i + 2, name) && (after >= len || endsName(src[after]))) {
                    end = i;
                    int gt = indexOf('>', after);
                    resume = gt < 0 ? len : gt + 1;
                    break;
                }
            }
        }
        if (end > from) {
            if (mode == HtmlTreeBuilder.Kind.ESCAPABLE) out.text(decode(from, end, false));
            else out.rawText(kind, this, from, end);
        }
        out.endTag(kind);
        textStart = resume;
        return resume;
    }

    /** The page's text from {@code start} to {@code end}, as written (a script's JSON-LD). */
    String raw(int start, int end) {
        return new String(src, start, end - start, charset);
    }

    private int endTag(int lt) {
        int p = lt + 2;
        if (p >= len) return -1;
        byte c = src[p];
        if (c == '>') { // "</>": nothing, and the text goes on across it
            if (lt > textStart) skipped = (skipped == null ? "" : skipped) + decode(textStart, lt, false);
            textStart = p + 1;
            return p + 1;
        }
        if (!isLetter(c)) return skipPastGreaterThan(lt, p); // a bogus comment
        while (p < len && !endsName(src[p])) p++;
        int gt = indexOf('>', p);
        if (gt < 0) return dropRest(lt);
        flushText(lt);
        textStart = gt + 1;
        out.endTag(out.kind(name(lt + 2, p)));
        return gt + 1;
    }

    /** Comments, doctypes and bogus comments (CDATA sections among them, outside SVG): nothing in the document. */
    private int declaration(int lt) {
        if (startsWith("--", lt + 2)) {
            int from = lt + 4;
            if (from < len && src[from] == '>') return skipTo(lt, from + 1); // "<!-->"
            if (startsWith("->", from)) return skipTo(lt, from + 2); // "<!--->"
            for (int i = indexOf('>', from); i >= 0; i = indexOf('>', i + 1)) {
                if (src[i - 1] == '-' && src[i - 2] == '-' && i - 2 >= from) return skipTo(lt, i + 1);
            }
            return skipTo(lt, len);
        }
        if (matchesName(lt + 2, "doctype")) {
            flushText(lt);
            out.doctype();
            return skipPastGreaterThan(lt, lt + 9);
        }
        return skipPastGreaterThan(lt, lt + 2);
    }

    /** Markup from {@code lt} to the next {@code >} from {@code from} (a doctype, a bogus comment): nothing. */
    private int skipPastGreaterThan(int lt, int from) {
        int i = indexOf('>', from);
        return skipTo(lt, i < 0 ? len : i + 1);
    }

    /** Markup from {@code lt} to {@code resume} that leaves nothing in the document. */
    private int skipTo(int lt, int resume) {
        flushText(lt);
        textStart = resume;
        return resume;
    }

    /** A tag the page never closes (cut off mid-attribute): the standard drops it, and with it the rest. */
    private int dropRest(int lt) {
        return skipTo(lt, len);
    }

    private void flushText(int end) {
        if (skipped != null) {
            out.text(end > textStart ? skipped + decode(textStart, end, false) : skipped);
            skipped = null;
        } else if (end > textStart) {
            String blank = blank(textStart, end);
            out.text(blank != null ? blank : decode(textStart, end, false));
        }
        textStart = end;
    }

    /**
     * The space between two tags ("\n", "\n    "), or null when the text is not only space. Most of a page's texts
     * are such runs, and they repeat: each is made once per page and shared.
     */
    private String blank(int start, int end) {
        int n = end - start;
        if (n > MAX_SHARED_BLANK) return null;
        int h = n;
        for (int i = start; i < end; i++) {
            byte c = src[i];
            if (!isSpace(c)) return null;
            h = 31 * h + c;
        }
        int slot = (h ^ (h >>> 8)) & (blanks.length - 1);
        String shared = blanks[slot];
        if (shared != null && shared.length() == n) {
            boolean same = true;
            for (int i = 0; i < n && same; i++) same = shared.charAt(i) == src[start + i];
            if (same) return shared;
        }
        shared = new String(src, start, n, StandardCharsets.ISO_8859_1);
        blanks[slot] = shared;
        return shared;
    }

    /** Whether an attribute name of these length and first letter could be one of {@link #ATTRIBUTES_READ}. */
    private boolean mayBeRead(int start, int end) {
        int n = end - start;
        int first = src[start] | 0x20; // lower case for letters
        return n < READ_NAME_SHAPES.length && first >= 0 && first < 128 && READ_NAME_SHAPES[n][first];
    }

    /** [length][first letter] of each attribute read. */
    private static final boolean[][] READ_NAME_SHAPES = new boolean[16][128];

    static {
        for (String name : ATTRIBUTES_READ) READ_NAME_SHAPES[name.length()][name.charAt(0)] = true;
    }

    private String decode(int start, int end, boolean inAttribute) {
        String s = new String(src, start, end - start, charset);
        // NUL is dropped from text and replaced in attributes, as browsers (and jsoup) do
        if (s.indexOf(0) >= 0) s = inAttribute ? s.replace('\0', '\ufffd') : s.replace("\0", "");
        return CharacterReferences.decode(s, inAttribute);
    }

    /** A tag name in lower case: the common ones without making a string. */
    private String name(int start, int end) {
        String known = TAG_NAMES.find(src, start, end);
        if (known != null) return known;
        return new String(src, start, end - start, charset).toLowerCase(Locale.ROOT);
    }

    /** Whether the bytes at {@code at} spell {@code name} (lower case), in any case. */
    private boolean matchesName(int at, String name) {
        if (at + name.length() > len) return false;
        for (int i = 0; i < name.length(); i++) {
            int c = src[at + i];
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != name.charAt(i)) return false;
        }
        return true;
    }

    private boolean startsWith(String s, int at) {
        if (at + s.length() > len) return false;
        for (int i = 0; i < s.length(); i++) if (src[at + i] != s.charAt(i)) return false;
        return true;
    }

    private int indexOf(int c, int from) {
        return view.indexOf(c, from);
    }

    private int skipSpace(int p) {
        while (p < len && isSpace(src[p])) p++;
        return p;
    }

    private static boolean endsName(byte c) {
        return (BYTE_CLASSES[c & 0xFF] & ENDS_NAME) != 0;
    }

    private static boolean isSpace(byte c) {
        return (BYTE_CLASSES[c & 0xFF] & SPACE) != 0;
    }

    private static final byte SPACE = 1;
    private static final byte ENDS_NAME = 2;
    /** What each byte is to the tokenizer, one load instead of five comparisons in its tightest loops. */
    private static final byte[] BYTE_CLASSES = new byte[256];

    static {
        for (char c : " \n\t\r\f".toCharArray()) BYTE_CLASSES[c] = SPACE | ENDS_NAME;
        BYTE_CLASSES['>'] = ENDS_NAME;
        BYTE_CLASSES['/'] = ENDS_NAME;
    }

    private static Set<String> tagNames() {
        Set<String> names = new java.util.HashSet<>(HtmlTreeBuilder.knownNames());
        names.addAll(Set.of("path", "g", "use", "symbol", "defs", "circle", "rect", "line", "polygon", "polyline",
                "ellipse", "desc", "stop", "mask", "image"));
        return names;
    }

    private static boolean isLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
