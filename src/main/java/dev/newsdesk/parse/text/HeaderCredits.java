package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.meta.SentenceEnds;
import dev.newsdesk.parse.meta.Words;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A credit in a dump's header that the byline pattern does not read: the writer's name under a label set alone on
 * its line ("Author:" over "Jane Doe", "Von" over the name), a credit to a desk that names no person ("Metro wire
 * services", "Courier editorial staff") right over the dateline, or a picture's credit under the dateline and the
 * caption over it. None is the header's title.
 */
final class HeaderCredits {

    /** A desk's credit closing the line: a staff, the wire services, a newsroom. */
    private static final Pattern DESK = Pattern.compile("(?iu)\\b(?:editorial staff|news staff|staff reports?"
            + "|wire (?:services?|reports)|news services?|newsroom|news desk|redaktion|rédaction"
            + "|redacción|redazione)$");
    /** A photographer's name in capitalised words and the agency's after a slash or a comma ("Jane Doe/AGENCY"). */
    private static final Pattern NAME_AND_AGENCY = Pattern.compile("\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){1,3}"
            + "\\s*[/,]\\s*\\p{Lu}[\\p{L}.&'-]*(?:\\s+\\p{Lu}[\\p{L}.&'-]*){0,3}");
    /** How far under the header's marks a picture's credit stands: right under them, or under its caption. */
    private static final int MAX_CREDIT_DEPTH = 2;
    /** A credit names the outlet and the desk; a longer line is a headline that ends on such words. */
    private static final int MAX_CREDIT_WORDS = 6;

    private HeaderCredits() {
    }

    /**
     * True when line {@code i} is the writer's name under a byline's label, a desk's credit ({@link #isDesk}), or a
     * picture's credit or caption under the header's marks ({@link #creditsPicture}).
     */
    static boolean is(List<Candidate> blocks, int i) {
        return i > 0 && Bylines.isLabel(blocks.get(i - 1).text().strip()) || isDesk(blocks, i)
                || creditsPicture(blocks, i)
                || i + 1 < blocks.size() && creditsPicture(blocks, i + 1) && !TitleFinder.isMark(blocks.get(i).text());
    }

    /**
     * True when line {@code i} is a photographer's name and agency alone ("Jane Doe/AGENCY", "Jane Doe, Agency"),
     * right under the header's marks or under a caption there: the picture's credit (over them the same shape is
     * the writer's byline).
     */
    private static boolean creditsPicture(List<Candidate> blocks, int i) {
        if (!NAME_AND_AGENCY.matcher(blocks.get(i).text().strip()).matches()) return false;
        for (int j = i - 1; j >= Math.max(0, i - MAX_CREDIT_DEPTH); j--) {
            if (TitleFinder.isMark(blocks.get(j).text())) return true;
        }
        return false;
    }

    /**
     * True when line {@code i} is a desk's credit of a few words opening with a capital ("Courier news staff") right
     * over the dateline, where the byline stands; a headline ending on such words stands over the byline.
     */
    static boolean isDesk(List<Candidate> blocks, int i) {
        if (i + 1 >= blocks.size()) return false;
        String next = blocks.get(i + 1).text();
        if (!Dates.isDateline(next) || Bylines.authors(next) != null) return false;
        String text = blocks.get(i).text().strip();
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) && Words.count(text) <= MAX_CREDIT_WORDS
                && !SentenceEnds.endsWithFullStop(text) && DESK.matcher(text).find();
    }
}
