package dev.newsdesk.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs made from titles: lower-case ASCII words joined by hyphens. */
public final class Slugs {

    /** Long enough to stay unique for real titles, short enough for a URL and a DynamoDB key. */
    public static final int MAX_LENGTH = 96;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slugs() {
    }

    /** {@code "Avec le soutien de la Russie, le Mali…"} → {@code "avec-le-soutien-de-la-russie-le-mali"}. */
    public static String fromTitle(String title) {
        String ascii = MARKS.matcher(Normalizer.normalize(title.replace("ß", "ss").replace("œ", "oe")
                .replace("æ", "ae"), Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
        }
        return slug.isEmpty() ? "article" : slug;
    }

    /** The n-th alternative when the slug is taken by another file: {@code slug-2}, {@code slug-3}, … */
    public static String variant(String slug, int n) {
        return n <= 1 ? slug : slug + "-" + n;
    }

    /** Whether {@code candidate} could be a slug at all (checked before any lookup). */
    public static boolean isValid(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH + 8 && VALID.matcher(candidate).matches();
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') start++;
        while (end > start && s.charAt(end - 1) == '-') end--;
        return s.substring(start, end);
    }
}
