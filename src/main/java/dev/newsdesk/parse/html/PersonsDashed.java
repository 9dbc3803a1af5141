package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Bylines;

/**
 * A meta author that lists the site's people set off by dashes ("Jane Doe - John Roe"), which a byline's reading
 * would end at the first dash as it ends "Jane Doe - Example News" at the outlet's name.
 */
final class PersonsDashed {

    private PersonsDashed() {
    }

    /** {@code value} with its dashes made list separators when each part is a person's full name, else as it is. */
    static String asList(String value) {
        String[] parts = HtmlMetadata.TITLE_SEPARATOR.split(value);
        if (parts.length < 2) return value;
        for (String p : parts) if (!p.strip().equals(Bylines.person(p))) return value;
        return String.join("; ", parts);
    }
}
