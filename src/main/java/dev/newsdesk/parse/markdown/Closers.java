package dev.newsdesk.parse.markdown;

import java.util.Arrays;

/**
 * Where the brackets, parentheses, emphasis marks and raw-text elements of one Markdown text close, found once per
 * text. A paragraph with many marks that never close ("[sic", "*a", "[label](my file", a pasted formula) or many
 * inline {@code <style>} elements would otherwise be searched, or copied, to its end from each of them: a 1.6 MB line
 * took 14 s (marks) or 32 s (styles). The answers are those of a search from the mark.
 */
final class Closers {

    private static final String MARKS = "*_~";
    /** A run of more than three marks opens with three ({@link InlineMarkdown}'s emphasis). */
    private static final int MAX_RUN = 3;

    private final String s;
    /** The {@code [} positions in order and, for each, its {@code ]} (or -1); null until first asked. */
    private int[] opens;
    private int[] closes;
    /** For each mark and run length, the positions of a closer that counts wherever the text ends; lazily. */
    private final int[][] emphasisClosers = new int[MARKS.length() * MAX_RUN][];

    /** The last {@link #parenthesis} answer: the first {@code )} at or after {@code parenFrom} is {@code parenAt}. */
    private int parenFrom = Integer.MAX_VALUE;
    private int parenAt;

    Closers(String s) {
        this.s = s;
    }

    /**
     * The {@code ]} that closes the {@code [} at {@code open} (brackets nest, a backslash escapes the next character),
     * if before {@code to}; else -1.
     */
    int bracket(int open, int to) {
        if (opens == null) findBrackets();
        int k = Arrays.binarySearch(opens, open);
        int close = k >= 0 ? closes[k] : searchBracket(open);
        return close < to ? close : -1;
    }

    private void findBrackets() {
        int count = 0;
        for (int j = 0; j < s.length(); j++) {
            if (s.charAt(j) == '[') count++;
        }
        opens = new int[count];
        closes = new int[count];
        int[] stack = new int[count];
        int depth = 0;
        int n = 0;
        for (int j = 0; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                opens[n] = j;
                closes[n] = -1;
                stack[depth++] = n++;
            } else if (c == ']' && depth > 0) {
                closes[stack[--depth]] = j;
            }
        }
        opens = Arrays.copyOf(opens, n);
        closes = Arrays.copyOf(closes, n);
    }

    /** A {@code [} the pass from the text's start read as escaped: searched from itself, as a reader met it. */
    private int searchBracket(int open) {
        int depth = 0;
        for (int j = open; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') j++;
            else if (c == '[') depth++;
            else if (c == ']' && --depth == 0) return j;
        }
        return -1;
    }

    /**
     * The first closer of {@code run} {@code mark}s at or after {@code from} that ends by {@code to}: after a
     * non-space, and with underscores not before a letter or digit inside {@code [.., to)} (snake_case); else -1.
     */
    int emphasis(char mark, int run, int from, int to) {
        int[] valid = emphasisClosers(mark, run);
        int k = Arrays.binarySearch(valid, from);
        if (k < 0) k = -k - 1;
        if (k < valid.length && valid[k] + run < to) return valid[k];
        // a closer ending right at `to`: what follows it is outside and does not count
        int edge = to - run;
        boolean atEdge = edge >= from && s.startsWith(String.valueOf(mark).repeat(run), edge)
                && !Character.isWhitespace(s.charAt(edge - 1));
        return atEdge ? edge : -1;
    }

    private int[] emphasisClosers(char mark, int run) {
        int slot = MARKS.indexOf(mark) * MAX_RUN + run - 1;
        if (emphasisClosers[slot] == null) {
            String closer = String.valueOf(mark).repeat(run);
            int[] found = new int[8];
            int n = 0;
            for (int c = s.indexOf(closer, 1); c >= 0; c = s.indexOf(closer, c + 1)) {
                if (Character.isWhitespace(s.charAt(c - 1))) continue;
                if (mark == '_' && c + run < s.length() && Character.isLetterOrDigit(s.charAt(c + run))) continue;
                if (n == found.length) found = Arrays.copyOf(found, n * 2);
                found[n++] = c;
            }
            emphasisClosers[slot] = Arrays.copyOf(found, n);
        }
        return emphasisClosers[slot];
    }

    /** The first {@code )} at or after {@code from}, or -1; readers ask from left to right, so each answer serves on. */
    int parenthesis(int from) {
        if (from < parenFrom || parenAt >= 0 && from > parenAt) {
            parenFrom = from;
            parenAt = s.indexOf(')', from);
        }
        return parenAt;
    }

    /**
     * The first end tag of the element {@code name} (lower case) at or after {@code from}, its {@code </} position,
     * or -1: the tag's name matched in any case, letter by letter.
     */
    int endTag(String name, int from) {
        for (int k = s.indexOf("</", from); k >= 0; k = s.indexOf("</", k + 1)) {
            if (k + 2 + name.length() > s.length()) return -1;
            int j = 0;
            while (j < name.length() && Character.toLowerCase(s.charAt(k + 2 + j)) == name.charAt(j)) j++;
            if (j == name.length()) return k;
        }
        return -1;
    }
}
