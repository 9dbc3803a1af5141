package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.DayOrder;
import dev.newsdesk.parse.meta.Words;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day of a dateline that opens an article with a place and a day whose year has two digits and no apostrophe
 * ("( Sulmona, 3 Marzo 21 )", "Berlin, 7. Juni 20"). Alone on its line after a place, the short year cannot
 * be a count; read last, when nothing else on the page dates it.
 */
final class ShortYearDateline {

    /** A place of one to three capitalized words, a comma, a day and a month's name, two digits; maybe in brackets. */
    private static final Pattern DATELINE = Pattern.compile(
            "\\(?\\s*\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,2}, (\\d{1,2}\\.? \\p{L}{3,12}\\.?) (\\d{2})\\s*\\)?");

    private ShortYearDateline() {
    }

    /** The day of {@code blocks}' first paragraph when it is such a dateline, or null. */
    static String of(List<Block> blocks, DayOrder order) {
        if (blocks.isEmpty()) return null;
        Block first = blocks.get(0);
        if (first.type() != Block.Type.PARAGRAPH || first.text() == null) return null;
        Matcher m = DATELINE.matcher(Words.squash(first.text()));
        if (!m.matches()) return null;
        // the year written as the apostrophe form the dates reader knows: its month's name is checked there
        return Dates.findPrintedDay(m.group(1) + " '" + m.group(2), order);
    }
}
