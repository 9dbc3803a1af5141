package dev.newsdesk.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * An opaque pagination cursor: the sort key of the last item of a page (an article, an upload status), bound to
 * the list it came from.
 * It never carries a partition key, so a forged cursor can only move within the list the query already
 * names; anything that does not decode to that shape is refused.
 */
final class Cursor {

    /** An article list entry's sort key: {@code <instant>#<slug>}. */
    static final Pattern ARTICLE_SORT_KEY = Pattern.compile("[0-9T:.Z-]{10,40}#[a-z0-9-]{1,120}");
    /** An upload listing's sort key: {@code <instant>#<bucket>/<key>}, no control characters. */
    static final Pattern UPLOAD_SORT_KEY = Pattern.compile("[0-9T:.Z-]{10,40}#[^/\\p{Cntrl}]{1,63}/[^\\p{Cntrl}]{1,1024}");
    private static final char SEPARATOR = '\n';

    private Cursor() {
    }

    static String encode(String facet, String sortKey) {
        String raw = facet + SEPARATOR + sortKey;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The article list's sort key to continue after, if the cursor belongs to {@code facet}. */
    static String decode(String cursor, String facet) {
        return decode(cursor, facet, ARTICLE_SORT_KEY);
    }

    /** The sort key to continue after, if the cursor belongs to {@code facet} and the key has {@code shape}. */
    static String decode(String cursor, String facet, Pattern shape) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("the cursor is not one this API handed out");
        }
        int cut = raw.indexOf(SEPARATOR);
        if (cut < 0 || !raw.substring(0, cut).equals(facet)) {
            throw new InvalidCursorException("the cursor belongs to another query");
        }
        String sortKey = raw.substring(cut + 1);
        if (!shape.matcher(sortKey).matches()) {
            throw new InvalidCursorException("the cursor is not one this API handed out");
        }
        return sortKey;
    }
}
