package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.meta.SentenceEnds;
import dev.newsdesk.parse.meta.Words;
import java.util.HashSet;
import java.util.List;

/**
 * A headline the article's run opens with: a headline long enough, or closing on a question or an exclamation, to
 * weigh as prose, set right over the header's byline or dateline, or printed twice (over the picture and over the
 * text). The text comes under its byline and repeats no paragraph; a standfirst over the byline closes on a full
 * stop or sits under its headline.
 */
final class OpeningHeadlines {

    /** Longer than this, a line over the byline is a standfirst. */
    private static final int MAX_WORDS = 30;
    /** Lines of noise (an icon's label, a share button) that may stand between the headline and its byline. */
    private static final int MAX_NOISE = 2;

    private OpeningHeadlines() {
    }

    /**
     * The index of the headline's line when the run opening at {@code start} opens with its headline ({@code start},
     * or the line under it when the page prints the headline twice), else -1.
     */
    static int at(List<Candidate> blocks, List<Verdict> verdicts, int start) {
        if (start + 1 >= blocks.size() || verdicts.get(start) != Verdict.PROSE) return -1;
        String text = blocks.get(start).text();
        if (SentenceEnds.closesOnFullStop(text) || !mayBeHeadline(blocks, verdicts, start, text)) return -1;
        // Printed twice, the headline is the run's first two lines; the text opens under the second.
        if (blocks.get(start + 1).text().strip().equalsIgnoreCase(text.strip())) return start + 1;
        int under = start + 1;
        while (under < blocks.size() - 1 && under - start <= MAX_NOISE && verdicts.get(under) == Verdict.NOISE) under++;
        return TitleFinder.isMark(blocks.get(under).text()) ? start : -1;
    }

    /**
     * {@code start} when the run opens with one question or exclamation short enough for a headline (no full stop,
     * no second sentence), else -1: the headline when what stands above the run is a label that tells nothing of the
     * text; a paragraph that opens the text asking goes on past its question.
     */
    static int asked(List<Candidate> blocks, List<Verdict> verdicts, int start) {
        if (start >= blocks.size() || verdicts.get(start) != Verdict.PROSE) return -1;
        String text = blocks.get(start).text().strip();
        boolean asks = SentenceEnds.endsText(text, "") && !SentenceEnds.closesOnFullStop(text)
                && !text.endsWith("…") && !text.endsWith("...");
        return asks && !TitleFinder.twoSentences(text) && mayBeHeadline(blocks, verdicts, start, text) ? start : -1;
    }

    /**
     * True when line {@code i}, reading {@code text}, may be a headline by its length and place: two to
     * {@value #MAX_WORDS} words, no furniture or caption, and no standfirst under a headline sharing its words.
     */
    private static boolean mayBeHeadline(List<Candidate> blocks, List<Verdict> verdicts, int i, String text) {
        int words = Words.count(text);
        return words >= 2 && words <= MAX_WORDS && !TitleFinder.isFurniture(text) && !CaptionCredits.in(text)
                && !underHeadline(blocks, verdicts, i);
    }

    /**
     * True when a headline-shaped line that shares a word with line {@code start} stands right over it (noise
     * aside): the line at {@code start} is its standfirst or its picture's caption.
     */
    private static boolean underHeadline(List<Candidate> blocks, List<Verdict> verdicts, int start) {
        int over = start - 1;
        while (over >= 0 && verdicts.get(over) == Verdict.NOISE) over--;
        if (over < 0) return false;
        String line = blocks.get(over).text();
        return TitleFinder.headlineShaped(line, verdicts.get(over)) && ContentWords.sharedDistinct(line,
                new HashSet<>(ContentWords.of(blocks.get(start).text()))) > 0;
    }
}
