package dev.newsdesk.parse.markdown;

import dev.newsdesk.article.Block;
import dev.newsdesk.article.Format;
import dev.newsdesk.parse.Draft;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.meta.LanguageDetector;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a Markdown article: front matter first (its title, section, authors, date and tags win over guesses),
 * then the blocks. A leading level-one heading is the title, not body. Inline markup is reduced to its text.
 */
public final class MarkdownReader {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|~~|`)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,3}(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$");

    private MarkdownReader() {
    }

    /** Reads {@code text}. */
    public static Draft read(String text) {
        FrontMatter fm = FrontMatter.split(text);
        List<Block> blocks = new ArrayList<>();
        String h1 = parseBlocks(fm.body(), blocks);
        String title = fm.first("title");
        if (title == null) title = h1;
        String date = fm.first("date", "publishedat", "published", "published_at");
        String iso = date == null ? null : Dates.find(date);
        List<String> authors = new ArrayList<>(fm.all("authors", "author", "by"));
        List<String> tags = fm.all("tags", "keywords");
        String section = fm.first("section", "category", "categories", "rubrique");
        // What the front matter declares is a hint: ArticleAssembler judges the language from the text.
        String language = LanguageDetector.code(fm.first("language", "lang", "locale"));
        return new Draft(Format.MARKDOWN, title, section, authors, iso, tags, language, blocks, List.of());
    }

    /** Fills {@code out} with the blocks of {@code md}; returns the leading level-one heading, if any. */
    private static String parseBlocks(String md, List<Block> out) {
        String leadingTitle = null;
        List<String> para = new ArrayList<>();
        List<String> list = new ArrayList<>();
        List<String> quote = new ArrayList<>();
        boolean inFence = false;
        StringBuilder fence = new StringBuilder();
        for (String raw : md.split("\r?\n", -1)) {
            String line = raw.stripTrailing();
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                if (inFence) {
                    if (!fence.isEmpty()) out.add(Block.paragraph(fence.toString().stripTrailing()));
                    fence.setLength(0);
                } else {
                    flush(out, para, list, quote);
                }
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                fence.append(line).append('\n');
                continue;
            }
            String s = line.strip();
            if (s.isEmpty()) {
                flush(out, para, list, quote);
                continue;
            }
            if (s.startsWith("#")) {
                int level = 0;
                while (level < s.length() && s.charAt(level) == '#') level++;
                if (level <= 6 && (level == s.length() || s.charAt(level) == ' ')) {
                    flush(out, para, list, quote);
                    String heading = inline(s.substring(level).replaceAll("\\s#+$", ""));
                    if (heading.isEmpty()) continue;
                    if (level == 1 && leadingTitle == null && out.isEmpty()) leadingTitle = heading;
                    else out.add(Block.heading(heading));
                    continue;
                }
            }
            if (s.matches("(?:[-*_]\\s*){3,}")) { // thematic break
                flush(out, para, list, quote);
                continue;
            }
            if (s.startsWith(">")) {
                if (!para.isEmpty() || !list.isEmpty()) flush(out, para, list, List.of());
                quote.add(inline(s.replaceFirst("^>\\s?", "")));
                continue;
            }
            var item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                if (!para.isEmpty()) flush(out, para, List.of(), List.of());
                list.add(inline(item.group(1)));
                continue;
            }
            if (!list.isEmpty() && Character.isWhitespace(raw.isEmpty() ? 'x' : raw.charAt(0))) {
                int last = list.size() - 1; // a continuation line of the current item
                list.set(last, list.get(last) + " " + inline(s));
                continue;
            }
            if (out.isEmpty() && para.isEmpty() && leadingTitle == null && s.matches("[=-]{3,}")) continue;
            para.add(inline(s));
        }
        if (inFence && !fence.isEmpty()) out.add(Block.paragraph(fence.toString().stripTrailing()));
        flush(out, para, list, quote);
        return leadingTitle;
    }

    private static void flush(List<Block> out, List<String> para, List<String> list, List<String> quote) {
        if (!para.isEmpty()) {
            String text = Words.squash(String.join(" ", para));
            if (!text.isEmpty()) out.add(Block.paragraph(text));
            para.clear();
        }
        if (!list.isEmpty()) {
            out.add(Block.list(String.join("\n", list)));
            list.clear();
        }
        if (!quote.isEmpty()) {
            String text = Words.squash(String.join(" ", quote));
            if (!text.isEmpty()) out.add(Block.quote(text));
            quote.clear();
        }
    }

    /** The text of a line of Markdown: images dropped, links reduced to their text, emphasis marks removed. */
    static String inline(String s) {
        String t = IMAGE.matcher(s).replaceAll("");
        t = LINK.matcher(t).replaceAll("$1");
        for (int i = 0; i < 3; i++) t = EMPHASIS.matcher(t).replaceAll("$2");
        return Words.squash(t);
    }
}
