package dev.newsdesk.parse.markdown;

/**
 * The fence of a fenced code block, as CommonMark reads one: three or more backticks or tildes, indented three spaces
 * at most. Only a fence of the same mark, at least as long, with nothing after it, closes it: a sample of Markdown
 * inside a longer fence keeps its own {@code ```} lines, and {@code ```x```} on a line is a code span, not a fence
 * (a backtick fence's info string holds no backtick).
 */
record Fence(char mark, int length) {

    private static final int MIN_LENGTH = 3;
    private static final int MAX_INDENT = 3;

    /** The fence {@code line} opens, or null when it opens none. */
    static Fence opening(String line) {
        int at = indent(line);
        if (at < 0) return null;
        char mark = line.charAt(at);
        if (mark != '`' && mark != '~') return null;
        int length = run(line, at, mark);
        if (length < MIN_LENGTH) return null;
        if (mark == '`' && line.indexOf('`', at + length) >= 0) return null;
        return new Fence(mark, length);
    }

    /** Whether {@code line} closes this fence. */
    boolean closedBy(String line) {
        int at = indent(line);
        if (at < 0 || line.charAt(at) != mark) return false;
        int length = run(line, at, mark);
        return length >= this.length && line.substring(at + length).isBlank();
    }

    /** Where the line's text starts after at most three spaces, or -1 (a blank or a more indented line). */
    private static int indent(String line) {
        int at = 0;
        while (at < line.length() && line.charAt(at) == ' ') at++;
        return at <= MAX_INDENT && at < line.length() ? at : -1;
    }

    private static int run(String line, int at, char mark) {
        int end = at;
        while (end < line.length() && line.charAt(end) == mark) end++;
        return end - at;
    }
}
