package dev.newsdesk.parse.markdown;

import dev.newsdesk.article.Block;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.meta.Words;
import java.util.List;

/**
 * The byline and dateline a Markdown article prints under its title ("*By Jane Doe, March 4, 2026*", "4 March
 * 2026"), read as the HTML and text readers read theirs: the first short paragraphs, while each is a byline or a
 * dateline. Front matter, when it names authors or a date, wins; the lines leave the body either way.
 *
 * @param authors the byline's names, or none
 * @param date    the date printed there (ISO), or null
 * @param lines   how many leading blocks they were
 */
record HeaderLines(List<String> authors, String date, int lines) {

    /** Header lines come before the text: a byline further down is a quoted or closing one. */
    private static final int MAX_LINES = 3;
    /** A longer paragraph is the text's first. */
    private static final int MAX_WORDS = 20;

    static HeaderLines of(List<Block> blocks) {
        List<String> authors = List.of();
        String date = null;
        int i = 0;
        for (; i < Math.min(MAX_LINES, blocks.size()); i++) {
            Block b = blocks.get(i);
            if (b.type() != Block.Type.PARAGRAPH || Words.count(b.text()) > MAX_WORDS) break;
            List<String> names = authors.isEmpty() ? Bylines.authors(b.text()) : null;
            if (names != null) {
                authors = names;
                if (date == null) date = Dates.find(b.text());
                continue;
            }
            String dateline = date == null ? Dates.datelineDate(b.text()) : null;
            if (dateline == null) break;
            date = dateline;
        }
        return new HeaderLines(authors, date, i);
    }
}
