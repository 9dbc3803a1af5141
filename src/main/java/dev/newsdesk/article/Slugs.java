package dev.newsdesk.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * URL slugs made from titles: lower-case words joined by hyphens. Latin letters lose their accents; Cyrillic and
 * Greek are transliterated (ICAO Doc 9303's table for Russian, with the other Cyrillic alphabets' letters added,
 * and ELOT 743 for Greek: the tables passports use);
 * scripts with no standard Latin spelling (Chinese, Japanese, Korean, Arabic, Hebrew, Indic, Thai…) keep their own
 * letters, which URLs carry percent-encoded. A slug, once given, never changes: the upload's status keeps it.
 */
public final class Slugs {

    /** Long enough to stay unique for real titles, short enough for a URL and a DynamoDB key (in characters). */
    public static final int MAX_LENGTH = 96;

    /** Lower-case letters, letters without case (CJK, Arabic…), their marks and digits, in hyphen-joined words. */
    private static final String WORD = "[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{Nd}]+";
    private static final Pattern VALID = Pattern.compile(WORD + "(?:-" + WORD + ")*");

    private static final Map<Character, String> LATIN = Map.of('ß', "ss", 'œ', "oe", 'æ', "ae", 'ø', "o", 'đ', "d",
            'ł', "l", 'þ', "th", 'ð', "d", 'ı', "i");
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', "ie"), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('є', "ie"), Map.entry('і', "i"),
            Map.entry('ї', "i"), Map.entry('ґ', "g"), Map.entry('ў', "u"), Map.entry('ђ', "d"), Map.entry('ј', "j"),
            Map.entry('љ', "lj"), Map.entry('њ', "nj"), Map.entry('ћ', "c"), Map.entry('џ', "dz"), Map.entry('ѓ', "g"),
            Map.entry('ќ', "k"), Map.entry('ѕ', "dz"));
    private static final Map<Character, String> GREEK = Map.ofEntries(
            Map.entry('α', "a"), Map.entry('β', "v"), Map.entry('γ', "g"), Map.entry('δ', "d"), Map.entry('ε', "e"),
            Map.entry('ζ', "z"), Map.entry('η', "i"), Map.entry('θ', "th"), Map.entry('ι', "i"), Map.entry('κ', "k"),
            Map.entry('λ', "l"), Map.entry('μ', "m"), Map.entry('ν', "n"), Map.entry('ξ', "x"), Map.entry('ο', "o"),
            Map.entry('π', "p"), Map.entry('ρ', "r"), Map.entry('σ', "s"), Map.entry('ς', "s"), Map.entry('τ', "t"),
            Map.entry('υ', "y"), Map.entry('φ', "f"), Map.entry('χ', "ch"), Map.entry('ψ', "ps"), Map.entry('ω', "o"));

    private Slugs() {
    }

    /** {@code "Avec le soutien de la Russie, le Mali…"} → {@code "avec-le-soutien-de-la-russie-le-mali"}. */
    public static String fromTitle(String title) {
        String decomposed = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean dropMarks = false; // a Latin, Cyrillic or Greek letter's accents go; other scripts' marks are letters
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                if (!dropMarks) out.appendCodePoint(c);
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            dropMarks = script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC
                    || script == Character.UnicodeScript.GREEK;
            String spelled = c > 0xffff ? null : switch (script) {
                case LATIN -> LATIN.get((char) c);
                case CYRILLIC -> CYRILLIC.get((char) c);
                case GREEK -> GREEK.get((char) c);
                default -> null;
            };
            if (spelled != null) {
                out.append(spelled);
            } else if ((c < 0x80 && Character.isLetterOrDigit(c)) // ASCII stays; other Latin, Cyrillic, Greek: spelled or gone
                    || (c >= 0x80 && !dropMarks && (Character.isLetter(c) || Character.isDigit(c)))) {
                out.appendCodePoint(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        String slug = trimHyphens(Normalizer.normalize(out, Normalizer.Form.NFC));
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            int end = cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH;
            if (Character.isHighSurrogate(slug.charAt(end - 1))) end--; // never half a character
            slug = trimHyphens(slug.substring(0, end));
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
