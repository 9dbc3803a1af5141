package dev.newsdesk.parse.input;

import dev.newsdesk.article.Format;
import dev.newsdesk.parse.RejectedFileException;
import dev.newsdesk.parse.RejectedFileException.Reason;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides what an upload is. The content decides first (editors rename files, tools save HTML as .txt); the
 * file name only settles what the content leaves open.
 */
public final class FormatSniffer {

    private static final int SNIFF_BYTES = 8_192;
    private static final Pattern HTML_START = Pattern.compile(
            "^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAGS = Pattern.compile(
            "</(?:p|div|article|section|span|h[1-6]|li|ul|a|table|body)>", Pattern.CASE_INSENSITIVE);
    /**
     * A script, style sheet or link first (after any comments): head matter that only pages hold, however long it
     * runs before the first tag of the page's text.
     */
    private static final Pattern HEAD_MATTER_START = Pattern.compile(
            "^(?:<!--.*?-->\\s*)*<(?:script|style|link|noscript)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Opening tags alone: a page nested deeper than the sniffed head holds no closing tag there. */
    private static final Pattern HTML_OPENING_TAGS = Pattern.compile(
            "^<(?:p|div|article|section|span|h[1-6]|li|ul|table|body|main)(?:\\s[^<>]{0,500})?>",
            Pattern.CASE_INSENSITIVE);
    /** An HTML element's start tag, by the names pages put first: head matter, scripts, layout. */
    private static final Pattern ELEMENT_TAG = Pattern.compile(
            "<(html|head|body|meta|link|title|script|style|noscript|div|span|p|a|img|table|ul|ol|li|h[1-6]|header"
                    + "|nav|main|article|section|footer|form|iframe|br)[\\s/>]", Pattern.CASE_INSENSITIVE);
    /** Distinct element names that make a file starting with a tag or a comment a page, wherever they stand. */
    private static final int PAGE_ELEMENTS = 3;
    /** NUL bytes a text may hold by accident (a stray one is dropped with the control characters); more is binary. */
    private static final int STRAY_NULS = 2;
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^(?:#{1,6} \\S|[*-] \\S|> \\S|```|\\d+\\. \\S)|\\[[^\\]\\n]+]\\([^)\\s]+\\)|\\*\\*[^*\\n]+\\*\\*");

    private FormatSniffer() {
    }

    /** Refuses bytes that are no text at all: documents, images, archives, executables. */
    public static void refuseBinary(byte[] bytes) throws RejectedFileException {
        String kind = magicKind(bytes);
        if (kind != null) {
            throw new RejectedFileException(Reason.UNSUPPORTED_FORMAT, "the file is " + kind + ", not an article text");
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        int nuls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0 && ++nuls > STRAY_NULS) {
                if (Utf16.of(bytes) != null) return; // NULs and low bytes are normal there; asked only then
                throw new RejectedFileException(Reason.BINARY, "the file contains NUL bytes: binary data, not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        if (control > n / 20 + 1 && Utf16.of(bytes) == null) {
            throw new RejectedFileException(Reason.BINARY, "the file is mostly control bytes: binary data, not text");
        }
    }

    /** The format of the decoded {@code text}, with {@code fileName} (may be null) as a tie-breaker. */
    public static Format sniff(String text, String fileName) {
        String head = stripLeading(text.length() > SNIFF_BYTES ? text.substring(0, SNIFF_BYTES) : text);
        char first = head.isEmpty() ? ' ' : head.charAt(0);
        if ((first == '{' || first == '[') && looksLikeJsonObject(head)) return Format.JSON;
        if (HTML_START.matcher(head).find() || HEAD_MATTER_START.matcher(head).find()) return Format.HTML;
        if (head.startsWith("---\n") || head.startsWith("---\r\n")) return Format.MARKDOWN;
        Format byName = byFileName(fileName);
        if (first == '<' && (HTML_TAGS.matcher(head).find() || HTML_OPENING_TAGS.matcher(head).find())) {
            return Format.HTML;
        }
        // A page saved without doctype or <html>: a comment or a script first, its tags further down.
        if (first == '<' && byName != Format.MARKDOWN && distinctElements(head) >= PAGE_ELEMENTS) return Format.HTML;
        if (byName == Format.HTML && !HTML_TAGS.matcher(head).find() && head.indexOf("<br") < 0) return Format.TEXT;
        if (byName != null && byName != Format.TEXT) return byName;
        if (byName == null && countMatches(MARKDOWN_SIGNS, head) >= 3) return Format.MARKDOWN;
        return Format.TEXT;
    }

    /**
     * True when {@code text} holds two signs of Markdown (headings, list items, quotes, fences, links, bold): one "* "
     * line may be a plain text's footnote.
     */
    public static boolean hasMarkdownSigns(String text) {
        return countMatches(MARKDOWN_SIGNS, text) >= 2;
    }

    /** The format a file name's extension names, or null for a name without one the parser knows. */
    public static Format byFileName(String fileName) {
        if (fileName == null) return null;
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return Format.HTML;
        if (name.endsWith(".md") || name.endsWith(".markdown")) return Format.MARKDOWN;
        if (name.endsWith(".json")) return Format.JSON;
        if (name.endsWith(".txt") || name.endsWith(".text")) return Format.TEXT;
        return null;
    }

    private static boolean looksLikeJsonObject(String head) {
        // A text that merely starts with "[" (a bracketed kicker) is not JSON: require a quoted key or value.
        String s = head.substring(1).stripLeading();
        if (s.isEmpty()) return false;
        char next = s.charAt(0);
        // An empty object or array is JSON only as the whole file: text browsers' dumps draw a form's field, a check
        // box or a picture without words as "[ ]" or "[]", which may open the page.
        if (next == '}' || next == ']') return s.substring(1).isBlank();
        return next == '"' || next == '{';
    }

    private static String magicKind(byte[] b) {
        if (has(b, "%PDF")) return "a PDF document";
        if (has(b, 0x89, 'P', 'N', 'G')) return "a PNG image";
        if (has(b, 0xFF, 0xD8, 0xFF)) return "a JPEG image";
        if (has(b, "GIF87a") || has(b, "GIF89a")) return "a GIF image";
        if (has(b, "RIFF") && b.length > 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "a WebP image";
        }
        if (has(b, 'P', 'K', 3, 4) || has(b, 'P', 'K', 5, 6)) return "a ZIP archive (or an office document)";
        if (has(b, 0x1F, 0x8B)) return "a gzip archive";
        if (has(b, "7z", 0xBC, 0xAF)) return "a 7-Zip archive";
        if (has(b, "Rar!")) return "a RAR archive";
        if (has(b, 'B', 'Z', 'h')) return "a bzip2 archive";
        if (has(b, 0xFD, '7', 'z', 'X', 'Z')) return "an xz archive";
        if (has(b, 0x7F, 'E', 'L', 'F')) return "an executable";
        if (has(b, 'M', 'Z') && b.length > 64 && containsNul(b)) return "an executable";
        if (has(b, 0xD0, 0xCF, 0x11, 0xE0)) return "an old office document";
        if (has(b, "{\\rtf")) return "an RTF document";
        return null;
    }

    private static boolean containsNul(byte[] b) {
        for (int i = 0, n = Math.min(b.length, 512); i < n; i++) {
            if (b[i] == 0) return true;
        }
        return false;
    }

    private static boolean has(byte[] b, Object... prefix) {
        int i = 0;
        for (Object p : prefix) {
            if (p instanceof String s) {
                for (char c : s.toCharArray()) {
                    if (i >= b.length || (b[i++] & 0xFF) != c) return false;
                }
            } else if (p instanceof Character c) {
                if (i >= b.length || (b[i++] & 0xFF) != c) return false;
            } else {
                if (i >= b.length || (b[i++] & 0xFF) != (Integer) p) return false;
            }
        }
        return true;
    }

    private static int distinctElements(String head) {
        java.util.Set<String> names = new java.util.HashSet<>();
        var m = ELEMENT_TAG.matcher(head);
        while (m.find() && names.size() < PAGE_ELEMENTS) names.add(m.group(1).toLowerCase(Locale.ROOT));
        return names.size();
    }

    private static int countMatches(Pattern p, String s) {
        var m = p.matcher(s);
        int n = 0;
        while (m.find() && n < 10) n++;
        return n;
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\ufeff')) i++;
        return s.substring(i);
    }
}
