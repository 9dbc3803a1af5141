package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.meta.Words;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Thai and Lao (and Khmer or Burmese set without their stops) put no space between words and no mark at a
 * sentence's end: a paragraph of one sentence is one unbroken line, shaped as a headline is, where a paragraph of
 * several reads as prose by its length. Such lines are the story's where its layout says so: under its header (the
 * headline, then a dateline or byline) and above its first paragraph. Elsewhere they are not taken: between
 * paragraphs a list of related headlines, under the last one a footer's address, a copyright or readers' comments
 * are shaped the same, and often speak of the same matter.
 */
final class UnspacedScriptLines {

    /**
     * Fewer letters than this are a menu's item, a label or a name; a sentence of the story has more: 30 letters are
     * about seven words at Thai's 4.2 letters a word.
     */
    private static final int MIN_LETTERS = 30;
    /**
     * More such lines in a row than this are a list of headlines, not a story's short opening paragraphs: a lead of
     * one-sentence paragraphs runs to a few (the same bound as StoplessLines' for lines without a stop).
     */
    private static final int MAX_RUN = 6;
    /** The longest line of a header between headline and story: a dateline, a byline with its date. */
    private static final int MAX_HEADER_CHARS = 60;
    /** A time of day ("14:20", "09.15"), which a dateline in any script writes in digits. */
    private static final Pattern CLOCK = Pattern.compile("(?<!\\d)\\d{1,2}[:.]\\d{2}(?!\\d)");

    private UnspacedScriptLines() {
    }

    /** {@code range} widened up over such lines of the story's opening, each marked, in place, as prose. */
    static MainRegion.Range take(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        if (range.isEmpty()) return range;
        int start = opening(blocks, verdicts, range.start());
        for (int i = start; i < range.start(); i++) verdicts.set(i, Verdict.PROSE);
        return start == range.start() ? range : new MainRegion.Range(start, range.end());
    }

    /**
     * Where the story opens above its first paragraph {@code first}: over the sentence lines right above it when a
     * dateline or byline parts them from a headline over it. Without one, the topmost may as well be the site's
     * tagline as the headline, so none is taken.
     */
    private static int opening(List<Candidate> blocks, List<Verdict> verdicts, int first) {
        if (!isUnspacedProse(blocks, verdicts, first)) return first;
        int top = first;
        while (top > 0 && first - top < MAX_RUN && isSentenceLine(blocks, verdicts, top - 1)) top--;
        if (top == first || top > 0 && isSentenceLine(blocks, verdicts, top - 1)) return first;
        boolean underHeader = top >= 2 && isHeaderLine(blocks.get(top - 1).text())
                && isSentenceLine(blocks, verdicts, top - 2);
        return underHeader ? top : first;
    }

    /**
     * A line of a dateline or byline: short, and dated, timed or signed. Any number would not do: a page's label
     * ("หน้า 2", "Top 10") between a tagline and promos would make them a story's header and lead.
     */
    private static boolean isHeaderLine(String text) {
        return text.length() <= MAX_HEADER_CHARS
                && (Dates.isDateline(text) || CLOCK.matcher(text).find() || Bylines.authors(text) != null);
    }

    /** A paragraph judged prose, mostly in an unspaced script. */
    private static boolean isUnspacedProse(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        Candidate c = blocks.get(i);
        return verdicts.get(i) == Verdict.PROSE && c.kind() == Candidate.Kind.PARAGRAPH
                && Words.unspacedLetters(c.text()) * 2 > c.text().length();
    }

    /** A short paragraph mostly in an unspaced script, long enough for a sentence, and not a menu's bar of items. */
    private static boolean isSentenceLine(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        Candidate c = blocks.get(i);
        String text = c.text();
        if (verdicts.get(i) != Verdict.SHORT || c.kind() != Candidate.Kind.PARAGRAPH || text.indexOf('|') >= 0) {
            return false;
        }
        int letters = Words.unspacedLetters(text);
        return letters >= MIN_LETTERS && letters * 2 > text.length();
    }
}
