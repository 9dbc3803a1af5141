package dev.newsdesk.parse.extract;

import java.util.regex.Pattern;

/**
 * A line opened by its section's number ("3) Strike and march", "IV. The budget"): a heading of a document set in
 * numbered parts, which a teaser's headline never is, however long.
 */
final class SectionNumbers {

    /** "3)" or a Roman numeral with a period, then the heading's words. */
    private static final Pattern NUMBER = Pattern.compile("^(?:\\d{1,2}\\)|[IVX]{1,5}\\.)\\s+\\S");

    private SectionNumbers() {
    }

    /** True when {@code text} opens with a section's number. */
    static boolean opens(String text) {
        return NUMBER.matcher(text.strip()).find();
    }
}
