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

    /**
     * The label at the line's start: a word of publication, change or creation (maybe after "last", "first",
     * "zuletzt"…), or a noun for the date ("Datum", "Release date", "Stand"); then a colon within a few words ("Stand
     * des Artikels:"), group 1, or the date's first character after a preposition ("Published on 3 May"), group 2.
     */
    private static final Pattern LABEL = Pattern.compile(
            "(?:(?:last|first|originally|news|release|date|zuletzt|erstmals|zuerst|dernière|última|ultima) )?"
                    + "(?:(?:" + PUBLISHED_WORDS + "|" + Dates.CHANGE_WORDS.pattern().pattern()
                    + "|created|erstellt|créé|creado|creato)\\p{L}*|date|datum|data|fecha|stand)"
                    + "(?:((?: \\p{L}+){0,2} ?[:：])|(?: (?:on|am|le|el|il|em|op|den|dnia|the))? (\\d|\\p{L}+))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The letters such a line starts with, told before the regex is tried (most lines start otherwise). */
    private static final String INITIALS = "pPvVeEgGjJoOyYuUúÚmMrRaAbBkKdDcCfFlLnNzZsSоОпП";

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
        if (line.isEmpty() || INITIALS.indexOf(line.charAt(0)) < 0) return null;
        Matcher m = LABEL.matcher(line);
        return m.lookingAt() ? m : null;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }
}
