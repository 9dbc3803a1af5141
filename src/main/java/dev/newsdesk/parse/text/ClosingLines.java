package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.RegionCleaner;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The story's closing line or two, set right under its last paragraph and right above the share bar or the box of
 * other articles: too light for the run (one line, no full stop, a trailing ellipsis), yet a sentence of the
 * writer's. A menu's item, a teaser's title or a section's heading are short or set in title case; the site's own
 * pitches ("Follow us", "Share this", a newsletter line) stay out. A story's credit or the site's section name may
 * stand between the closing line and the chrome ("With agency reports", "Business"); a line above it is the story's
 * only when it ends as a sentence, as a teaser's title and a menu's item do not. The writer's sign-off closes the
 * story too ({@link SignOffs}).
 */
final class ClosingLines {

    /** A closing line says something: a label, a name or a heading is shorter. */
    private static final int MIN_WORDS = 6;
    /** The story's last lines under its last paragraph, at most. */
    private static final int MAX_LINES = 2;
    /** The share bar's or rating's labels ("Share this:", "Rate:") between the closing line and its buttons. */
    private static final int MAX_LABELS = 2;
    /** A share bar's or rating's label is a few words. */
    private static final int MAX_LABEL_WORDS = 4;

    /** A label opening the line: "Next: ...", "Posted: ...". */
    private static final Pattern LABELLED = Pattern.compile("^[^:.!?]{1,25}:\\s");
    /** A link to the previous or next story, set with an arrow or a guillemet at either end. */
    private static final Pattern ARROWED = Pattern.compile("^[«‹<←]|[»›>→]$");

    /** A footnote's or notice's mark opening the line: "※", "*", "†". */
    private static final Pattern FOOTNOTE = Pattern.compile("^[※*＊†]");

    private ClosingLines() {
    }

    /**
     * {@code range} widened down over the story's closing lines when the page's chrome starts right under them, the
     * lines turned into prose (a sorter would take a long one for a teaser, one cut short by an ellipsis for chrome).
     */
    static MainRegion.Range take(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        int end = range.end();
        if (range.isEmpty() || end >= blocks.size() || verdicts.get(end - 1) != Verdict.PROSE) return range;
        int lines = end;
        while (lines < blocks.size() && lines - end < MAX_LINES
                && (closes(blocks.get(lines), verdicts.get(lines), lines == blocks.size() - 1)
                || signsOff(blocks, verdicts, lines, end))) {
            lines++;
        }
        if (lines == end) return range;
        // A sign-off ends the writer's text whatever the chrome under it, a comment thread's heading too, and so
        // does the file's end.
        boolean closed = signsOff(blocks, verdicts, lines - 1, end)
                ? lines == blocks.size() || verdicts.get(lines) == Verdict.END || verdicts.get(lines) == Verdict.NOISE
                : chromeBelow(blocks, verdicts, lines,
                        BlockScorer.endsLikeSentence(blocks.get(lines - 1).text().strip()));
        if (!closed) return range;
        for (int i = end; i < lines; i++) verdicts.set(i, Verdict.PROSE);
        return new MainRegion.Range(range.start(), lines);
    }

    /**
     * True when block {@code c} may be a sentence closing the story: no label ("Next: ...", "Share this story:"),
     * dateline, heading, arrowed link to the next story, line of links set apart by bars, footnote, line set in
     * capitals, teaser or pitch. The file's {@code last} line may be a short sentence ("More to come."): a text
     * written as an article ends on the writer's words, where a page's last line with a stop is its footer's, which
     * names the site's small print, a button or the comments, or asks something of the reader.
     */
    private static boolean closes(Candidate c, Verdict v, boolean last) {
        String text = c.text().strip();
        return (v == Verdict.SHORT || v == Verdict.PROSE) && c.kind() == Candidate.Kind.PARAGRAPH
                && (c.words() >= MIN_WORDS || last && isShortClosing(text))
                && !text.endsWith(":") && text.chars().anyMatch(Character::isLowerCase)
                && !LABELLED.matcher(text).find() && !ARROWED.matcher(text).find()
                && text.indexOf('|') < 0 && !FOOTNOTE.matcher(text).find()
                && !RegionCleaner.titleCase(text) && !Dates.isDateline(text) && !Boilerplate.isNoise(text)
                && !ShareButtons.are(text) && !CallsToAction.asks(text) && !CallsToAction.consents(text);
    }

    /** True when {@code text} is a short sentence no share bar's button or line about the comments could be. */
    private static boolean isShortClosing(String text) {
        return RegionCleaner.isShortSentence(text, false) && !ShareButtons.are(text)
                && !Boilerplate.isAboutComments(text);
    }

    /**
     * True when block {@code i} signs the story off: a salutation, the name under one past {@code end}, or a name
     * after a dash as the file's last line (higher up, a lone name is as often a menu's or a tag's).
     */
    private static boolean signsOff(List<Candidate> blocks, List<Verdict> verdicts, int i, int end) {
        if (i > end && SignOffs.salutes(blocks.get(i - 1), verdicts.get(i - 1))) {
            return SignOffs.names(blocks.get(i), verdicts.get(i));
        }
        return SignOffs.salutes(blocks.get(i), verdicts.get(i))
                || i == blocks.size() - 1 && SignOffs.signsWithDash(blocks.get(i), verdicts.get(i));
    }

    /**
     * True when a share bar's buttons or the heading of a box of other articles start at block {@code i}, past at most
     * {@link #MAX_LABELS} labels ending with a colon ("Share this:", "Rate:") and, under a closing line that ends as a
     * {@code sentence}, one short line that does not (a credit, a section's name). A comment thread's heading does
     * not count: above it stand the site's own lines (where to read the rest, when it was published). The file's
     * end counts as chrome under a closing line that ends as a sentence.
     */
    private static boolean chromeBelow(List<Candidate> blocks, List<Verdict> verdicts, int i, boolean sentence) {
        // A file that ends on a sentence ends on the writer's words: a text written as an article has no chrome under
        // its last line. A page's last line with no stop is a link's ("Read the full report here") or a footer's.
        if (i >= blocks.size()) return sentence;
        boolean mayPassCredit = sentence;
        for (int k = i; k < blocks.size() && k <= i + MAX_LABELS; k++) {
            String text = blocks.get(k).text().strip();
            Verdict v = verdicts.get(k);
            if (v == Verdict.NOISE) return true;
            if (v == Verdict.END) return Boilerplate.headsWidget(Boilerplate.key(text));
            if (blocks.get(k).words() > MAX_LABEL_WORDS) return false;
            if (text.endsWith(":")) continue;
            if (!mayPassCredit || v != Verdict.SHORT || BlockScorer.endsLikeSentence(text)) return false;
            mayPassCredit = false;
        }
        return false;
    }
}
