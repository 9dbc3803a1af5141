package dev.newsdesk.article;

/**
 * Tells, by one scan of its characters, an absolute http(s) URL that {@link java.net.URI} takes exactly as it is
 * written: a host of letter-led labels (no user, port or address in digits) and after it only ASCII characters a
 * path, query and fragment may hold as they are. Most links of a page are such; parsing each into a URI only to get
 * the same text back was most of the links' time. Anything else is left to {@link java.net.URI}.
 */
final class PlainWebUrls {

    private static final String LETTERS_AND_DIGITS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    /** The characters a path may hold unescaped (RFC 2396 as java.net.URI reads it), by ASCII code. */
    private static final boolean[] PATH = table(LETTERS_AND_DIGITS + "-_.!~*'():@&=+$,;/");
    /** What a query and a fragment may hold: a path's characters, a question mark and brackets. */
    private static final boolean[] QUERY = table(LETTERS_AND_DIGITS + "-_.!~*'():@&=+$,;/?[]");

    private PlainWebUrls() {
    }

    /** The host of {@code url} when it is such a URL ("news.example" of "https://news.example/a?b"), else null. */
    static String host(String url) {
        int hostStart = url.regionMatches(true, 0, "http://", 0, 7) ? 7
                : url.regionMatches(true, 0, "https://", 0, 8) ? 8 : -1;
        if (hostStart < 0) return null;
        int hostEnd = hostEnd(url, hostStart);
        return hostEnd > hostStart && restIsPlain(url, hostEnd) ? url.substring(hostStart, hostEnd) : null;
    }

    /**
     * Where the host name starting at {@code from} ends (at the end, '/', '?' or '#'), or -1 when it is not labels of
     * letters, digits and inner hyphens joined by dots, the first and the last label starting with a letter.
     */
    private static int hostEnd(String url, int from) {
        int n = url.length();
        int i = from;
        int lastLabel;
        while (true) {
            lastLabel = i;
            while (i < n && (isLetterOrDigit(url.charAt(i)) || url.charAt(i) == '-')) i++;
            if (i == lastLabel || url.charAt(lastLabel) == '-' || url.charAt(i - 1) == '-') return -1;
            if (i < n && url.charAt(i) == '.') i++;
            else break;
        }
        if (!isLetter(url.charAt(from)) || !isLetter(url.charAt(lastLabel))) return -1;
        return i == n || "/?#".indexOf(url.charAt(i)) >= 0 ? i : -1;
    }

    /** Whether the path, query and fragment from {@code from} on hold only what they may hold unescaped. */
    private static boolean restIsPlain(String url, int from) {
        boolean[] allowed = PATH;
        boolean inFragment = false;
        for (int i = from, n = url.length(); i < n; i++) {
            char c = url.charAt(i);
            if (c < 128 && allowed[c]) continue; // most characters: one look-up
            if (c == '%') {
                if (i + 2 >= n || !isHexDigit(url.charAt(i + 1)) || !isHexDigit(url.charAt(i + 2))) return false;
                i += 2;
            } else if (c == '?' && allowed == PATH) {
                allowed = QUERY;
            } else if (c == '#' && !inFragment) {
                allowed = QUERY;
                inFragment = true;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean[] table(String chars) {
        boolean[] t = new boolean[128];
        for (int i = 0; i < chars.length(); i++) t[chars.charAt(i)] = true;
        return t;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
