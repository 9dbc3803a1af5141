package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.DayOrder;
import dev.newsdesk.parse.meta.Words;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a page's title opens with, set off from the rest by a separator ("14.03.2022 | Infoabend zum Thema", "7 June
 * 2020 – Council votes"), as notices and press releases are titled by their day. Read last, when nothing else on the
 * page dates it: a title speaking of a day in its words ("Results of 19.5.2007") is not set off this way.
 */
final class TitleDate {

    /** A short opening, then a bar or dash between spaces (or a colon), then the title's words. */
    private static final Pattern OPENING = Pattern.compile("^\\s*([^|–—:]{6,30}?)\\s*(?:\\s[|–—-]\\s|:\\s)\\s*\\S");
    /** An opening of more words is a phrase that speaks of the day, not the day alone. */
    private static final int MAX_DATE_WORDS = 4;

    private TitleDate() {
    }

    /** The day {@code title} opens with, read in {@code order}, or null. */
    static String of(String title, DayOrder order) {
        if (title == null || !Words.hasDigit(title)) return null;
        Matcher m = OPENING.matcher(title);
        if (!m.find()) return null;
        String opening = m.group(1);
        if (Words.count(opening) > MAX_DATE_WORDS) return null;
        return Dates.findPrintedDay(opening, order);
    }
}
