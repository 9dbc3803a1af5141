package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line of code or of a config file set between the article's paragraphs (a dump flattens a code block into one
 * line): it ends with no stop, so the sorter takes it for a teaser's title or a menu's line, and the example the
 * paragraphs talk about goes. Code reads as no other line does: calls, assignments, braces, paths, names with
 * underscores, several of them and of more than one kind; a menu's, a teaser's or a caption's words have none.
 */
final class CodeLines {

    /** Fewer marks than this are prose's own ("a (rare) case", "x = 2"). */
    private static final int MIN_MARKS = 3;
    /** Fewer kinds of mark than this are one habit of a line ("a_b, c_d, e_f" tags), not code. */
    private static final int MIN_KINDS = 2;

    /** What code is written with, one pattern a kind. */
    private static final List<Pattern> MARKS = List.of(
            Pattern.compile("[\\w\\])]\\("),                     // a call: f(x), a[0](x)
            Pattern.compile("\\s=\\s|[=!<>+*/-]=|=>|->|:="),     // an assignment, a comparison, an arrow
            Pattern.compile("[;{}]"),                            // a statement's end, a block
            Pattern.compile("\\w\\.\\w+\\("),                    // a method's call: os.path.join(
            Pattern.compile("\\b\\p{Ll}+_[\\p{Ll}_\\d]*"),       // a name with an underscore: max_age, type_
            Pattern.compile("(?:^|[\\s=\"'])/\\w+/"));           // an absolute path: /etc/..., /var/...

    /** A tag of markup opening the line: the page's own markup left in the dump (a form, a widget), not an example. */
    private static final Pattern TAG = Pattern.compile("^\\s*</?\\p{L}");

    /** The characters one of the marks needs: a line without any is passed over at once. */
    private static final String MARK_CHARS = "(=;{}_/>";

    private CodeLines() {
    }

    /** Marks, in place, as prose each short line inside {@code range} that reads as code. */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.start() + 1; i < range.end() - 1; i++) {
            if (verdicts.get(i) == Verdict.SHORT && blocks.get(i).kind() == Candidate.Kind.PARAGRAPH
                    && isCode(blocks.get(i).text())) {
                verdicts.set(i, Verdict.PROSE);
            }
        }
    }

    /**
     * True when {@code text} holds at least {@link #MIN_MARKS} marks of code of {@link #MIN_KINDS} kinds and does not
     * open with a tag.
     */
    static boolean isCode(String text) {
        if (text.chars().noneMatch(ch -> MARK_CHARS.indexOf(ch) >= 0) || TAG.matcher(text).find()) return false;
        int marks = 0;
        int kinds = 0;
        for (Pattern p : MARKS) {
            long n = p.matcher(text).results().count();
            marks += (int) n;
            if (n > 0) kinds++;
        }
        return marks >= MIN_MARKS && kinds >= MIN_KINDS;
    }
}
