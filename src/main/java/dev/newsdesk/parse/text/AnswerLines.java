package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.PictureCredits;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A labelled value with a figure set right under a paragraph of the article ("Answer: 42 km", "Lösung: m = 210 g",
 * "Weight: 68 g") gives what the paragraph asked or measured: an exercise's answer, a test's result. It has no stop,
 * so it would go as chrome. A count alone ("Comments: 12", "Views: 3400") says nothing of the text above it.
 */
final class AnswerLines {

    /**
     * A value that is a figure with its unit, perhaps as a formula's result ("210 g", "m = 1 700 kg", "100 %
     * cotton"): a headline's value ("Test: 5 apps and 5 watches", a teaser's kicker) goes on for words, a count
     * ("12") has no unit. Read from the first colon: a header's row of labels ("Posted: ... | Views: 313") is none.
     */
    private static final Pattern FIGURED_VALUE = Pattern.compile(
            "^[^:]+:\\s+(?:\\p{L}{1,2}\\s*=\\s*)?\\d[\\d\\s.,]*[^\\s\\d.,]\\S*(?:\\s+\\S+)?$");

    private AnswerLines() {
    }

    /** Marks, in place, as prose each labelled value with a figure in {@code range} set right under its prose. */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = Math.max(range.start(), 1); i < range.end(); i++) {
            if (verdicts.get(i) == Verdict.SHORT && verdicts.get(i - 1) == Verdict.PROSE
                    && blocks.get(i - 1).kind() == Candidate.Kind.PARAGRAPH && isFiguredValue(blocks.get(i))) {
                verdicts.set(i, Verdict.PROSE);
            }
        }
    }

    private static boolean isFiguredValue(Candidate c) {
        String text = c.text().strip();
        return DataLists.isDatum(c) && isFigured(text) && !PictureCredits.in(text);
    }

    /** True when {@code line}'s value, after its first colon, is a figure with its unit and a word at most after. */
    static boolean isFigured(String line) {
        return FIGURED_VALUE.matcher(line).matches();
    }
}
