package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.DayOrder;
import dev.newsdesk.parse.meta.Words;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The day an article signs off with: its last paragraph a name or a place and the day ("Jonas<br>12. Oktober 2018",
 * "Berlin, 7 June 2020"), as letters, notices and farewells end. Read last, when nothing else on the page dates it.
 */
final class SignOffDate {

    /** A day alone that ends with its year ("10. September 2017", "7 June 2020", "June 7, 2020", "10.09.2017"). */
    static final String DAY = "(?:\\d{1,2}\\.? \\p{L}{3,}\\.?|\\d{1,2}[./]\\d{1,2}[./]|\\p{L}{3,}\\.? \\d{1,2},?) ?"
            + "(?:19|20)\\d\\d\\.?";

    /**
     * A capitalized word or two (the signer, the place), maybe a comma, then a {@link #DAY}. A day alone is no
     * sign-off: a page's furniture prints one below many an article.
     */
    private static final Pattern SIGN_OFF = Pattern.compile("\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*)?,? " + DAY);

    private SignOffDate() {
    }

    /** The day of {@code blocks}' last paragraph when it is such a sign-off, read in {@code order}, or null. */
    static String of(List<Block> blocks, DayOrder order) {
        if (blocks.isEmpty()) return null;
        Block last = blocks.get(blocks.size() - 1);
        // a linked name is the site's, beside the day it was served
        if (last.type() != Block.Type.PARAGRAPH || last.text() == null || hasLink(last)) return null;
        String line = Words.squash(last.text());
        if (!SIGN_OFF.matcher(line).matches()) return null;
        return Dates.findPrintedDay(line, order);
    }

    static boolean hasLink(Block block) {
        return block.markup() != null && block.markup().contains("<a ");
    }
}
