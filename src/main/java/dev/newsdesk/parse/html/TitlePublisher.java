package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Bylines;

/**
 * A meta author that is the site's name as the page's {@code <title>} prints it beside the headline: the title's
 * part other than the headline opens with the author's words ("Example Club Springfield - Headline" with the author
 * "Example Club"), so the value names the publisher, no writer. A person's name there is a personal blog's owner,
 * who stays.
 */
final class TitlePublisher {

    private TitlePublisher() {
    }

    /**
     * True when {@code author}, of two words or more, opens a part of {@code pageTitle} that is not in
     * {@code headline} (both may be null) and names no person.
     */
    static boolean names(String author, String pageTitle, String headline) {
        if (pageTitle == null || author.strip().indexOf(' ') < 0) return false;
        String name = words(author);
        String head = headline == null ? "" : words(headline);
        boolean opens = false;
        for (String part : HtmlMetadata.TITLE_SEPARATOR.split(pageTitle)) {
            String p = words(part);
            // the headline's part, or a title that is the headline whole, holds no site name
            if (!head.contains(p) && (p.equals(name) || p.startsWith(name + " "))) opens = true;
        }
        return opens && Bylines.person(author) == null;
    }

    /** {@code text}'s words as {@link HtmlMetadata#letters} gives each, joined by single spaces. */
    private static String words(String text) {
        StringBuilder out = new StringBuilder();
        for (String w : text.strip().split("\\s+")) {
            String l = HtmlMetadata.letters(w);
            if (l.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(l);
        }
        return out.toString();
    }
}
