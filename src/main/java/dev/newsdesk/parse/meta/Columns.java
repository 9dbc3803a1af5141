package dev.newsdesk.parse.meta;

/**
 * How wide a line is on screen, in columns: a Han character, a kana and full-width punctuation take two, as a
 * terminal or a monospaced editor sets them. A dump hard-wrapped in Chinese or Japanese wraps at half the
 * characters a Latin one does, so its lines are measured in columns to be compared with a Latin text's widths.
 */
public final class Columns {

    private Columns() {
    }

    /** The columns {@code line} takes. */
    public static int of(String line) {
        int columns = line.length();
        for (int i = 0, n = line.length(); i < n; i++) if (isWide(line.charAt(i))) columns++;
        return columns;
    }

    /** True for a character set two columns wide: ideographs and kana, CJK and full-width punctuation. */
    public static boolean isWide(char c) {
        return c >= 0x3000 && (Words.isIdeographic(c) || c <= 0x303f || c >= 0xff01 && c <= 0xff60);
    }
}
