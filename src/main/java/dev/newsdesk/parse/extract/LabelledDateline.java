package dev.newsdesk.parse.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that labels a date of the article: "Aktualisiert: 11.04.2020, 10:27", "Published on 3 May 2021 by Jane
 * Doe", "Stand des Artikels: 26. Februar 2020". A page may set it anywhere among the paragraphs (under the lead, at
 * the end); it is the article's metadata wherever it stands. A sentence that opens with such a word and speaks of a
 * date ("Published on 3 May, the report found…", "Veröffentlicht wurde die Studie am…") is no label: its word is not
 * followed by a colon, or by the date itself, or the line ends as a sentence does.
 */
public final class LabelledDateline {

    /**
     * The words that say an article was published, in the languages {@link Dates#CHANGE_WORDS} knows: a regex of
     * alternatives, matched in any case.
     */
    public static final String PUBLISHED_WORDS = "published|posted|veröffentlicht|publiziert|erschienen|publié"
            + "|publicado|pubblicato|gepubliceerd|geplaatst|publicera|publiceret|publisert|julkaistu|opublikowan"
            + "|publikován|опубликован|опублікован|yayınlan|yayımlan";

    /** What may stand before a label's word ("Last updated", "Zuletzt geändert"): a regex of alternatives. */
    private static final String LEADS = "last|first|originally|news|release|date|zuletzt|erstmals|zuerst|dernière"
            + "|última|ultima";
    /** The words of a later change, {@link Dates#CHANGE_WORDS}, as a regex of alternatives. */
    private static final String CHANGE_WORDS = Dates.CHANGE_WORDS.pattern().pattern();
    /** The words that say an article was created: a regex of alternatives. */
    private static final String CREATED_WORDS = "created|erstellt|créé|creado|creato";
    /** The nouns that name a date ("Datum:", "Release date:", "Stand:"): a regex of alternatives. */
    private static final String DATE_NOUNS = "date|datum|data|fecha|stand";

    /**
     * The label at the line's start: a word of publication, change or creation (maybe after "last", "first",
     * "zuletzt"…), or a noun for the date ("Datum", "Release date", "Stand"); then a colon within a few words ("Stand
     * des Artikels:"), group 1, or the date's first character after a preposition ("Published on 3 May"), group 2.
     */
    private static final Pattern LABEL = Pattern.compile(
            "(?:(?:" + LEADS + ") )?"
                    + "(?:(?:" + PUBLISHED_WORDS + "|" + CHANGE_WORDS + "|" + CREATED_WORDS + ")\\p{L}*"
                    + "|" + DATE_NOUNS + ")"
                    + "(?:((?: \\p{L}+){0,2} ?[:：])|(?: (?:on|am|le|el|il|em|op|den|dnia|the))? (\\d|\\p{L}+))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The first letters, lower-cased, of every word {@link #LABEL} may open with, told before the regex is tried (most
     * lines start otherwise); worked out from the words, so a word added to a list (a change word in {@link Dates})
     * is never turned away here.
     */
    private static final String INITIALS = initials(LEADS, PUBLISHED_WORDS, CHANGE_WORDS, CREATED_WORDS, DATE_NOUNS);

    private LabelledDateline() {
    }

    /**
     * True when {@code line} opens with a date's label: followed by a colon, or by the date when the line does not
     * end as a sentence does. Whether a date follows is the caller's to ask ({@link Dates#isDateline}).
     */
    public static boolean opens(String line) {
        String s = line.strip();
        Matcher m = label(s);
        if (m == null) return false;
        if (m.group(1) != null) return true;
        String next = m.group(2);
        return (Character.isDigit(next.charAt(0)) || Dates.isMonth(next)) && !endsSentence(s);
    }

    /** True when {@code line} is a date's label alone, its colon closing it ("Release date:"): the date comes next. */
    public static boolean isAlone(String line) {
        String s = line.strip();
        Matcher m = label(s);
        return m != null && m.group(1) != null && m.end() == s.length();
    }

    /** A matcher that has found the label at the start of {@code line} (stripped), or null. */
    private static Matcher label(String line) {
        if (line.isEmpty() || INITIALS.indexOf(Character.toLowerCase(line.charAt(0))) < 0) return null;
        Matcher m = LABEL.matcher(line);
        return m.lookingAt() ? m : null;
    }

    /** The first letter, lower-cased, of each word of {@code alternatives} (regexes of words joined by "|"). */
    private static String initials(String... alternatives) {
        StringBuilder out = new StringBuilder();
        for (String words : alternatives) {
            for (String word : words.split("\\|")) {
                char c = Character.toLowerCase(word.charAt(0));
                if (out.indexOf(String.valueOf(c)) < 0) out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }
}
