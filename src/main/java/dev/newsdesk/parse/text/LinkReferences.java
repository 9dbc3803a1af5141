package dev.newsdesk.parse.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text browser's link references: {@code lynx -dump} numbers every link in the text ("[12]Home", "the [3]report
 * says") and lists their addresses at the end, under a heading in the reader's language ("References",
 * "Verweise"). The numbers split the words they sit against and the list is the tool's, not the page's, so both go.
 * The list is known by its shape: numbered addresses from 1 to the end of the text, under a short heading line,
 * and numbers in the text that point into it.
 */
final class LinkReferences {

    /** A numbered address; lynx leaves an address's spaces as they are ("…/Hearings 11 15 2019.pdf"). */
    private static final Pattern ENTRY = Pattern.compile("\\s*(\\d{1,5})\\. [a-zA-Z][a-zA-Z0-9+.-]*:\\S.*");
    /** A heading or a label over part of the list ("Visible links:", "Hidden links:"): a few words, no digits. */
    private static final Pattern LABEL = Pattern.compile("\\s*\\p{L}[\\p{L} ]{0,40}:?\\s*");
    /** A number in brackets. */
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,5})]");
    /**
     * A link's number against the link's first word or mark ("[3]Haushalt", "[1]“Courier”", "[2](PDF)"), as lynx
     * writes it and an article's own citations ("report [1].") are not: a text with none has no lynx numbers.
     */
    private static final Pattern LINK_MARKER = Pattern.compile("\\[\\d{1,5}](?=[^\\s\\].,;:!?])");

    private LinkReferences() {
    }

    /** {@code text} without its link numbers and their list, or as it is when it ends on no such list. */
    static String strip(String text) {
        if (!endsOnAnEntry(text)) return text; // most texts: one look at their last lines, no split
        String[] lines = text.split("\n", -1);
        int end = lines.length;
        int first = -1;
        int highest = 0;
        int i = end - 1;
        for (; i >= 0; i--) {
            String line = lines[i];
            if (line.isBlank()) continue;
            Matcher entry = ENTRY.matcher(line);
            if (entry.matches()) {
                int n = Integer.parseInt(entry.group(1));
                highest = Math.max(highest, n);
                if (n == 1) first = i;
            } else if (!LABEL.matcher(line).matches()) {
                break;
            }
        }
        if (first < 0 || i < 0 || !isHeading(lines, first)) return text;
        int listStart = text.length() - lengthFrom(lines, headingLine(lines, first));
        // a page's own list of addresses ("Further reading") has no link numbers in its text: it stays
        if (!LINK_MARKER.matcher(text).region(0, listStart).find()) return text;
        StringBuilder out = new StringBuilder(listStart);
        Matcher m = MARKER.matcher(text).region(0, listStart);
        int from = 0;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n < 1 || n > highest) continue; // "[2019]": no number of the list
            out.append(text, from, m.start());
            from = m.end();
        }
        return out.append(text, from, listStart).toString();
    }

    /** True when the last line of {@code text} that is neither blank nor a label is a numbered address. */
    private static boolean endsOnAnEntry(String text) {
        int end = text.length();
        while (end > 0) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end);
            if (!line.isBlank() && !LABEL.matcher(line).matches()) return ENTRY.matcher(line).matches();
            end = start - 1;
        }
        return false;
    }

    /** True when a short line without digits stands over the list's first entry. */
    private static boolean isHeading(String[] lines, int first) {
        int heading = headingLine(lines, first);
        return heading >= 0 && LABEL.matcher(lines[heading]).matches();
    }

    /** The first line above the list's first entry that is not blank nor a label of the list, else -1. */
    private static int headingLine(String[] lines, int first) {
        int i = first - 1;
        while (i >= 0 && lines[i].isBlank()) i--;
        // "Visible links:" may stand between the heading and the first entry
        if (i > 0 && lines[i].strip().endsWith(":")) {
            int above = i - 1;
            while (above >= 0 && lines[above].isBlank()) above--;
            if (above >= 0 && LABEL.matcher(lines[above]).matches()) return above;
        }
        return i;
    }

    /** The length of the text from the start of line {@code from} to its end. */
    private static int lengthFrom(String[] lines, int from) {
        int length = 0;
        for (int i = from; i < lines.length; i++) length += lines[i].length() + 1;
        return length - 1;
    }
}
