package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;

/**
 * A quotation a dump sets line by line (a song's verses, a poem, a post quoted line for line) is the article's: each
 * of its lines, short and without a stop, would pass for a menu's, but the first opens a quotation mark that only
 * the last closes.
 */
final class QuotedLines {

    /**
     * Marks that open a quotation, in any language's usage („German“, “English”, «French», »German«, 「Japanese」);
     * single quotes are left out, as apostrophes look the same.
     */
    private static final String OPENING = "„“”\"«»‹›「『";
    /** Marks that close one. */
    private static final String CLOSING = "“”\"»«›‹」』";
    /** What may follow the closing mark at a line's end. */
    private static final String TRAILING = ".,;:!?…)";
    /** More lines than this are not one quotation but a list of quoted headlines. */
    private static final int MAX_LINES = 16;

    private QuotedLines() {
    }

    /** Marks, in place, the lines of each quotation set line by line in {@code range} as prose. */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.start(); i < range.end(); i++) {
            if (verdicts.get(i) != Verdict.SHORT || !opens(blocks.get(i).text())) continue;
            int last = closingLine(blocks, verdicts, i, Math.min(range.end(), i + MAX_LINES));
            if (last < 0) continue;
            for (int j = i; j <= last; j++) verdicts.set(j, Verdict.PROSE);
            i = last;
        }
    }

    /** The index of the short line under {@code first} that closes its quotation, before {@code to}; or -1. */
    private static int closingLine(List<Candidate> blocks, List<Verdict> verdicts, int first, int to) {
        for (int j = first + 1; j < to && verdicts.get(j) == Verdict.SHORT; j++) {
            String text = blocks.get(j).text();
            if (closes(text)) return j;
            if (opens(text)) return -1;
        }
        return -1;
    }

    /** True when {@code line} opens a quotation it does not close. */
    private static boolean opens(String line) {
        if (line.length() < 2 || OPENING.indexOf(line.charAt(0)) < 0) return false;
        for (int k = 1; k < line.length(); k++) if (CLOSING.indexOf(line.charAt(k)) >= 0) return false;
        return true;
    }

    /** True when {@code line} ends with a closing mark (and perhaps a stop) and opens none. */
    private static boolean closes(String line) {
        int end = line.length();
        while (end > 0 && TRAILING.indexOf(line.charAt(end - 1)) >= 0) end--;
        if (end < 2 || CLOSING.indexOf(line.charAt(end - 1)) < 0) return false;
        for (int k = 0; k < end - 1; k++) if (OPENING.indexOf(line.charAt(k)) >= 0) return false;
        return true;
    }
}
