package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.meta.Columns;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a text into blocks at blank lines, noting which blocks are set off by indentation or a bullet. A heading
 * that ends the article ("Comments") is a block of its own even with no blank line under it: copied from a page,
 * a heading often sits right on the text it heads, and that text (comment rules, a first comment) would pass for
 * the article's prose.
 *
 * <p>A single line break ends a block too unless the text is wrapped there: a browser's copy of a page sets a blank
 * line only around paragraphs, and one line break between a menu's items, a headline, its byline and a share bar's
 * buttons. A line runs on into the next when the next opens in lower case, or when the text is hard-wrapped (most of
 * its lines end near one width, or a text browser's width under a page of menus) and the next line's first word
 * would not have fitted on it; a wrapped line that stops inside a sentence runs on past a blank line too, which some
 * copies set under every line of a post. Chinese and Japanese, wrapped anywhere without spaces, run on in a
 * hard-wrapped text; widths are in {@link Columns}, where theirs take two.
 */
public final class TextBlocks {

    /** What opens a list's item, a space after it: typographic bullets and arrows, and Markdown's "*", "+", "-". */
    private static final String BULLETS = "•·▪►▶→»›*+-–—";

    /** Longer than this, a first line is a hard-wrapped paragraph's, which runs on into the next: no heading. */
    private static final int MAX_HEADING_CHARS = 40;
    /** Wider than this, a text is not hard-wrapped: mail and forum posts wrap at 60-100 characters. */
    private static final int MAX_WRAP_WIDTH = 120;
    /** The share of lines that reach the width a text is wrapped at (long ones beyond it are links, tables). */
    private static final double WRAP_PERCENTILE = 0.9;
    /** A line this near its text's width is a wrapped one, whatever the next word: wrappers and hands differ. */
    private static final double FULL_LINE = 0.8;
    /** Longer than this share of its text's width, a line is no wrapped one but a paragraph typed on one line. */
    private static final double OVERFULL_LINE = 1.5;
    /**
     * Narrower than this, a text's width is set by its chrome's short lines (a menu, a share bar), not by a wrapped
     * paragraph's: a blank line there is no wrapped line's break.
     */
    private static final int MIN_SPACED_WRAP_WIDTH = 50;

    /** Fewer lines than this tell no tool's fixed width. */
    private static final int MIN_TOOL_LINES = 20;
    /** The narrowest width a dumping tool wraps at: lynx, links and w3m wrap near 80 columns, pandoc at 72. */
    private static final int MIN_TOOL_WIDTH = 60;
    /** The share of a tool's lines within its width: the rest are words it cannot break (addresses). */
    private static final double TOOL_WIDTH_SHARE = 0.99;
    /** Within this many columns of a tool's width, a line is as full as the next word let it be. */
    private static final int NEAR_TOOL_WIDTH = 12;
    /** Paragraphs a tool's wrapped prose ends at least: a sentence's end over a blank line. */
    private static final int MIN_PARAGRAPH_ENDS = 2;
    /** The share of a tool's lines that come near its width, where menus and bylines set the rest short. */
    private static final double MIN_FULL_SHARE = 0.1;

    /** Fewer words than this on either side, two blocks are a menu's items or a greeting over a comment. */
    private static final int MIN_BROKEN_WORDS = 3;
    /** A glossary's or a dictionary's entry: its headword, a dash, the definition. */
    private static final Pattern GLOSSARY_ENTRY = Pattern.compile("[^\\s—–]+ [—–] ");

    private TextBlocks() {
    }

    /** The blocks of {@code text}, in order; one linear pass, whatever the line lengths. */
    public static List<Candidate> split(String text) {
        List<Candidate> out = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        boolean marked = false;
        boolean bulleted = false;
        int n = text.length();
        int width = wrapWidth(text);
        int wideWidth = mostLinesFull(text, width) ? width : 0;
        int lineStart = 0;
        int lines = 0;
        String previous = "";
        boolean spaced = false;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = n;
            String line = text.substring(lineStart, lineEnd);
            if (spaced && !line.isBlank()) {
                // Some copies set a blank line under every line of a hard-wrapped post: a sentence still runs on.
                spaced = false;
                if (!runsOnPastBlank(previous, line, width, wideWidth)) {
                    flush(out, block, marked, bulleted);
                    lines = 0;
                }
            }
            if (lines > 0 && !line.isBlank() && !continuesASentence(line)
                    && (lines == 1 && endsArticle(block) || !runsOn(previous, line, width))) {
                flush(out, block, marked, bulleted);
                lines = 0;
            }
            if (line.isBlank() && lines > 0 && (width >= MIN_SPACED_WRAP_WIDTH || width == 0)) {
                spaced = true;
            } else if (line.isBlank()) {
                previous = line;
                flush(out, block, marked, bulleted);
                lines = 0;
            } else {
                if (block.length() == 0) { // a new block: its first line says whether it is set off or bulleted
                    char first = line.charAt(0);
                    marked = Character.isWhitespace(first) || Character.isSpaceChar(first);
                    String stripped = line.strip().replace("\u00a0", " ").strip();
                    bulleted = !stripped.isEmpty() && BULLETS.indexOf(stripped.charAt(0)) >= 0
                            && stripped.length() > 1 && stripped.charAt(1) == ' ';
                }
                if (wideWidth > 0 && wrapsWide(previous.strip(), line, wideWidth)) unspace(block);
                block.append(line).append(' ');
                lines++;
                previous = line;
            }
            lineStart = lineEnd + 1;
        }
        flush(out, block, marked, bulleted);
        return out;
    }

    /**
     * The width {@code text} is hard-wrapped at, in columns: the width most of its lines stay within, or 0 when that
     * is wider than a wrapped text's (lines as long as their paragraphs) or when few lines come near it. Wrapped,
     * every line of a paragraph but its last is nearly full and broken inside a sentence; a dump with one paragraph a
     * line and many short lines of chrome (a menu, a share bar) has its width set by the chrome, few lines near it
     * and its paragraphs beyond it; a short paste of one- or two-sentence paragraphs a line has its width set by
     * them, and its lines near it end as sentences, whole, where a wrap breaks most inside one. Under a page of
     * menus, a text browser's or a converter's dump is wrapped at the tool's width all the same ({@link #toolWidth}).
     */
    static int wrapWidth(String text) {
        int typical = typicalWidth(text);
        if (typical >= MIN_TOOL_WIDTH) return typical;
        int tool = toolWidth(text);
        return tool > 0 ? tool : typical;
    }

    /** The width most lines of {@code text} stay within, as {@link #wrapWidth} reads it before asking for a tool's. */
    private static int typicalWidth(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        int[] columns = lines.stream().mapToInt(Columns::of).toArray();
        if (columns.length == 0) return 0;
        int[] lengths = columns.clone();
        Arrays.sort(lengths);
        int width = lengths[(int) (WRAP_PERCENTILE * (lengths.length - 1))];
        if (width > MAX_WRAP_WIDTH) return 0;
        // At a prose width, a line near it that ends as a sentence is a whole paragraph, as one beyond it is; narrower,
        // the width is a menu's, whose items tell nothing by their stops.
        boolean proseWidth = width >= MIN_SPACED_WRAP_WIDTH;
        int wrapped = 0;
        int whole = 0;
        for (int i = 0; i < columns.length; i++) {
            int length = columns[i];
            if (length > width) {
                whole += typedParagraph(lines.get(i)) ? 2 : 1;
            } else if (length >= FULL_LINE * width) {
                if (proseWidth && BlockScorer.endsLikeSentence(lines.get(i))) whole++;
                else wrapped++;
            }
        }
        return whole >= wrapped ? 0 : width;
    }

    /**
     * The width a text browser or converter wrapped {@code text} at, with its indentation as the tool counts it, or 0:
     * nearly every line with a space stays within it (all but one in a hundred; all but one in a text of fewer), a
     * tenth or more come near it, most of those break inside a sentence, and paragraphs end. A page's menus, bylines
     * and captions make most of such a dump's lines short, so the width its typical line keeps ({@link #wrapWidth}'s)
     * is theirs and the wrapped prose would read as one block a line. Left to that reading in Chinese and Japanese,
     * which break anywhere and have no spaces to tell.
     */
    private static int toolWidth(String text) {
        int[] lengths = spacedLineLengths(text);
        if (lengths.length < MIN_TOOL_LINES) return 0;
        Arrays.sort(lengths);
        int width = lengths[(int) (TOOL_WIDTH_SHARE * (lengths.length - 1))];
        if (width < MIN_TOOL_WIDTH || width > MAX_WRAP_WIDTH) return 0;
        List<String> lines = text.lines().map(String::stripTrailing).toList();
        // A stray word in these scripts (a language menu's) leaves the rest to measure.
        if (lines.stream().filter(l -> Columns.of(l) != l.length()).count() > (1 - TOOL_WIDTH_SHARE) * lines.size()) {
            return 0;
        }
        int wrapped = 0;
        int whole = 0;
        int paragraphEnds = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            boolean sentence = BlockScorer.endsLikeSentence(line);
            if (sentence && (i + 1 == lines.size() || lines.get(i + 1).isBlank())) paragraphEnds++;
            if (line.length() > width || line.length() < width - NEAR_TOOL_WIDTH) continue;
            if (sentence) whole++;
            else wrapped++;
        }
        // a list of headlines near the width, one a line, is no wrapped prose: prose has paragraphs that end
        return wrapped + whole >= MIN_FULL_SHARE * lengths.length && wrapped > whole
                && paragraphEnds >= MIN_PARAGRAPH_ENDS ? width : 0;
    }

    /**
     * The lengths of the lines of {@code text} that hold a space between words, trailing blanks off and indentation
     * on; one pass without copies, as most texts asked hold paragraphs a line and go no further.
     */
    private static int[] spacedLineLengths(String text) {
        int[] lengths = new int[64];
        int count = 0;
        int n = text.length();
        for (int start = 0; start < n; ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = n;
            int last = end;
            while (last > start && Character.isWhitespace(text.charAt(last - 1))) last--;
            int first = start;
            while (first < last && Character.isWhitespace(text.charAt(first))) first++;
            int space = first;
            while (space < last && text.charAt(space) != ' ') space++;
            if (space < last) {
                if (count == lengths.length) lengths = Arrays.copyOf(lengths, 2 * count);
                lengths[count++] = last - start;
            }
            start = end + 1;
        }
        return Arrays.copyOf(lengths, count);
    }

    /**
     * Whether {@code line}, past a text's width, is a Chinese or Japanese paragraph typed on one line: a link or a
     * table's row may run past a wrapped text's width, a whole paragraph ending on its stop hardly, so it tells
     * twice as much. In these scripts only: their lines run on wherever the text is taken for wrapped, so a short
     * dump of one paragraph a line, its width set by a menu and a footer, would read as one block.
     */
    private static boolean typedParagraph(String line) {
        return Columns.isWide(line.charAt(line.length() - 1)) && BlockScorer.endsLikeSentence(line);
    }

    /**
     * Whether {@code line} goes on the paragraph {@code previous} is a line of: in a text wrapped at {@code width},
     * when the line above is nearly full or the first word would not have fitted on it; Chinese and Japanese lines,
     * wrapped anywhere, always run on there. A text not hard-wrapped holds one paragraph a line, whatever its script.
     */
    private static boolean runsOn(String previous, String line, int width) {
        String above = previous.strip();
        String below = line.strip();
        if (above.isEmpty() || below.isEmpty()) return true;
        if (width == 0) return false;
        if (Words.isIdeographic(above.charAt(above.length() - 1)) || Words.isIdeographic(below.charAt(0))) return true;
        int firstWord = below.indexOf(' ');
        int columns = Columns.of(above);
        // A paragraph typed on one line runs far past the width and ends as a sentence: short paragraphs of a line
        // each set that width, and the next line ("Nobody came.", "1. Eggs") is a block of its own.
        if (columns > OVERFULL_LINE * width && BlockScorer.endsLikeSentence(above)) return false;
        return columns >= FULL_LINE * width
                || columns + 1 + Columns.of(firstWord < 0 ? below : below.substring(0, firstWord)) > width;
    }

    /**
     * Whether {@code line}, set under a blank line, goes on the paragraph {@code previous} is a line of: the text is
     * hard-wrapped, the line above is wrapped and stops inside a sentence (on a word in lower case or a comma, where
     * a headline in title case, a sentence's end or a label stop), and the line opens in lower case with no byline
     * or link ("by Jane Doe" under a headline in sentence case). Chinese and Japanese lines have no case to tell:
     * they run on only where most lines are full ({@code wideWidth}, else 0), as {@link #wrapsWide} says.
     */
    private static boolean runsOnPastBlank(String previous, String line, int width, int wideWidth) {
        String above = previous.strip();
        char last = above.charAt(above.length() - 1);
        if (Columns.isWide(last) || Columns.isWide(line.strip().charAt(0))) {
            return wideWidth > 0 && wrapsWide(above, line, wideWidth);
        }
        if (width == 0) return breaksASentence(previous, line);
        if (last != ',' && !Character.isLetter(last) || !Character.isLowerCase(above.charAt(above.lastIndexOf(' ') + 1))
                || !continuesASentence(line) || !runsOn(previous, line, width)) {
            return false;
        }
        String below = line.strip();
        return !below.contains("://") && Bylines.authors(below) == null;
    }

    /**
     * Whether {@code line}, set under a blank line, goes on the Chinese or Japanese line {@code above} in a text
     * wrapped at {@code width} columns: these break anywhere, with no case to tell a sentence's rest, so the line
     * above must be nearly full and stop inside a sentence, the line below no byline or link.
     */
    private static boolean wrapsWide(String above, String line, int width) {
        String below = line.strip();
        return !above.isEmpty() && !below.isEmpty() && Columns.isWide(above.charAt(above.length() - 1))
                && Columns.isWide(below.charAt(0)) && Columns.of(above) >= FULL_LINE * width
                && !BlockScorer.endsLikeSentence(above) && !below.contains("://") && Bylines.authors(below) == null;
    }

    /**
     * True when most of the lines of {@code text} are nearly {@code width} columns wide: a text wrapped line by line,
     * where a list of titles of a few lengths has as wide a line now and then.
     */
    private static boolean mostLinesFull(String text, int width) {
        if (width == 0) return false;
        long lines = text.lines().filter(l -> !l.isBlank()).count();
        long full = text.lines().map(l -> Columns.of(l.strip()))
                .filter(columns -> columns >= FULL_LINE * width && columns <= width).count();
        return full * 2 > lines;
    }

    /** {@code block} without the space its last line was closed with: a wrapped Chinese line goes on without one. */
    private static void unspace(StringBuilder block) {
        int n = block.length();
        if (n > 0 && block.charAt(n - 1) == ' ') block.setLength(n - 1);
    }

    /**
     * Whether {@code line}, set under a blank line in a text that is not hard-wrapped, goes on the sentence
     * {@code previous} stops inside: a page's bold opening words, or a line break in a paragraph, copied as a block of
     * their own ("The poster contest for children" over "takes place for the sixth time..."). The line above holds a
     * few words and stops on a word or a comma, the line below opens in lower case and reads as a sentence's rest,
     * with no byline, link or glossary's headword ("gravity — noun, the force..."); a one- or two-word line above is a
     * menu's item or a greeting.
     */
    private static boolean breaksASentence(String previous, String line) {
        String above = previous.strip();
        String below = line.strip();
        char last = above.charAt(above.length() - 1);
        if (last != ',' && !Character.isLetter(last) || Words.count(above) < MIN_BROKEN_WORDS
                || Words.count(below) < MIN_BROKEN_WORDS || !continuesASentence(below)) {
            return false;
        }
        return !below.contains("://") && Bylines.authors(below) == null && !GLOSSARY_ENTRY.matcher(below).lookingAt();
    }

    /** Whether the block's one line so far is a short heading that ends the article. */
    private static boolean endsArticle(StringBuilder block) {
        if (block.length() > MAX_HEADING_CHARS + 1) return false;
        String line = block.toString().strip();
        return !line.isEmpty() && Boilerplate.endsArticle(line);
    }

    /**
     * Whether {@code line} opens in lower case, so the line above ran on into it ("would not comment / on the bill").
     * A line opening with a number opens no continuation ("5 min read", "12 comments" under a byline): a wrapped
     * sentence's number is left to {@link #runsOn}.
     */
    private static boolean continuesASentence(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) return Character.isLowerCase(c);
        }
        return false;
    }

    /** Ends the open block: adds it to {@code out} unless it holds no text, and empties it. */
    private static void flush(List<Candidate> out, StringBuilder block, boolean marked, boolean bulleted) {
        if (block.length() == 0) return;
        String text = withoutTrailingInvisibles(Words.squash(block.toString()));
        block.setLength(0);
        if (bulleted) text = text.substring(1).strip();
        if (text.isEmpty()) return;
        out.add(new Candidate(text, bulleted ? Candidate.Kind.LIST_ITEM : Candidate.Kind.PARAGRAPH, 0,
                marked && !bulleted));
    }

    /**
     * {@code text} without the invisible format characters at its end (an invisible separator, a soft hyphen, a
     * direction mark), which some editors leave after a line's stop and which would hide that the line ends as a
     * sentence.
     */
    static String withoutTrailingInvisibles(String text) {
        int end = text.length();
        while (end > 0 && (Character.getType(text.charAt(end - 1)) == Character.FORMAT
                || Words.isBlank(text.charAt(end - 1)))) {
            end--;
        }
        return end == text.length() ? text : text.substring(0, end);
    }
}
