package dev.newsdesk.parse.markdown;

import dev.newsdesk.article.ArticleHtml;
import dev.newsdesk.article.Block;
import dev.newsdesk.article.WebLinks;
import dev.newsdesk.parse.html.HtmlSnippet;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The inline syntax of a Markdown text: code spans, links ({@code [text](url)}, {@code <url>}, {@code [text][ref]}
 * to a {@link LinkDefinitions definition}, and a bare {@code https://…} or {@code www.…} address as GFM links it),
 * emphasis ({@code *em*}, {@code **strong**}, and with underscores, paired as {@link Delimiters} says) and images
 * ({@code ![alt](url)}), read into the plain text, its safe inline HTML, and the images it shows (which become
 * blocks of their own). Raw HTML in a
 * Markdown file is markup, so it is not text: its tags are dropped (a script's or style's content with them), never
 * passed on; a tag that breaks the line ({@code <br>}, {@code <p>}) leaves a space, so the words on either side stay
 * apart.
 *
 * @param text   the plain text, whitespace squashed
 * @param markup the same text as inline HTML
 * @param images image blocks, in the order they appear
 */
record InlineMarkdown(String text, String markup, List<Block> images) {

    /** A line break in a paragraph's text (Unicode's line separator): a space in the text, {@code <br>} in the markup. */
    static final char LINE_BREAK = '\u2028';

    static InlineMarkdown of(String source, String base, LinkDefinitions definitions) {
        Reader r = new Reader(source, base, definitions);
        r.read(0, source.length());
        return new InlineMarkdown(Words.squash(r.text.toString()), Words.squash(r.markup.toString()),
                List.copyOf(r.images));
    }

    /**
     * Raw HTML: a comment, or a {@code <} (or {@code </}) before a tag's name, or before {@code !} or {@code ?}, up to
     * the next {@code >} (or the end of the text, as a browser reads an unclosed tag; {@link Reader#opensTag} says
     * which are text). A name opens with a letter and ends at a space, a {@code /} or the {@code >}, as a browser reads
     * it: a comparison in prose ("if a < b and c > d", "a <= 3", "<5 km") is no tag.
     */
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
            "<!--.*?-->|</?([a-zA-Z][^\\s/>]*)[^>]*(?:>|$)|<[!?][^>]*(?:>|$)",
            java.util.regex.Pattern.DOTALL);
    /**
     * A character reference ({@code &amp;}, {@code &copy;}, {@code &#169;}, {@code &#xA9;}): CommonMark reads it as
     * the character, so a writer who typed "AT&amp;T" (as HTML habit or an editor's export has it) means "AT&T".
     */
    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile(
            "&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    /** A backslash before punctuation in an address: the punctuation is meant ("a\)b" is "a)b"). */
    private static final java.util.regex.Pattern ESCAPED = java.util.regex.Pattern.compile("\\\\(\\p{Punct})");
    /** Elements whose content is not text either. */
    private static final java.util.Set<String> RAW_TEXT = java.util.Set.of("script", "style", "textarea", "title",
            "iframe", "noscript", "template", "xmp");
    /** Characters GFM leaves off the end of a bare address: the sentence's, not the link's. */
    private static final String TRAILING_PUNCTUATION = "?!.,:;*_~'\"";

    /** One pass over the source, writing text and markup side by side. */
    private static final class Reader {
        final String s;
        final String base;
        final LinkDefinitions definitions;
        final Closers closers;
        final StringBuilder text = new StringBuilder();
        final StringBuilder markup = new StringBuilder();
        final List<Block> images = new ArrayList<>();
        /** Inside a link's label, where a bare address is the label's text, not a link of its own. */
        int linkDepth;

        Reader(String s, String base, LinkDefinitions definitions) {
            this.s = s;
            this.base = base;
            this.definitions = definitions;
            this.closers = new Closers(s);
        }

        /** Reads {@code s[from, to)}: its emphasis paired first, within it, then everything in one pass. */
        void read(int from, int to) {
            Delimiters marks = marks(from, to);
            int i = from;
            int k = 0;
            while (i < to) {
                char c = s.charAt(i);
                if (Delimiters.isMark(c)) {
                    int run = run(i, to, c);
                    if (k < marks.size() && marks.position(k) == i) emphasis(marks, k++);
                    else literal(String.valueOf(c).repeat(run));
                    i += run;
                    continue;
                }
                int next = construct(i, to);
                if (next < 0) {
                    literal(String.valueOf(c));
                    i++;
                } else {
                    i = next;
                }
            }
        }

        /** What the character at {@code i} opens other than emphasis, written out; its end, or -1 for a character. */
        private int construct(int i, int to) {
            return switch (s.charAt(i)) {
                case '\\' -> escaped(i, to);
                case '`' -> code(i, to);
                case '!' -> i + 1 < to && s.charAt(i + 1) == '[' ? image(i, to) : -1;
                case '[' -> link(i, to);
                case '<' -> {
                    int link = autolink(i, to);
                    yield link >= 0 ? link : rawHtml(i, to);
                }
                case '&' -> entity(i, to);
                case 'h', 'w' -> bareAddress(i, to);
                case LINE_BREAK -> {
                    text.append(' ');
                    markup.append("<br>");
                    yield i + 1;
                }
                default -> -1;
            };
        }

        /**
         * The emphasis marks of {@code s[from, to)}, paired: the runs outside its code spans, links, tags and
         * escapes, which bind first (CommonMark's precedence), found by the same pass as {@link #read} with nothing
         * written. A link's label is skipped here and paired when the link is read.
         */
        private Delimiters marks(int from, int to) {
            Delimiters marks = new Delimiters(s);
            int textLength = text.length();
            int markupLength = markup.length();
            int imageCount = images.size();
            int i = from;
            while (i < to) {
                char c = s.charAt(i);
                if (Delimiters.isMark(c)) {
                    int run = run(i, to, c);
                    if (Delimiters.isDelimiter(c, run)) marks.add(i, run);
                    i += run;
                    continue;
                }
                int next = switch (c) {
                    case '!' -> i + 1 < to && s.charAt(i + 1) == '[' ? end(target(i + 1, to)) : -1;
                    case '[' -> {
                        int note = footnote(i, to);
                        yield note >= 0 ? note : end(target(i, to));
                    }
                    default -> construct(i, to);
                };
                i = next < 0 ? i + 1 : next;
            }
            text.setLength(textLength);
            markup.setLength(markupLength);
            images.subList(imageCount, images.size()).clear();
            marks.pair();
            return marks;
        }

        private static int end(Target t) {
            return t == null ? -1 : t.end;
        }

        private void literal(String t) {
            text.append(t);
            markup.append(ArticleHtml.escape(t));
        }

        private int escaped(int i, int to) {
            if (i + 1 >= to || !isPunctuation(s.charAt(i + 1))) return -1;
            literal(String.valueOf(s.charAt(i + 1)));
            return i + 2;
        }

        /** A character reference, as its character; an unknown name ("&nosuch;") stays as typed. */
        private int entity(int i, int to) {
            java.util.regex.Matcher m = ENTITY.matcher(s).region(i, to);
            if (!m.lookingAt()) return -1;
            String decoded = org.jsoup.parser.Parser.unescapeEntities(m.group(), false);
            if (decoded.equals(m.group())) return -1;
            literal(decoded);
            return m.end();
        }

        private int code(int i, int to) {
            int run = run(i, to, '`');
            int close = s.indexOf("`".repeat(run), i + run);
            while (close >= 0 && close + run < to && s.charAt(close + run) == '`') close = s.indexOf("`".repeat(run), close + run + 1);
            if (close < 0 || close >= to) return -1;
            String code = s.substring(i + run, close).strip();
            text.append(code);
            markup.append("<code>").append(ArticleHtml.escape(code)).append("</code>");
            return close + run;
        }

        private int image(int i, int to) {
            Target t = target(i + 1, to);
            if (t == null) return -1;
            String url = WebLinks.absolute(base, t.url);
            if (url != null && !url.startsWith("mailto:")) {
                // already squashed: of() squashes its text
                String alt = InlineMarkdown.of(s.substring(t.labelStart, t.labelEnd), base, definitions).text();
                images.add(Block.image(url, alt.isEmpty() ? null : alt, t.title, null));
            }
            return t.end;
        }

        private int link(int i, int to) {
            int note = footnote(i, to);
            if (note >= 0) return note;
            Target t = target(i, to);
            if (t == null) return -1;
            String url = WebLinks.absolute(base, t.url);
            if (url != null) markup.append("<a href=\"").append(ArticleHtml.escape(url)).append("\">");
            linkDepth++;
            read(t.labelStart, t.labelEnd);
            linkDepth--;
            if (url != null) markup.append("</a>");
            return t.end;
        }

        /** {@code <https://…>} or {@code <name@host>}: no space or {@code <} inside, so each look ends at a word's end. */
        private int autolink(int i, int to) {
            int close = i + 1;
            while (close < to && "<> ".indexOf(s.charAt(close)) < 0) close++;
            if (close >= to || s.charAt(close) != '>') return -1;
            String inside = s.substring(i + 1, close);
            String url = WebLinks.absolute(null, inside.contains("@") && !inside.contains(":") ? "mailto:" + inside : inside);
            if (url == null) return -1;
            text.append(inside);
            markup.append("<a href=\"").append(ArticleHtml.escape(url)).append("\">").append(ArticleHtml.escape(inside))
                    .append("</a>");
            return close + 1;
        }

        /**
         * An address typed as it is ({@code https://…}, {@code http://…}, {@code www.…}) at a word's start: GFM's
         * extended autolink, up to a space or a {@code <}, less the sentence's punctuation after it and a closing
         * parenthesis it did not open ("(see https://example.org/a)").
         */
        private int bareAddress(int i, int to) {
            if (linkDepth > 0 || i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '/')) {
                return -1;
            }
            boolean www = s.startsWith("www.", i);
            if (!www && !s.startsWith("https://", i) && !s.startsWith("http://", i)) return -1;
            int end = i;
            while (end < to && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '<') end++;
            while (end > i) {
                char last = s.charAt(end - 1);
                if (TRAILING_PUNCTUATION.indexOf(last) >= 0 || last == ')' && unbalanced(i, end)) end--;
                else break;
            }
            String typed = s.substring(i, end);
            String url = WebLinks.absolute(null, www ? "http://" + typed : typed);
            if (url == null || typed.length() <= (www ? 4 : typed.indexOf("//") + 2)) return -1;
            text.append(typed);
            markup.append("<a href=\"").append(ArticleHtml.escape(url)).append("\">").append(ArticleHtml.escape(typed))
                    .append("</a>");
            return end;
        }

        /** Whether {@code s[from, to)} closes more parentheses than it opens. */
        private boolean unbalanced(int from, int to) {
            int depth = 0;
            for (int k = from; k < to; k++) {
                if (s.charAt(k) == '(') depth++;
                else if (s.charAt(k) == ')') depth--;
            }
            return depth < 0;
        }

        /**
         * A tag or comment of raw HTML: skipped, with everything up to the end tag of a script or a style; a space in
         * its place when it breaks the line.
         */
        private int rawHtml(int i, int to) {
            java.util.regex.Matcher m = TAG.matcher(s).region(i, to);
            if (!opensTag(i, to) || !m.lookingAt()) return -1;
            String name = m.group(1) == null ? "" : m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (HtmlSnippet.breaksLine(name)) literal(" ");
            if (!m.group().startsWith("</") && RAW_TEXT.contains(name)) {
                int close = closers.endTag(name, m.end());
                if (close < 0 || close >= to) return to;
                int end = s.indexOf('>', close);
                return end < 0 || end >= to ? to : end + 1;
            }
            return m.end();
        }

        /**
         * Whether the {@code <} at {@code i} opens a tag: before an HTML element's name always (one cut short reads to
         * the end, as a browser reads it), before any other word only when a {@code >} closes it before the next
         * {@code <}. So "x<y" and "i<n" in prose are text, as CommonMark reads them. Each look ends at the next
         * {@code <}, so a text of many stays linear.
         */
        private boolean opensTag(int i, int to) {
            int j = i + 1 < to && s.charAt(i + 1) == '/' ? i + 2 : i + 1;
            int start = j;
            if (start >= to || !Character.isLetter(s.charAt(start))) return true; // a comment, or no tag at all
            while (j < to && !Character.isWhitespace(s.charAt(j)) && "/<>".indexOf(s.charAt(j)) < 0) j++;
            String name = s.substring(start, j).toLowerCase(java.util.Locale.ROOT);
            if (org.jsoup.parser.Tag.isKnownTag(name) || name.equals("svg") || name.equals("math")) return true;
            while (j < to && s.charAt(j) != '<' && s.charAt(j) != '>') j++;
            return j < to && s.charAt(j) == '>';
        }

        /**
         * A footnote's mark ({@code [^1]}, GFM's): its label in brackets, "[1]", as the note reads
         * ({@link MarkdownReader} sets the note apart the same way).
         */
        private int footnote(int i, int to) {
            if (i + 2 >= to || s.charAt(i + 1) != '^') return -1;
            int close = s.indexOf(']', i + 2);
            if (close < 0 || close >= to || close == i + 2) return -1;
            String label = s.substring(i + 2, close);
            if (label.chars().anyMatch(Character::isWhitespace)) return -1;
            literal("[" + label + "]");
            return close + 1;
        }

        /**
         * The emphasis run {@code k} of {@code marks}: the tags it closes, its unpaired marks as text, the tags it
         * opens. GFM's {@code ~~struck~~} pairs the same way, its text kept without a tag (a correction's old words
         * still read as the author left them).
         */
        private void emphasis(Delimiters marks, int k) {
            char mark = s.charAt(marks.position(k));
            for (int size : marks.closed(k)) {
                if (mark != '~') markup.append(size == 1 ? "</em>" : "</strong>");
            }
            literal(String.valueOf(mark).repeat(marks.unpaired(k)));
            int[] opened = marks.opened(k);
            for (int j = opened.length - 1; j >= 0; j--) {
                if (mark != '~') markup.append(opened[j] == 1 ? "<em>" : "<strong>");
            }
        }

        private record Target(int labelStart, int labelEnd, String url, String title, int end) {
        }

        /**
         * {@code [label](url "title")} from the {@code [} at {@code open}; null when the syntax is not complete. The
         * address may hold balanced parentheses, as Wikipedia's do ("…/wiki/Mercury_(planet)"), or stand in angle
         * brackets; a title is quoted or in parentheses. An address with a space and no title ("my report.pdf"),
         * which CommonMark would leave as text, is read up to its first space, as editors meant it.
         */
        private Target target(int open, int to) {
            int close = closers.bracket(open, to);
            if (close < 0) return null;
            if (close + 1 >= to || s.charAt(close + 1) != '(') return reference(open + 1, close, to);
            Target target = destination(open + 1, close, to);
            return target != null ? target : looseDestination(open + 1, close, to);
        }

        /**
         * {@code [text][label]}, {@code [text][]} or {@code [label]} after the label that closes at {@code close}: a
         * link when a definition names that label, else null.
         */
        private Target reference(int labelStart, int close, int to) {
            int end = close + 1;
            String label = s.substring(labelStart, close);
            if (end < to && s.charAt(end) == '[') {
                int refClose = s.indexOf(']', end + 1);
                if (refClose > 0 && refClose < to) {
                    if (refClose > end + 1) label = s.substring(end + 1, refClose);
                    end = refClose + 1;
                }
            }
            LinkDefinitions.Definition d = definitions.find(label);
            return d == null ? null : new Target(labelStart, close, d.url(), d.title(), end);
        }

        /** The address and title after {@code ](} as CommonMark reads them, or null. */
        private Target destination(int labelStart, int close, int to) {
            int j = skipSpaces(close + 2, to);
            String url;
            if (j < to && s.charAt(j) == '<') {
                int gt = s.indexOf('>', j + 1);
                if (gt < 0 || gt >= to) return null;
                url = s.substring(j + 1, gt);
                j = gt + 1;
            } else {
                int k = j;
                for (int depth = 0; k < to; k++) {
                    char c = s.charAt(k);
                    if (c == '\\' && k + 1 < to) {
                        k++;
                    } else if (c == '(') {
                        depth++;
                    } else if (c == ')') {
                        if (depth == 0) break;
                        depth--;
                    } else if (Character.isWhitespace(c)) {
                        break;
                    }
                }
                url = ESCAPED.matcher(s.substring(j, k)).replaceAll("$1");
                j = k;
            }
            j = skipSpaces(j, to);
            String title = null;
            if (j < to && (s.charAt(j) == '"' || s.charAt(j) == '\'' || s.charAt(j) == '(')) {
                int end = s.indexOf(s.charAt(j) == '(' ? ')' : s.charAt(j), j + 1);
                if (end < 0 || end >= to) return null;
                title = Words.squash(s.substring(j + 1, end));
                j = skipSpaces(end + 1, to);
            }
            if (j >= to || s.charAt(j) != ')') return null;
            return new Target(labelStart, close, url, title == null || title.isEmpty() ? null : title, j + 1);
        }

        /** The address up to its first space, the link ending at the next {@code )}: for what CommonMark refuses. */
        private Target looseDestination(int labelStart, int close, int to) {
            int end = closers.parenthesis(close + 2);
            if (end < 0 || end >= to) return null;
            String inside = s.substring(close + 2, end).strip();
            int space = inside.indexOf(' ');
            return new Target(labelStart, close, space > 0 ? inside.substring(0, space) : inside, null, end + 1);
        }

        private int skipSpaces(int i, int to) {
            while (i < to && Character.isWhitespace(s.charAt(i))) i++;
            return i;
        }

        private int run(int i, int to, char c) {
            int n = 0;
            while (i + n < to && s.charAt(i + n) == c) n++;
            return n;
        }

        private static boolean isPunctuation(char c) {
            return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
        }
    }
}
