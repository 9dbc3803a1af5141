package dev.newsdesk.observe;

/**
 * Text from outside (an uploaded object's key, a title) made safe for a line a person reads: a control character
 * or a line separator cannot end the line or forge another; it shows as an escape instead ({@code \n},
 * {@code \u001b}), and a backslash as {@code \\}, so that what is shown reads back as one key.
 */
public final class Printable {

    private Printable() {
    }

    public static String escape(String text) {
        if (text == null) return null;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\\' -> "\\\\";
                default -> c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c) : null;
            };
            if (escape != null && out == null) out = new StringBuilder(text.length() + 8).append(text, 0, i);
            if (out != null) {
                if (escape != null) out.append(escape);
                else out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
