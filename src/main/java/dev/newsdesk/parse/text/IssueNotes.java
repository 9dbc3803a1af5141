package dev.newsdesk.parse.text;

import dev.newsdesk.parse.meta.Words;
import java.util.regex.Pattern;

/**
 * A note on where a piece appeared: "Published in the Library Newsletter, Issue 3", "Erschienen in Heft 4",
 * "First appeared in issue 7 of the magazine". It stands over the byline as a headline would, but names a
 * newsletter, an issue or an edition.
 */
final class IssueNotes {

    /** Opens by saying it appeared somewhere, in the languages of the dumps. */
    private static final Pattern APPEARED = Pattern.compile("(?iu)^(?:(?:first |originally )?(?:published|appeared)"
            + " (?:in|on)|erschienen (?:in|im|am)|(?:zuerst |erstmals )?ver[öo]ffentlicht (?:in|im)|publi[ée]e? dans"
            + "|paru dans|publicad[oa] en|pubblicat[oa] (?:su|in|nel))\\b");
    /** Names the newsletter, issue or edition it appeared in. */
    private static final Pattern ISSUE = Pattern.compile("(?iu)newsletter|\\b(?:issue|edition|ausgabe|heft"
            + "|[ée]dition|num[ée]ro|edici[óo]n|edizione)\\b");
    /** Longer than this, a line is a sentence that mentions an issue. */
    private static final int MAX_WORDS = 15;

    private IssueNotes() {
    }

    /** True when {@code line} says in which newsletter, issue or edition the piece appeared. */
    static boolean is(String line) {
        return APPEARED.matcher(line).find() && ISSUE.matcher(line).find() && Words.count(line) <= MAX_WORDS;
    }
}
