package dev.newsdesk.parse.extract;

/**
 * Whether a block's inline HTML opens with words outside any link (a bullet or a quote mark is no word). A teaser
 * for another story links from its first words (its headline); a line of the article that ends on a link
 * ("Finalist of the show <a>the video</a>") says its own words first.
 */
final class LinkLead {

    private LinkLead() {
    }

    /**
     * True when {@code markup} shows words before its first link; false when a link comes first, or when there is
     * no link in the markup to tell (a block whose links were not kept as tags).
     */
    static boolean opensUnlinked(String markup) {
        if (markup == null || !markup.contains("<a ") && !markup.contains("<a>")) return false;
        for (int i = 0, n = markup.length(); i < n; i++) {
            char c = markup.charAt(i);
            if (c == '<') {
                if (isLinkStart(markup, i)) return false;
                int close = markup.indexOf('>', i);
                if (close < 0) return false;
                i = close;
            } else if (c == '&') {
                int end = markup.indexOf(';', i);  // an escaped character: "&amp;" before a link says no word
                if (end > i) i = end;
            } else if (Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLinkStart(String markup, int at) {
        return markup.startsWith("<a ", at) || markup.startsWith("<a>", at);
    }
}
