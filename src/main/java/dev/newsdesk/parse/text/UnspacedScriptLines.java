package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.meta.Words;
import java.util.List;

/**
 * Thai and Lao (and Khmer or Burmese set without their stops) put no space between words and no mark at a
 * sentence's end: a paragraph of one sentence is one unbroken line, shaped as a headline is, where a paragraph of
 * several reads as prose by its length. Such lines are the story's where its layout says so: between its paragraphs;
 * under its header (the headline, then a dateline or byline) and above its first paragraph; or, one or two, right
 * under its last paragraph before a short line of the site's. A run of more there is a list of other stories.
 */
final class UnspacedScriptLines {

    /** Fewer letters than this are a menu's item, a label or a name; a sentence of the story has more. */
    private static final int MIN_LETTERS = 30;
    /** More such lines in a row than this are a list of headlines, not a story's short paragraphs. */
    private static final int MAX_RUN = 6;
    /** More such lines than this right under the story are a list of other stories' headlines. */
    private static final int MAX_CLOSING = 2;
    /** The longest line of a header between headline and story: a dateline, a byline with its date. */
    private static final int MAX_HEADER_CHARS = 60;

    private UnspacedScriptLines() {
    }

    /** {@code range} widened over such lines of the story, each marked, in place, as prose. */
    static MainRegion.Range take(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        if (range.isEmpty() || !isUnspacedProse(blocks, verdicts, range.start())
                && !isUnspacedProse(blocks, verdicts, range.end() - 1)) {
            return range;
        }
        int start = opening(blocks, verdicts, range.start());
        int end = closing(blocks, verdicts, range.end());
        for (int i = start; i < end; i++) {
            if (!isSentenceLine(blocks, verdicts, i)) continue;
            int run = i;
            while (run < end && isSentenceLine(blocks, verdicts, run)) run++;
            boolean enclosed = (i == start || isUnspacedProse(blocks, verdicts, i - 1))
                    && (run == end || isUnspacedProse(blocks, verdicts, run));
            if (enclosed && run - i <= MAX_RUN) for (int j = i; j < run; j++) verdicts.set(j, Verdict.PROSE);
            i = run;
        }
        return start == range.start() && end == range.end() ? range : new MainRegion.Range(start, end);
    }

    /**
     * Where the story opens above its first paragraph {@code first}: over the sentence lines right above it, save
     * the topmost, its headline, unless a dateline or byline parts them from a headline over it.
     */
    private static int opening(List<Candidate> blocks, List<Verdict> verdicts, int first) {
        if (!isUnspacedProse(blocks, verdicts, first)) return first;
        int top = first;
        while (top > 0 && first - top < MAX_RUN && isSentenceLine(blocks, verdicts, top - 1)) top--;
        if (top == first || top > 0 && isSentenceLine(blocks, verdicts, top - 1)) return first;
        boolean underHeader = top >= 2 && isHeaderLine(blocks.get(top - 1).text())
                && isSentenceLine(blocks, verdicts, top - 2);
        return underHeader ? top : top + 1;
    }

    /** Where the story closes under its last paragraph: past one or two sentence lines a short line follows. */
    private static int closing(List<Candidate> blocks, List<Verdict> verdicts, int end) {
        if (!isUnspacedProse(blocks, verdicts, end - 1)) return end;
        int past = end;
        while (past < blocks.size() && past - end <= MAX_CLOSING && isSentenceLine(blocks, verdicts, past)) past++;
        return past - end <= MAX_CLOSING ? past : end;
    }

    /** A line of a dateline or byline: short, and dated or numbered. */
    private static boolean isHeaderLine(String text) {
        return text.length() <= MAX_HEADER_CHARS && text.chars().anyMatch(Character::isDigit);
    }

    /** A paragraph judged prose, mostly in an unspaced script. */
    private static boolean isUnspacedProse(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        Candidate c = blocks.get(i);
        return verdicts.get(i) == Verdict.PROSE && c.kind() == Candidate.Kind.PARAGRAPH
                && unspaced(c.text()) * 2 > c.text().length();
    }

    /** A short paragraph mostly in an unspaced script, long enough for a sentence, and not a menu's bar of items. */
    private static boolean isSentenceLine(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        Candidate c = blocks.get(i);
        String text = c.text();
        if (verdicts.get(i) != Verdict.SHORT || c.kind() != Candidate.Kind.PARAGRAPH || text.indexOf('|') >= 0) {
            return false;
        }
        int letters = unspaced(text);
        return letters >= MIN_LETTERS && letters * 2 > text.length();
    }

    private static int unspaced(String text) {
        int n = 0;
        for (int i = 0, len = text.length(); i < len; i++) if (Words.isUnspaced(text.charAt(i))) n++;
        return n;
    }
}
