package dev.newsdesk.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * URL slugs made from titles: lower-case words joined by hyphens. Latin letters lose their accents; the alphabets
 * with a standard Latin spelling are transliterated: Cyrillic per language ({@link CyrillicRomanization}), Greek
 * ({@link GreekRomanization}), Armenian and Georgian ({@link CaucasianRomanization}). Scripts whose Latin spelling
 * needs a dictionary or the unwritten vowels (Chinese, Japanese, Arabic, Hebrew, Thai), or whose readers read their
 * own letters in addresses (Korean, Indic) keep their letters, which URLs carry percent-encoded. A slug, once
 * given, never changes: the upload's status keeps it, so a change of these rules only reaches new files.
 */
public final class Slugs {

    /**
     * A slug's length in UTF-8 bytes: short enough for a URL (a Chinese character is 3 bytes, 9 characters
     * percent-encoded) and a DynamoDB key, long enough to stay unique for real titles (96 ASCII letters).
     */
    public static final int MAX_BYTES = 96;
    /**
     * What {@link #isValid} accepts, in characters: slugs given before the bound was in bytes had up to 96
     * characters of any script, plus a variant's suffix; they keep working.
     */
    private static final int MAX_ACCEPTED_CHARS = 96 + 8;

    /** Lower-case letters, letters without case (CJK, Arabic…), their marks and digits, in hyphen-joined words. */
    private static final String WORD = "[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{Nd}]+";
    private static final Pattern VALID = Pattern.compile(WORD + "(?:-" + WORD + ")*");

    private static final Map<Character, String> LATIN = Map.of('ß', "ss", 'œ', "oe", 'æ', "ae", 'ø', "o", 'đ', "d",
            'ł', "l", 'þ', "th", 'ð', "d", 'ı', "i");

    private Slugs() {
    }

    /** {@code "Avec le soutien de la Russie, le Mali…"} → {@code "avec-le-soutien-de-la-russie-le-mali"}. */
    public static String fromTitle(String title) {
        return fromTitle(title, null);
    }

    /**
     * The slug of {@code title}; {@code language} (ISO 639-1, or null) picks the Cyrillic table (Bulgarian and
     * Russian share their letters), else the title's letters do.
     */
    public static String fromTitle(String title, String language) {
        String lower = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(romanize(lower, language), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean dropMarks = false; // a Latin letter's accents go; other scripts' marks are part of their letters
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                if (!dropMarks) out.appendCodePoint(c);
                continue;
            }
            dropMarks = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            String spelled = dropMarks && c <= 0xffff ? LATIN.get((char) c) : null;
            if (spelled != null) {
                out.append(spelled);
            } else if (c < 0x80 ? Character.isLetterOrDigit(c) : isSlugLetter(type)) {
                out.appendCodePoint(c); // a letter of no table (ə, ŋ, Kazakh's, CJK) is kept rather than lost
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        String slug = bounded(trimHyphens(Normalizer.normalize(out, Normalizer.Form.NFC)));
        return slug.isEmpty() ? "article" : slug;
    }

    /** The title with every word of an alphabet that has a standard table spelled in Latin letters. */
    private static String romanize(String lower, String language) {
        StringBuilder out = null;
        String cyrillic = null;
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int c = lower.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (!isRomanized(script)) {
                if (out != null) out.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            if (out == null) out = new StringBuilder(n + 16).append(lower, 0, i);
            int end = i;
            while (end < n && (Character.UnicodeScript.of(lower.charAt(end)) == script
                    || isApostropheInside(lower, end, script))) {
                end++;
            }
            String word = lower.substring(i, end);
            out.append(switch (script) {
                case CYRILLIC -> {
                    if (cyrillic == null) cyrillic = CyrillicRomanization.language(lower, language);
                    yield CyrillicRomanization.spell(word.replaceAll("['’ʼ]", ""), cyrillic);
                }
                case GREEK -> GreekRomanization.spell(word);
                case ARMENIAN -> CaucasianRomanization.armenian(word);
                default -> CaucasianRomanization.georgian(word);
            });
            i = end;
        }
        return out == null ? lower : out.toString();
    }

    private static boolean isRomanized(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.ARMENIAN || script == Character.UnicodeScript.GEORGIAN;
    }

    /** An apostrophe between two Cyrillic letters (Ukrainian м'ясо, Belarusian сям'я) is no word break. */
    private static boolean isApostropheInside(String s, int at, Character.UnicodeScript script) {
        return script == Character.UnicodeScript.CYRILLIC && "'’ʼ".indexOf(s.charAt(at)) >= 0 && at > 0
                && at + 1 < s.length() && Character.UnicodeScript.of(s.charAt(at + 1)) == script;
    }

    /** Letters a slug may hold: lower-case, caseless and modifier letters, and decimal digits. */
    private static boolean isSlugLetter(int type) {
        return type == Character.LOWERCASE_LETTER || type == Character.OTHER_LETTER
                || type == Character.MODIFIER_LETTER || type == Character.DECIMAL_DIGIT_NUMBER;
    }

    /**
     * {@code slug} cut to {@value #MAX_BYTES} UTF-8 bytes: at a hyphen in the second half of what fits, else
     * between two characters (never inside one, nor between a letter and its marks).
     */
    private static String bounded(String slug) {
        int bytes = 0;
        int fits = 0; // how many chars fit
        for (int i = 0; i < slug.length(); ) {
            int c = slug.codePointAt(i);
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes + size > MAX_BYTES) break;
            bytes += size;
            i += Character.charCount(c);
            fits = i;
        }
        if (fits == slug.length()) return slug;
        int cut = slug.lastIndexOf('-', fits);
        int end = cut > fits / 2 ? cut : fits;
        while (end > 0 && isMark(slug.codePointAt(end))) {
            end = slug.offsetByCodePoints(end, -1); // a Devanagari vowel sign goes with its letter
        }
        return trimHyphens(slug.substring(0, end));
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The n-th alternative when the slug is taken by another file: {@code slug-2}, {@code slug-3}, … */
    public static String variant(String slug, int n) {
        return n <= 1 ? slug : slug + "-" + n;
    }

    /** Whether {@code candidate} could be a slug at all (checked before any lookup). */
    public static boolean isValid(String candidate) {
        return candidate != null && candidate.length() <= MAX_ACCEPTED_CHARS && VALID.matcher(candidate).matches();
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') start++;
        while (end > start && s.charAt(end - 1) == '-') end--;
        return s.substring(start, end);
    }
}
