package dev.newsdesk.parse.markdown;

import java.util.Arrays;

/**
 * Where the brackets, parentheses and raw-text elements of one Markdown text close, found once per text. A paragraph
 * with many marks that never close ("[sic", "[label](my file") or many inline {@code <style>} elements would
 * otherwise be searched, or copied, to its end from each of them: a 1.6 MB line took 14 s (marks) or 32 s (styles).
 * The answers are those of a search from the mark. (Emphasis pairs in one pass of its own: {@link Delimiters}.)
 */
final class Closers {

    private final String s;
    /** The {@code [} positions in order and, for each, its {@code ]} (or -1); null until first asked. */
    private int[] opens;
    private int[] closes;

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
