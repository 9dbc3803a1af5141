package dev.newsdesk.parse.markdown;

import dev.newsdesk.article.Block;
import dev.newsdesk.article.Format;
import dev.newsdesk.article.Image;
import dev.newsdesk.article.WebLinks;
import dev.newsdesk.parse.Draft;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.html.HtmlSnippet;
import dev.newsdesk.parse.meta.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a Markdown article: front matter first (its title, section, authors, date, tags and canonical URL win over
 * guesses), then the blocks. A leading level-one heading ({@code # Title}, or the title underlined with {@code ===})
 * is the title, not body. Links, emphasis and code are kept as the blocks' inline markup; images become image blocks
 * ({@link InlineMarkdown}); link definitions are no text ({@link LinkDefinitions}); a byline and dateline under the
 * title give the authors and date front matter leaves out ({@link HeaderLines}). A table's rows are paragraphs of
 * their cells, as an HTML table's are.
 */
public final class MarkdownReader {

    /** A list item: group 1 its number, when it has one ({@code 1.}, {@code 2)}), group 2 its text. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,3}(?:[-*+]|(\\d{1,3})[.)])\\s+(.*)$");
    /** The line under a heading's text: {@code ===} makes it level one, {@code ---} level two. */
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("=+|-{2,}");
    /** The line under a table's header row: {@code |---|:---:|}. */
    private static final Pattern TABLE_DELIMITER = Pattern.compile("\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?");
    /** A footnote ({@code [^1]: The note.}): a paragraph of its own that opens with its mark, "[1] The note." */
    private static final Pattern FOOTNOTE = Pattern.compile("^\\s{0,3}\\[\\^([^\\]\\s]+)]:\\s*(.*)$");
    /**
     * A line that opens a block of raw HTML, as CommonMark reads one: a block-level tag (a {@code <figure>}, a
     * player's {@code <iframe>}, a {@code <div>}), a comment, or any other tag alone on its line ({@code <img …>}).
     */
    private static final Pattern HTML_BLOCK = Pattern.compile("^ {0,3}<(?:!--|/?(?:address|article|aside|audio|"
            + "blockquote|center|details|div|dl|figcaption|figure|footer|h[1-6]|header|hr|iframe|main|nav|ol|p|picture|"
            + "pre|script|section|style|summary|table|textarea|ul|video)(?:[\\s/>]|$)|/?[a-zA-Z][a-zA-Z0-9-]*(?:\\s[^<>]*)?/?>"
            + "\\s*$)", Pattern.CASE_INSENSITIVE);
    /** Raw HTML blocks that end at their closing tag, blank lines and all, not at the first blank line. */
    private static final Pattern RAW_TEXT_BLOCK = Pattern.compile("^ {0,3}<(script|style|pre|textarea)(?:[\\s>]|$)",
            Pattern.CASE_INSENSITIVE);
    /** A cell boundary: a pipe no backslash escapes. */
    private static final Pattern CELL_BOUNDARY = Pattern.compile("(?<!\\\\)\\|");

    /** A quote's markers, nested ones included, and a heading's marks inside it: the quote is one block of text. */
    private static final Pattern QUOTE_MARKS = Pattern.compile("^(?:>\\s?)+(?:#{1,6}\\s+)?");
    /** Four spaces (or a tab) before a line after a paragraph's end make it code, as in CommonMark. */
    private static final int CODE_INDENT = 4;

    /** Whether the list being read ({@code list} in {@link #parseBlocks}) is numbered. */
    private boolean listOrdered;
    /** The open table's rows of cells (their Markdown sources), or null outside a table. */
    private List<List<String>> tableRows;

    /** Reads {@code text}. */
    public static Draft read(String text) {
        FrontMatter fm = FrontMatter.split(text);
        String canonical = fm.first("canonical_url", "canonicalurl", "canonical", "url");
        if (!WebLinks.isWeb(canonical)) canonical = null;
        List<Block> blocks = new ArrayList<>();
        String h1 = new MarkdownReader(canonical, LinkDefinitions.in(fm.body())).parseBlocks(fm.body(), blocks);
        String title = fm.first("title");
        if (title == null) title = h1;
        HeaderLines header = HeaderLines.of(blocks);
        blocks.subList(0, header.lines()).clear();
        String date = fm.first("date", "publishedat", "published", "published_at");
        String iso = date == null ? header.date() : Dates.find(date);
        List<String> authors = new ArrayList<>(Bylines.declared(fm.list("authors", "author", "by", "author.name")));
        if (authors.isEmpty()) authors.addAll(header.authors());
        List<String> tags = fm.list("tags", "keywords");
        String section = fm.first("section", "category", "categories", "rubrique");
        // What the front matter declares is a hint: ArticleAssembler judges the language from the text.
        String language = LanguageDetector.code(fm.first("language", "lang", "locale"));
        Image lead = image(fm, canonical, blocks);
        return new Draft(Format.MARKDOWN, title, section, authors, iso, tags, language, blocks, List.of(), lead,
                canonical, fm.first("summary", "description", "excerpt", "dek", "standfirst"));
    }

    /** The lead image: the front matter's ({@code image}, {@code cover}, {@code feature_image}), else the first one. */
    private static Image image(FrontMatter fm, String base, List<Block> blocks) {
        String declared = WebLinks.absolute(base, fm.first("image", "cover", "feature_image", "featured_image"));
        if (WebLinks.isWeb(declared)) return new Image(declared, fm.first("image_alt", "alt"), null, null, null, null);
        for (Block b : blocks) {
            if (b.type() == Block.Type.IMAGE) return new Image(b.url(), b.alt(), b.caption(), b.credit(), null, null);
        }
        return null;
    }

    /** Where relative links and images resolve: the canonical URL of the front matter, or null (they are dropped). */
    private final String base;
    private final LinkDefinitions definitions;

    private MarkdownReader(String base, LinkDefinitions definitions) {
        this.base = base;
        this.definitions = definitions;
    }

    /** Fills {@code out} with the blocks of {@code md}; returns the leading level-one heading, if any. */
    private String parseBlocks(String md, List<Block> out) {
        String leadingTitle = null;
        List<String> para = new ArrayList<>();
        List<String> list = new ArrayList<>();
        List<String> quote = new ArrayList<>();
        Fence open = null; // the fence of the code block being read
        StringBuilder code = new StringBuilder();
        StringBuilder indented = null; // the lines of an indented code block being read
        StringBuilder html = null; // a raw HTML block being read
        String htmlEnd = null; // the closing tag that ends it, or null: a blank line does
        for (String raw : md.split("\r?\n", -1)) {
            String line = raw.stripTrailing();
            if (html != null) {
                boolean ends = htmlEnd == null ? line.isBlank()
                        : line.toLowerCase(Locale.ROOT).contains(htmlEnd);
                if (htmlEnd != null || !ends) html.append(line).append('\n');
                if (ends) {
                    out.addAll(HtmlSnippet.blocks(html.toString(), base));
                    html = null;
                }
                continue;
            }
            if (open != null) {
                if (open.closedBy(line)) {
                    addCode(out, code);
                    code.setLength(0);
                    open = null;
                } else {
                    code.append(line).append('\n');
                }
                continue;
            }
            if (indented != null) {
                if (line.isBlank() || indentOf(line) >= CODE_INDENT) {
                    indented.append(withoutCodeIndent(line)).append('\n');
                    continue;
                }
                addCode(out, indented);
                indented = null;
            }
            if (para.isEmpty() && list.isEmpty() && quote.isEmpty() && tableRows == null && !line.isBlank()
                    && indentOf(line) >= CODE_INDENT && !endsInList(out)) {
                indented = new StringBuilder(withoutCodeIndent(line)).append('\n');
                continue;
            }
            open = Fence.opening(line);
            if (open != null) {
                closeTable(out);
                flush(out, para, list, quote);
                continue;
            }
            String s = line.strip();
            if (s.isEmpty()) {
                flush(out, para, list, quote);
                closeTable(out);
                continue;
            }
            if (LinkDefinitions.isDefinition(line)) continue;
            if (para.isEmpty() && HTML_BLOCK.matcher(line).lookingAt()) {
                flush(out, para, list, quote);
                var rawText = RAW_TEXT_BLOCK.matcher(line);
                htmlEnd = rawText.lookingAt() ? "</" + rawText.group(1).toLowerCase(Locale.ROOT) : null;
                html = new StringBuilder();
                if (htmlEnd != null && line.toLowerCase(Locale.ROOT).contains(htmlEnd)) {
                    out.addAll(HtmlSnippet.blocks(line, base)); // opened and closed on one line
                    html = null;
                } else {
                    html.append(line).append('\n');
                }
                continue;
            }
            var note = FOOTNOTE.matcher(line);
            if (note.matches()) {
                flush(out, para, list, quote);
                para.add("[" + note.group(1) + "] " + note.group(2));
                continue;
            }
            if (tableRows != null && s.contains("|")) {
                addRow(s);
                continue;
            }
            closeTable(out);
            if (para.size() == 1 && para.get(0).contains("|") && TABLE_DELIMITER.matcher(s).matches()) {
                tableRows = new ArrayList<>();
                addRow(para.remove(0)); // the header row
                continue;
            }
            if (!para.isEmpty() && list.isEmpty() && quote.isEmpty() && SETEXT_UNDERLINE.matcher(s).matches()) {
                InlineMarkdown heading = InlineMarkdown.of(joinLines(para), base, definitions);
                para.clear();
                if (s.charAt(0) == '=' && leadingTitle == null && out.isEmpty()) leadingTitle = heading.text();
                else add(out, Block.Type.HEADING, heading);
                continue;
            }
            if (s.startsWith("#")) {
                int level = 0;
                while (level < s.length() && s.charAt(level) == '#') level++;
                if (level <= 6 && (level == s.length() || s.charAt(level) == ' ')) {
                    flush(out, para, list, quote);
                    InlineMarkdown heading = InlineMarkdown.of(s.substring(level).replaceAll("\\s#+$", ""), base,
                            definitions);
                    if (heading.text().isEmpty()) continue;
                    if (level == 1 && leadingTitle == null && out.isEmpty()) leadingTitle = heading.text();
                    else out.add(Block.heading(heading.text()).withMarkup(heading.markup()));
                    continue;
                }
            }
            if (s.matches("(?:[-*_]\\s*){3,}")) { // thematic break
                flush(out, para, list, quote);
                continue;
            }
            if (s.startsWith(">")) {
                if (!para.isEmpty() || !list.isEmpty()) flush(out, para, list, List.of());
                quote.add(QUOTE_MARKS.matcher(s).replaceFirst("")); // a reply's quote inside it is read into it
                continue;
            }
            var item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                boolean numbered = item.group(1) != null;
                // an indented item is nested in the open list, flattened into it: the outer list's kind stands
                boolean nested = !list.isEmpty() && Character.isWhitespace(line.charAt(0));
                // a numbered item after bullets (or a bullet after numbers) starts a new list, as in CommonMark
                if (!nested && !list.isEmpty() && numbered != listOrdered) flush(out, List.of(), list, List.of());
                if (!para.isEmpty()) flush(out, para, List.of(), List.of());
                if (!nested) listOrdered = numbered;
                list.add(item.group(2));
                continue;
            }
            // a line under a list item or a quote with no blank line between continues it, indented or not
            // (CommonMark's lazy line: a hard-wrapped item or quote); a paragraph of it would come out above them
            if (!list.isEmpty()) {
                int last = list.size() - 1;
                list.set(last, joinLines(List.of(list.get(last), s)));
                continue;
            }
            if (!quote.isEmpty()) {
                quote.add(s);
                continue;
            }
            if (out.isEmpty() && para.isEmpty() && leadingTitle == null && s.matches("[=-]{3,}")) continue;
            para.add(s);
        }
        addCode(out, code); // a fence left open runs to the end
        if (indented != null) addCode(out, indented);
        if (html != null) out.addAll(HtmlSnippet.blocks(html.toString(), base));
        flush(out, para, list, quote);
        closeTable(out);
        return leadingTitle;
    }

    /** Ends the open paragraph, list and quote (their raw lines) as blocks, each followed by the images it shows. */
    private void flush(List<Block> out, List<String> para, List<String> list, List<String> quote) {
        if (!para.isEmpty()) {
            add(out, Block.Type.PARAGRAPH, InlineMarkdown.of(joinLines(para), base, definitions));
            para.clear();
        }
        if (!list.isEmpty()) {
            InlineMarkdown items = read(list, "\n");
            if (!items.text().isEmpty()) out.add(Block.list(items.text(), listOrdered).withMarkup(items.markup()));
            out.addAll(items.images());
            list.clear();
        }
        if (!quote.isEmpty()) {
            add(out, Block.Type.QUOTE, InlineMarkdown.of(joinLines(quote), base, definitions));
            quote.clear();
        }
    }

    /** A code block of {@code lines} (read from a fence or an indent), when they hold any. */
    private static void addCode(List<Block> out, CharSequence lines) {
        if (!lines.isEmpty()) out.add(Block.code(lines.toString().stripTrailing()));
    }

    /** The columns of white space before {@code line}'s text, a tab counting to the next multiple of four. */
    private static int indentOf(String line) {
        int columns = 0;
        for (int i = 0; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
            columns = nextColumn(columns, line.charAt(i));
        }
        return columns;
    }

    /** {@code line} without the indentation that made it code (four columns); a blank line is empty. */
    private static String withoutCodeIndent(String line) {
        if (line.isBlank()) return "";
        int columns = 0;
        int i = 0;
        while (i < line.length() && columns < CODE_INDENT) columns = nextColumn(columns, line.charAt(i++));
        return line.substring(i);
    }

    /** The column after white space {@code c} at {@code column}: a tab runs to the next multiple of four. */
    private static int nextColumn(int column, char c) {
        return c == '\t' ? column + CODE_INDENT - column % CODE_INDENT : column + 1;
    }

    /** Whether the last block is a list: an indented paragraph under it continues an item, as CommonMark reads it. */
    private static boolean endsInList(List<Block> out) {
        return !out.isEmpty() && out.get(out.size() - 1).type() == Block.Type.LIST;
    }

    /**
     * A paragraph's lines as one text: a line ending in a backslash breaks the line there (CommonMark's hard break,
     * for a poem's lines or an address), written as the line separator {@link InlineMarkdown} reads as one; the other
     * line ends are spaces.
     */
    static String joinLines(List<String> lines) {
        StringBuilder joined = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            int backslashes = 0;
            while (backslashes < line.length() && line.charAt(line.length() - 1 - backslashes) == '\\') backslashes++;
            boolean hardBreak = k + 1 < lines.size() && backslashes % 2 == 1;
            joined.append(line, 0, hardBreak ? line.length() - 1 : line.length());
            if (k + 1 < lines.size()) joined.append(hardBreak ? InlineMarkdown.LINE_BREAK : ' ');
        }
        return joined.toString();
    }

    /** A table row's cells (their Markdown sources), added to the open table. */
    private void addRow(String line) {
        String inner = line.strip();
        if (inner.startsWith("|")) inner = inner.substring(1);
        if (inner.endsWith("|") && !inner.endsWith("\\|")) inner = inner.substring(0, inner.length() - 1);
        List<String> row = new ArrayList<>();
        for (String cell : CELL_BOUNDARY.split(inner, -1)) row.add(cell.strip().replace("\\|", "|"));
        tableRows.add(row);
    }

    /**
     * Ends the open table as a table block of plain-text cells, its header row naming the columns (a header of empty
     * cells names none and is left out), then the pictures its cells showed; a row with no text is no row. A table
     * with a link in a cell is a paragraph a row instead, links kept, as an HTML page's is.
     */
    private void closeTable(List<Block> out) {
        if (tableRows == null) return;
        List<List<InlineMarkdown>> rows = new ArrayList<>(tableRows.size());
        boolean linked = false;
        for (List<String> sources : tableRows) {
            List<InlineMarkdown> row = new ArrayList<>(sources.size());
            for (String source : sources) row.add(InlineMarkdown.of(source, base, definitions));
            for (InlineMarkdown cell : row) linked |= cell.markup().contains("<a ");
            rows.add(row);
        }
        tableRows = null;
        if (linked) {
            for (List<InlineMarkdown> row : rows) add(out, Block.Type.PARAGRAPH, joined(row, " "));
            return;
        }
        List<Block> images = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        boolean header = false;
        for (int r = 0; r < rows.size(); r++) {
            List<String> texts = new ArrayList<>();
            for (InlineMarkdown cell : rows.get(r)) {
                texts.add(cell.text());
                images.addAll(cell.images());
            }
            boolean shows = texts.stream().anyMatch(text -> !text.isEmpty());
            if (r == 0) header = shows;
            if (shows) cells.add(texts);
        }
        if (!cells.isEmpty()) out.add(Block.table(cells, header));
        out.addAll(images);
    }

    /** The inline reading of each of {@code sources} (a list's items), joined as {@link #joined} joins them. */
    private InlineMarkdown read(List<String> sources, String separator) {
        List<InlineMarkdown> read = new ArrayList<>(sources.size());
        for (String source : sources) read.add(InlineMarkdown.of(source, base, definitions));
        return joined(read, separator);
    }

    /**
     * Inline readings (a list's items, a row's cells) joined by {@code separator}; those without text are left out,
     * their pictures kept.
     */
    private static InlineMarkdown joined(List<InlineMarkdown> parts, String separator) {
        List<String> texts = new ArrayList<>();
        List<String> markups = new ArrayList<>();
        List<Block> images = new ArrayList<>();
        for (InlineMarkdown md : parts) {
            images.addAll(md.images());
            if (md.text().isEmpty()) continue;
            texts.add(md.text());
            markups.add(md.markup());
        }
        return new InlineMarkdown(String.join(separator, texts), String.join(separator, markups), images);
    }

    private static void add(List<Block> out, Block.Type type, InlineMarkdown md) {
        if (!md.text().isEmpty()) out.add(new Block(type, md.text()).withMarkup(md.markup()));
        out.addAll(md.images());
    }
}
