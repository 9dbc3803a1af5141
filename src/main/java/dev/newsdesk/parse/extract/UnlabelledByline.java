package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.meta.Words;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline without a label, told by what stands beside the names: an interview's credit that names both sides
 * ("Jane Doe im Gespräch mit John Roe", "Jane Doe in conversation with John Roe"), or a date and a person's full
 * name set apart by a dash or a bar ("12.03.2021 - Jane Doe", "Jane Doe | 12.03.2021"), or a labelled byline so set
 * after a dateline ("Dodano: 12.03.2024, 14:20 | Autor: Jan Kowalski") or run on from it ("Posted on March 4, 2024 by
 * Jane Doe").
 */
final class UnlabelledByline {

    /** The words of an interview's credit that join two names, in the parser's languages. */
    static final List<String> CONVERSATION_PHRASES = List.of("im gespräch mit", "im interview mit",
            "in conversation with", "in an interview with", "interviewed by", "en conversation avec",
            "en entretien avec", "in conversazione con", "en conversación con", "en entrevista con", "in gesprek met");
    /** Two names joined by one of {@link #CONVERSATION_PHRASES}. */
    private static final Pattern CONVERSATION = Pattern.compile("^(.{5,60}?)\\s+(?:"
            + String.join("|", CONVERSATION_PHRASES) + ")\\s+(.{5,60})$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The shortest line {@link #CONVERSATION} matches: two names of five characters, two spaces and its shortest
     * phrase ("in gesprek met"). Most lines asked about are shorter: the regex, lazy over many phrases, is not run.
     */
    private static final int MIN_CONVERSATION = 5 + 1 + "in gesprek met".length() + 1 + 5;
    /** What sets a date off a name in a line of the two ("12.03.2021 – Jane Doe"). */
    private static final Pattern DATE_SEPARATOR = Pattern.compile("\\s+[|–—·-]\\s+");

    private UnlabelledByline() {
    }

    /** The names of {@code line} (squashed) when it is such a byline, else null. */
    static List<String> names(String line) {
        if (line.length() > 130) return null;
        Matcher m = line.length() >= MIN_CONVERSATION && mayNameConversation(line) ? CONVERSATION.matcher(line) : null;
        if (m != null && m.matches()) {
            String one = m.group(1).strip();
            String other = m.group(2).strip();
            return Bylines.isFullName(one) && Bylines.isFullName(other) ? List.of(one, other) : null;
        }
        return dated(line);
    }

    /**
     * Whether {@code line} may hold one of {@link #CONVERSATION_PHRASES}: each has a "v" ("conversation",
     * "interview", "entrevista", "entretien avec") or an "sp" ("Gespräch", "gesprek"), in any case. One pass of
     * character tests, where the regex would try its phrases after every space.
     */
    static boolean mayNameConversation(String line) {
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = RegexStart.folded(line.charAt(i));
            if (c == 'v' || c == 's' && i + 1 < n && RegexStart.folded(line.charAt(i + 1)) == 'p') return true;
        }
        return false;
    }

    /**
     * The person of a line of a date and a full name ("12.03.2021 - Jane Doe"), else null: the name only when the
     * entity reader takes it for a person's, since "12.03.2021 - Berlin Mitte" has the same shape. A byline with its
     * label after the date gives its names ("Dodano: 12.03.2024 | Autor: Jan Kowalski"): the label vouches for them.
     */
    private static List<String> dated(String line) {
        if (!Words.hasDigit(line)) return null;
        String[] parts = DATE_SEPARATOR.split(line, -1);
        if (parts.length == 1) return labelledAfterDate(line);
        if (parts.length != 2) return null;
        for (int i = 0; i < 2; i++) {
            String date = parts[i].strip();
            String name = parts[1 - i].strip();
            if (Words.hasDigit(name) || !Dates.isDateline(date) || Dates.findPrinted(date) == null) continue;
            if (Bylines.isFullName(name)) return name.equals(Bylines.person(name)) ? List.of(name) : null;
            return i == 0 ? Bylines.labelled(name) : null;
        }
        return null;
    }

    /**
     * The names of a dateline that runs on into a labelled byline with no mark between them, as blogs print a post's
     * line ("Posted on March 4, 2024 by Jane Doe"), else null. The byline holds no digit: it starts after the last.
     */
    private static List<String> labelledAfterDate(String line) {
        int lastDigit = line.length() - 1;
        while (lastDigit >= 0 && !Character.isDigit(line.charAt(lastDigit))) lastDigit--;
        for (int space = line.indexOf(' ', lastDigit + 1); space > 0; space = line.indexOf(' ', space + 1)) {
            String date = line.substring(0, space);
            List<String> names = Bylines.labelled(line.substring(space + 1));
            if (names != null && Dates.isDateline(date) && Dates.findPrinted(date) != null) return names;
        }
        return null;
    }
}
