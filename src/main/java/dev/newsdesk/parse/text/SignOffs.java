package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.meta.Gazetteer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A writer's sign-off under a letter or a post: a closing salutation alone or with the name ("Sincerely,", "Liebe
 * Grüße", "XX, Die Redaktion"), and the name on its own line under it. Too short for a closing sentence, it is the
 * writer's all the same when it stands right under the last paragraph.
 */
final class SignOffs {

    /**
     * A salutation alone, or a comma and a name of a few words after it ("Cheers, Tom"); without the comma the words
     * after a salutation make a title ("Love Actually"), and a longer line says more than goodbye.
     */
    private static final Pattern SALUTATION = Pattern.compile("^(?:sincerely|yours(?: truly| sincerely)?"
            + "|best wishes|best regards|kind regards|warm regards|regards|cheers|love|hugs|xoxo|xx"
            + "|liebe grüße|viele grüße|herzliche grüße|beste grüße|schöne grüße|bis bald"
            + "|bisous|amitiés|cordialement|saludos|un abrazo|pozdrawiam)"
            + "(?:[,!]?|,\\s+\\S+(?:\\s+\\S+){0,2})$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A name signing under the salutation: a word or two, capitalized. */
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*)?$");

    /** A dash, then the name: "— Anna", "-- Tomás Ruiz". */
    private static final Pattern DASHED_NAME = Pattern.compile("^(?:--|[—–-])\\s*(\\S.*)$");

    private SignOffs() {
    }

    /** True when {@code c} is a salutation closing the text, alone or with the writer's name. */
    static boolean salutes(Candidate c, Verdict v) {
        return isShortLine(c, v) && SALUTATION.matcher(c.text().strip()).matches();
    }

    /** True when {@code c}, under a salutation, is the writer's name alone. */
    static boolean names(Candidate c, Verdict v) {
        return isShortLine(c, v) && NAME.matcher(c.text().strip()).matches();
    }

    /**
     * True when {@code c} is the writer's name set after a dash ("— Anna"), a signature under a letter or a column.
     * A dump reads a dash opening a line as a bullet, so an item that is a name alone signs too; only the caller
     * knows where a lone name is no list's or menu's item (at the file's end).
     */
    static boolean signsWithDash(Candidate c, Verdict v) {
        if (v != Verdict.SHORT) return false;
        String text = c.text().strip();
        // as an item its dash is gone, and a menu's last item ("- Weather") is a capitalized word too: a given name
        if (c.kind() == Candidate.Kind.LIST_ITEM) {
            return NAME.matcher(text).matches() && Gazetteer.isGivenName(text.split(" ")[0]);
        }
        Matcher dashed = DASHED_NAME.matcher(text);
        return c.kind() == Candidate.Kind.PARAGRAPH && dashed.matches() && NAME.matcher(dashed.group(1)).matches();
    }

    private static boolean isShortLine(Candidate c, Verdict v) {
        return v == Verdict.SHORT && c.kind() == Candidate.Kind.PARAGRAPH;
    }
}
